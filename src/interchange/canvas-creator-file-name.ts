/** Longest part of a file name made from a title, so a long title still gives a usable name. */
const MAX_STEM_LENGTH = 80

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/**
 * A title or locale as part of a file name: letters and digits, every other run as `-`, at most
 * `MAX_STEM_LENGTH` characters (whole characters), never a path.
 */
export function fileNameStem(title: string, fallback = 'Canvas'): string {
  const letters = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
  const stem = Array.from(graphemes.segment(letters), ({ segment }) => segment)
    .slice(0, MAX_STEM_LENGTH)
    .join('')
    .replace(/^-+|-+$/g, '')
  return stem === '' ? fallback : stem
}
