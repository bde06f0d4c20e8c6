/** A web address found in a sticky's text, with the rest of the text as its title. */
export interface NoteUrl {
  /** The address as typed, without trailing punctuation; `http:` or `https:` only. */
  url: string
  /** The sticky's other words on one line, without separators at the ends; may be empty. */
  title: string
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi
/** Punctuation that ends a sentence rather than an address. */
const TRAILING_PUNCTUATION = new Set('.,;:!?)]}')
/** White space and separators left at either end of the title once the addresses are out. */
const EDGE_SEPARATORS = new Set(' :;,.–—-')

/** `text` without the characters of `set` at its end (and at its start when `start`); linear. */
function trimmed(text: string, set: ReadonlySet<string>, start: boolean): string {
  let from = 0
  let to = text.length
  while (start && from < to && set.has(text.charAt(from))) from += 1
  while (to > from && set.has(text.charAt(to - 1))) to -= 1
  return text.slice(from, to)
}

const isWebUrl = (text: string): boolean => {
  try {
    const { protocol } = new URL(text)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * The `http:` and `https:` addresses in a sticky's text, in order, each once. Punctuation that
 * ends a sentence is not part of an address; text that the WHATWG URL parser refuses is left
 * out. Linear in the text's length.
 */
export function noteUrls(text: string): NoteUrl[] {
  const urls = [...text.matchAll(URL_PATTERN)]
    .map((match) => trimmed(match[0], TRAILING_PUNCTUATION, false))
    .filter(isWebUrl)
  const rest = text.replace(URL_PATTERN, ' ').replace(/\s+/g, ' ')
  const title = trimmed(rest, EDGE_SEPARATORS, true)
  return [...new Set(urls)].map((url) => ({ url, title }))
}
