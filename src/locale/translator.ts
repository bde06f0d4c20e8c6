import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { IntlMessageFormat } from 'intl-messageformat'

import { catalogues, type MessageKey } from './catalogues'
import type { Locale } from './locales'

/** What a message's placeholders are filled with; numbers are formatted for the locale. */
export type MessageValues = Readonly<Record<string, string | number>>

/**
 * Formats the message `key` of one locale's catalogue with `values`. Throws an `Error` naming the
 * key when the catalogue lacks it or a placeholder has no value.
 */
export interface Translator {
  (key: MessageKey, values?: MessageValues): string
  readonly locale: Locale
}

const translators = new Map<Locale, Translator>()

/**
 * The translator of `locale` (one per locale, kept): each message is compiled on first use with
 * intl-messageformat (ICU MessageFormat: CLDR plural rules, number formats of the locale), with
 * `<` read as text, not as a tag.
 */
export function translator(locale: Locale): Translator {
  const known = translators.get(locale)
  if (known !== undefined) return known
  const catalogue = catalogues[locale]
  const formats = new Map<string, IntlMessageFormat>()
  const translate = (key: MessageKey, values?: MessageValues): string => {
    let format = formats.get(key)
    if (format === undefined) {
      const dot = key.indexOf('.')
      const message = catalogue[key.slice(0, dot)]?.[key.slice(dot + 1)]
      if (message === undefined) throw new Error(`No message "${key}" in the ${locale} catalogue.`)
      if (typeof message !== 'string' && typeof message[0] === 'string') return message[0]
      format = new IntlMessageFormat(
        message as string | MessageFormatElement[],
        locale,
        undefined,
        {
          ignoreTag: true,
        },
      )
      formats.set(key, format)
    }
    const text = format.format(values)
    if (typeof text !== 'string') throw new Error(`The message "${key}" is not plain text.`)
    return text
  }
  const made = Object.assign(translate, { locale })
  translators.set(locale, made)
  return made
}
