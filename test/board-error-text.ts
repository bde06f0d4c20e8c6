import { BoardError } from '../src/board/board-error'
import { translator } from '../src/locale/translator'
import { boardTextIn } from '../src/model/board-text'
import { FileError, fileErrorText } from '../src/model/file-error'

/**
 * `pending`, its rejection worded as the panel words it in English: a `BoardError` becomes an
 * Error whose message is its text, so tests read what a person reads. Anything else passes as is.
 */
export async function inEnglish<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending
  } catch (cause) {
    if (cause instanceof BoardError)
      throw new Error(boardTextIn(translator('en'), cause.text), { cause })
    throw cause
  }
}

/**
 * What a thrown value says to a person in English: a `FileError` worded as the command line words
 * it (`fileErrorText`), a `BoardError` as the panel does, any other error its message.
 */
export function englishText(cause: unknown): string {
  const en = translator('en')
  if (cause instanceof FileError) return fileErrorText(cause, en)
  if (cause instanceof BoardError) return boardTextIn(en, cause.text)
  return cause instanceof Error ? cause.message : String(cause)
}

/** `run`, a throw worded in English (`englishText`): an Error whose message is that text. */
export function throwingInEnglish<T>(run: () => T): T {
  try {
    return run()
  } catch (cause) {
    throw new Error(englishText(cause), { cause })
  }
}
