import { DEFAULT_LOCALE, type Locale, matchLocale } from '../locale/locales'

/**
 * The panel's language: the one the person chose in the panel (saved in `clientStorage`), else
 * the first of the iframe's `navigator.languages` the plugin speaks (FigJam's language, as far
 * as a plugin can know it: the plugin API exposes no UI locale), else English.
 */
export function panelLocale(chosen: Locale | null, languages: readonly string[]): Locale {
  return chosen ?? matchLocale(languages) ?? DEFAULT_LOCALE
}

/** The browser's languages in order of preference; empty where there is no `navigator`. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language]
}
