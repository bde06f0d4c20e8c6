/**
 * A `#tag`: `#` at the start of the text or after a character that cannot be part of a word,
 * followed by Unicode letters, digits, `-` and `_`. `C#`, `a#b` and `&#39;` hold no tag.
 */
const TAG_PATTERN = /(^|[^\p{L}\p{N}_&#-])#([\p{L}\p{N}_-]+)/gu

/**
 * The `#tags` in a sticky's text, lower-case without `#`, in order of first occurrence, each
 * once. `'#Auth needs #SSO and #auth'` gives `['auth', 'sso']`. Linear in the text's length.
 */
export function parseNoteTags(text: string): string[] {
  const tags = new Set<string>()
  const pattern = new RegExp(TAG_PATTERN.source, TAG_PATTERN.flags)
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const tag = (match[2] ?? '').toLowerCase()
    if (tag !== '') tags.add(tag)
  }
  return [...tags]
}
