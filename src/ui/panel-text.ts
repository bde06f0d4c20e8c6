import type { MessageKey } from '../locale/catalogues'
import { joinList } from '../locale/list-format'
import type { Translator } from '../locale/translator'

/** A message of the catalogue to format later, in whatever language the panel shows then. */
export interface PanelMessage {
  readonly key: MessageKey
  readonly values?: Readonly<Record<string, TextValue>>
}

/** Items to join as the locale joins a list (`joinList`, conjunction): "A, B and C". */
export interface TextList {
  readonly list: readonly TextValue[]
}

/** A placeholder's value: text or a number as is, or a message or a list formatted first. */
export type TextValue = string | number | PanelMessage | TextList

/**
 * Text the panel keeps in its state and formats when it renders: a message descriptor, text
 * that comes already written (a file name, an error from another layer), or sentences to join
 * with a space.
 */
export type PanelText = string | PanelMessage | readonly PanelText[]

/** A message descriptor: `message('panel.placedKit', { titles: { list: titles } })`. */
export function message(key: MessageKey, values?: PanelMessage['values']): PanelMessage {
  return values === undefined ? { key } : { key, values }
}

function formatValue(t: Translator, value: TextValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value
  if ('list' in value) {
    const items = value.list.map((item) => String(formatValue(t, item)))
    return joinList(t, items, 'conjunction')
  }
  return formatText(t, value)
}

/** `text` in the language of `t`; sentences joined by a space. */
export function formatText(t: Translator, text: PanelText): string {
  if (typeof text === 'string') return text
  if (Array.isArray(text)) return text.map((part: PanelText) => formatText(t, part)).join(' ')
  const { key, values } = text as PanelMessage
  if (values === undefined) return t(key)
  return t(
    key,
    Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, formatValue(t, value)]),
    ),
  )
}
