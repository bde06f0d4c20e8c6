/** Longest quote of a sticky's text in a finding or an export, in characters (code points). */
export const QUOTE_MAX_LENGTH = 60

/** White space that a quote changes: two in a row, any but a space, or at either end. */
const UNTIDY_SPACE = /\s\s|[^\S ]|^\s|\s$/

/** UTF-16 offset in `text` just past code point `count` from `start`, or `text.length`. */
function codePointsOn(text: string, start: number, count: number): number {
  let offset = start
  for (let points = 0; points < count && offset < text.length; points += 1) {
    offset += (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1
  }
  return offset
}

/**
 * A sticky's text on one line between typographic quotes: runs of white space become one space,
 * and text longer than `QUOTE_MAX_LENGTH` code points is cut and ends with `…`.
 */
export function quoteNote(text: string): string {
  const line = UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text
  if (line.length <= QUOTE_MAX_LENGTH) return `“${line}”`
  const cut = codePointsOn(line, 0, QUOTE_MAX_LENGTH - 1)
  if (codePointsOn(line, cut, 1) === line.length) return `“${line}”`
  return `“${line.slice(0, cut).trimEnd()}…”`
}
