import * as z from 'zod/mini'

/**
 * The languages the plugin speaks: those the APIOps Cycles method data localises its canvases in
 * (`localizedData.json`: de, en, fi, fr, pt). English is the fallback.
 */
export const LOCALES = ['en', 'de', 'fi', 'fr', 'pt'] as const
export type Locale = (typeof LOCALES)[number]

/** A locale read from outside the code (plugin data, `clientStorage`, files, `--locale`). */
export const localeSchema = z.enum(LOCALES)

/** The language of the plugin's own templates and of a canvas that records none. */
export const DEFAULT_LOCALE: Locale = 'en'

/** Whether `value` is one of `LOCALES`. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/**
 * The first of `tags` (BCP 47 language tags, e.g. `navigator.languages`: `fi-FI`, `pt-BR`) whose
 * language is one of `LOCALES`, or null when none is.
 */
export function matchLocale(tags: readonly string[]): Locale | null {
  for (const tag of tags) {
    const language = tag.toLowerCase().split(/[-_]/)[0]
    if (isLocale(language)) return language
  }
  return null
}
