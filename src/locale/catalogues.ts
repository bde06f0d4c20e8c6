import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'

import de from './catalogue/de'
import en from './catalogue/en'
import fi from './catalogue/fi'
import fr from './catalogue/fr'
import pt from './catalogue/pt'
import type { Locale } from './locales'

/**
 * The English catalogue's shape: parts (`panel`, `fit`, `export`…), each a map from a message id
 * to an ICU message (plurals, selects, `{name}` placeholders; `<` is plain text).
 */
export type CatalogueShape = typeof en

/** A message id, `part.id`, e.g. `fit.emptyArea`. */
export type MessageKey = {
  [Part in keyof CatalogueShape]: `${Part}.${Extract<keyof CatalogueShape[Part], string>}`
}[keyof CatalogueShape]

/**
 * One locale's messages by part and id: ICU message text as written in `catalogue/<locale>/`,
 * or, in the built bundles, the same message parsed ahead of time (`readCatalogueAsync` in
 * build-packed-panel-data.js), so the bundles carry no ICU parser. The command line's bundle
 * reads each locale's catalogue from its own JSON file the first time a message of that locale
 * is formatted (bin/build-cli.js), so a run parses only the languages it words in.
 */
export type Catalogue = Readonly<
  Record<
    string,
    Readonly<Record<string, string | readonly MessageFormatElement[] | readonly [string]>>
  >
>

/** Every locale's catalogue. Each holds every key of English's (test/locale-catalogues.test.ts). */
export const catalogues: Readonly<Record<Locale, Catalogue>> = { de, en, fi, fr, pt }
