import { describe, expect, test } from 'vitest'

import { joinList } from '../src/locale/list-format'
import { LOCALES } from '../src/locale/locales'
import { translator } from '../src/locale/translator'

describe('joinList', () => {
  test.each(LOCALES)('joins as Intl.ListFormat joins in %s, one item and none too', (locale) => {
    const t = translator(locale)
    for (const type of ['conjunction', 'disjunction'] as const) {
      const format = new Intl.ListFormat(locale, { type })
      for (const items of [[], ['“Pains”'], ['“Pains”', '“Gains”'], ['A', 'B', 'C']]) {
        expect(joinList(t, items, type)).toBe(format.format(items))
      }
    }
  })
})
