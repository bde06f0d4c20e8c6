// intl-messageformat as the command line bundles it: bin/build-cli.js resolves the package to
// this file for every module but this one.
import { IntlMessageFormat as LibraryMessageFormat } from 'intl-messageformat'

/**
 * `make`, called once for each distinct list of arguments (told apart by their JSON), as
 * intl-messageformat's own formatters are.
 * @template {unknown[]} A
 * @template R
 * @param {(...args: A) => R} make
 * @returns {(...args: A) => R}
 */
function madeOnce(make) {
  /** @type {Map<string, R>} */
  const made = new Map()
  return (...args) => {
    const key = JSON.stringify(args)
    const known = made.get(key)
    if (known !== undefined) return known
    const value = make(...args)
    made.set(key, value)
    return value
  }
}

const numberFormat = madeOnce(
  /** @type {(locales?: string | string[], options?: Intl.NumberFormatOptions) => Intl.NumberFormat} */
  (locales, options) => new Intl.NumberFormat(locales, options),
)

/**
 * A number format of `locales` with default options that writes a whole number from 0 to 999 as
 * its digits, without making an `Intl.NumberFormat`: that is how `Intl.NumberFormat` writes it
 * in every language of src/locale/locales.ts (Latin digits, no group separator below 1,000;
 * test/cli-message-format.test.ts holds the two equal). Any other number goes to
 * `Intl.NumberFormat`.
 */
const plainNumbers = madeOnce(
  /** @type {(locales?: string | string[]) => Intl.NumberFormat} */
  (locales) =>
    /** @type {Intl.NumberFormat} */ ({
      format: (/** @type {number | bigint} */ value) =>
        Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0)
          ? String(value)
          : numberFormat(locales, undefined).format(value),
    }),
)

/** @type {import('intl-messageformat').Formatters} */
const formatters = {
  getNumberFormat: (locales, options) =>
    options === undefined ? plainNumbers(locales) : numberFormat(locales, options),
  getDateTimeFormat: madeOnce((...args) => new Intl.DateTimeFormat(...args)),
  getPluralRules: madeOnce((...args) => new Intl.PluralRules(...args)),
}

/**
 * The library's message format with two changes that only save time. A message's locale is
 * taken as given, not looked up with `Intl.NumberFormat.supportedLocalesOf`: every locale the
 * command line words in is supported, and the command line never reads the result, since its
 * messages come parsed. Numbers are written by `formatters`, which make each `Intl` object once
 * per process (not once per message) and make no `Intl.NumberFormat` for small whole numbers.
 * V8 builds a table of every locale the first time `Intl.NumberFormat` is used, which cost about
 * a third of a short `api-canvas check`.
 */
LibraryMessageFormat.resolveLocale = (locales) =>
  new Intl.Locale(typeof locales === 'string' ? locales : String(locales[0]))

export class IntlMessageFormat extends LibraryMessageFormat {
  /**
   * @param {ConstructorParameters<typeof LibraryMessageFormat>[0]} message
   * @param {ConstructorParameters<typeof LibraryMessageFormat>[1]} locales
   * @param {ConstructorParameters<typeof LibraryMessageFormat>[2]} overrideFormats
   * @param {ConstructorParameters<typeof LibraryMessageFormat>[3]} options
   */
  constructor(message, locales, overrideFormats, options) {
    super(message, locales, overrideFormats, { formatters, ...options })
  }
}
