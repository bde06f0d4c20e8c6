/** Longest entity name and tag Backstage accepts, in characters (@backstage/catalog-model). */
export const BACKSTAGE_NAME_MAX_LENGTH = 63

/**
 * `text` in lower case with accents dropped, each run of characters outside `keep` turned into
 * one `-`, no `-` at either end, cut to `BACKSTAGE_NAME_MAX_LENGTH` characters (again without a
 * trailing `-`). May be empty.
 */
function dashed(text: string, keep: RegExp): string {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(keep, '-')
    .replace(/^-+|-+$/g, '')
  return plain.slice(0, BACKSTAGE_NAME_MAX_LENGTH).replace(/-+$/, '')
}

/**
 * A valid Backstage entity name made from the API's name: letters and digits in lower case
 * joined by `-`, at most 63 characters, starting and ending with a letter or digit
 * (`KubernetesValidatorFunctions.isValidObjectName` of @backstage/catalog-model), e.g.
 * `Parcel Tracking API` → `parcel-tracking-api`. A name with no letter or digit gives `api`.
 */
export function backstageEntityName(apiName: string): string {
  return dashed(apiName, /[^a-z0-9]+/g) || 'api'
}

/**
 * A valid Backstage tag made from a sticky's text: lower-case letters, digits, `+` and `#`
 * joined by single `-`, at most 63 characters (`CommonValidatorFunctions.isValidTag` of
 * @backstage/catalog-model), e.g. `Web shops on Shopify` → `web-shops-on-shopify`. Undefined
 * when the text has none of those characters.
 */
export function backstageTag(text: string): string | undefined {
  return dashed(text, /[^a-z0-9+#]+/g) || undefined
}
