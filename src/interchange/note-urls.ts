/** A web address found in a sticky's text, with the rest of the text as its title. */
export interface NoteUrl {
  /** The address as typed, without trailing punctuation; `http:` or `https:` only. */
  url: string
  /** The sticky's other words on one line; empty when the sticky holds only the address. */
  title: string
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/

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
    .map((match) => match[0].replace(TRAILING_PUNCTUATION, ''))
    .filter(isWebUrl)
  const title = urls
    .reduce((rest, url) => rest.replace(url, ' '), text)
    .replace(/\s+/g, ' ')
    .trim()
  return [...new Set(urls)].map((url) => ({ url, title }))
}
