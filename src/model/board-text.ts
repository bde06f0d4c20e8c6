import type { MessageKey } from '../locale/catalogues'

/**
 * A message of the catalogue's `board` part (or, for facilitation mode, `facilitation`): what the
 * board code tells a person.
 */
export type BoardMessageKey = Extract<MessageKey, `board.${string}` | `facilitation.${string}`>

/** What fills a placeholder: a number, a text as it is (a node id, a title), or a worded text. */
export type BoardValue = string | number | BoardText

/**
 * A sentence the main thread has for a person, not yet worded: a message of the `board` part with
 * its values, or a text as it came from FigJam (`raw`, an error of Figma's own). The main thread
 * carries no catalogue; the panel words it (`boardTextIn`) in its language.
 */
export type BoardText =
  { key: BoardMessageKey; values?: Readonly<Record<string, BoardValue>> } | { raw: string }

/** Formats one message of a catalogue, as the locale layer's `translator` does. */
export type Translate = (
  key: MessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string

/** `text` worded with `t`: a nested text first, then its message; a raw text as it is. */
export function boardTextIn(t: Translate, text: BoardText): string {
  if ('raw' in text) return text.raw
  const values: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(text.values ?? {})) {
    values[name] = typeof value === 'object' ? boardTextIn(t, value) : value
  }
  return t(text.key, values)
}
