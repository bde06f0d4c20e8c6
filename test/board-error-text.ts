import { BoardError } from '../src/board/board-error'
import { translator } from '../src/locale/translator'
import { boardTextIn } from '../src/model/board-text'

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
