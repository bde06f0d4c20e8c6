import { IntlMessageFormat as LibraryMessageFormat } from 'intl-messageformat'
import { describe, expect, test } from 'vitest'

import { LOCALES } from '../src/locale/locales'

/** bin/message-format.js, which the command line's bundle uses for intl-messageformat. */
const { IntlMessageFormat } = (await import(
  new URL('../bin/message-format.js', import.meta.url).href
)) as typeof import('intl-messageformat')

const NUMBERS = [
  ...Array.from({ length: 1001 }, (_, index) => index),
  ...[-0, -1, 0.5, 999.5, 1234, 20_000, 1_000_000, 1e21, Number.NaN, Number.POSITIVE_INFINITY],
]
const MESSAGES = [
  '{count, plural, one {# sticky} other {# stickies}}',
  '{count, plural, offset:1 =0 {none} one {you} other {you and # others}}',
  '{count, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}',
  '{count, number} / {count, number, percent} / {count}',
]

describe("the command line's intl-messageformat (bin/message-format.js)", () => {
  test.each(LOCALES)('formats numbers and plurals as the library does in %s', (locale) => {
    for (const message of MESSAGES) {
      const ours = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true })
      const library = new LibraryMessageFormat(message, locale, undefined, { ignoreTag: true })
      const differing = NUMBERS.filter(
        (count) => ours.format({ count }) !== library.format({ count }),
      )
      expect(differing, message).toEqual([])
    }
  })

  test.each(LOCALES)('takes %s as the locale Intl.NumberFormat would resolve', (locale) => {
    expect(IntlMessageFormat.resolveLocale(locale)?.toString()).toBe(
      Intl.NumberFormat.supportedLocalesOf(locale)[0],
    )
  })
})
