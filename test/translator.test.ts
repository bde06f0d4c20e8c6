import { describe, expect, it } from 'vitest'

import { matchLocale } from '../src/locale/locales'
import { translator } from '../src/locale/translator'

describe('translator', () => {
  it('picks the plural form of the locale and formats numbers as the locale writes them', () => {
    expect(translator('en')('common.stickyCount', { count: 1 })).toBe('1 sticky')
    expect(translator('en')('common.stickyCount', { count: 20000 })).toBe('20,000 stickies')
    expect(translator('fi')('common.stickyCount', { count: 2 })).toBe('2 tarralappua')
    expect(translator('de')('common.stickyCount', { count: 20000 })).toBe('20.000 Haftnotizen')
  })

  it('refuses a message whose placeholder has no value, naming it', () => {
    expect(() => translator('fr')('common.flagCount')).toThrow(/count/)
  })
})

describe('matchLocale', () => {
  it('takes the first language tag the plugin speaks, region or not', () => {
    expect(matchLocale(['sv-SE', 'fi-FI', 'en-US'])).toBe('fi')
    expect(matchLocale(['pt_BR'])).toBe('pt')
    expect(matchLocale(['sv', 'nb'])).toBeNull()
  })
})
