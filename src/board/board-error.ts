import type { BoardMessageKey, BoardText, BoardValue } from '../model/board-text'

/**
 * An error the board code throws for a person: a message of the catalogue's `board` part and its
 * values (`text`), worded by the panel. `message` is the key, for logs.
 */
export class BoardError extends Error {
  readonly text: BoardText

  constructor(
    key: BoardMessageKey,
    values?: Readonly<Record<string, BoardValue>>,
    cause?: unknown,
  ) {
    super(key)
    this.name = 'BoardError'
    this.text = values === undefined ? { key } : { key, values }
    if (cause !== undefined) Object.assign(this, { cause })
  }
}

/**
 * What a thrown value says to a person: a `BoardError`'s text, else the error's own message as it
 * came (FigJam's errors are in FigJam's words), else the value as text.
 */
export function reasonOf(cause: unknown): BoardText {
  if (cause instanceof BoardError) return cause.text
  return { raw: cause instanceof Error ? cause.message : String(cause) }
}
