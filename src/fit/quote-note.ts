/** Longest quote of a sticky's text in a finding or an export, in characters (code points). */
export const QUOTE_MAX_LENGTH = 60

/** White space that a quote changes: two in a row, any but a space, or at either end. */
const UNTIDY_SPACE = /\s\s|[^\S ]|^\s|\s$/

/**
 * A sticky's text on one line between typographic quotes: runs of white space become one space,
 * and text longer than `QUOTE_MAX_LENGTH` code points is cut and ends with `…`.
 */
export function quoteNote(text: string): string {
  const line = UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text
  if (line.length <= QUOTE_MAX_LENGTH) return `“${line}”`
  const characters = Array.from(line)
  const shortened =
    characters.length > QUOTE_MAX_LENGTH
      ? `${characters
          .slice(0, QUOTE_MAX_LENGTH - 1)
          .join('')
          .replace(/\s+$/, '')}…`
      : characters.join('')
  return `“${shortened}”`
}
