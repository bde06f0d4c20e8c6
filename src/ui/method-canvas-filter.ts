import type { CanvasDefinition } from '../canvas/canvas-definition'

/** `Suomi (fi)`: a language's own name for itself and its code; the code alone if unknown. */
export function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale
    return name === locale
      ? locale
      : `${name.charAt(0).toLocaleUpperCase(locale)}${name.slice(1)} (${locale})`
  } catch {
    return locale
  }
}

const folded = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

/**
 * The method canvases whose title, purpose or method id hold every word of `query`, ignoring
 * case and accents (`asiakas` finds “Asiakaspolkukanvas”); all of them for an empty query.
 */
export function filterCanvases(
  definitions: readonly CanvasDefinition[],
  query: string,
): CanvasDefinition[] {
  const words = folded(query)
    .split(/\s+/)
    .filter((word) => word !== '')
  return definitions.filter((definition) => {
    const haystack = folded(
      [definition.title, definition.purpose, definition.methodCanvasId ?? ''].join(' '),
    )
    return words.every((word) => haystack.includes(word))
  })
}
