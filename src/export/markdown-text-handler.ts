import type { Text } from 'mdast'
import { defaultHandlers, type Handle, type Unsafe } from 'mdast-util-to-markdown'

interface PatternIndex {
  /** Matches any single-character pattern character. */
  readonly characters: RegExp
  /** Narrowed pattern lists by the sorted characters found. */
  readonly byCharacters: Map<string, Unsafe[]>
}

const indexes = new WeakMap<readonly Unsafe[], PatternIndex>()

function indexOf(patterns: readonly Unsafe[]): PatternIndex {
  let index = indexes.get(patterns)
  if (index === undefined) {
    const characters = new Set<string>()
    for (const pattern of patterns) {
      if (pattern.character.length === 1) characters.add(pattern.character)
    }
    const escaped = Array.from(characters, (character) => {
      const code = character.charCodeAt(0).toString(16).padStart(4, '0')
      return `\\u${code}`
    })
    index = { characters: new RegExp(`[${escaped.join('')}]`, 'g'), byCharacters: new Map() }
    indexes.set(patterns, index)
  }
  return index
}

/**
 * mdast-util-to-markdown's own `text` handler, run with `state.unsafe` narrowed to the patterns
 * whose character occurs in what the library's `safe` scans: the text with the characters
 * around it (`info.before`, `info.after`). Every escape the library makes sits on the character
 * of a pattern that matched, so a pattern whose character is nowhere in that string cannot
 * change the result: the text comes out byte for byte as the library writes it, without some
 * 70 patterns being tried on every sticky. Narrowed lists are kept per set of characters found;
 * `state.unsafe` is restored before returning.
 */
export const textWithMatchingPatterns: Handle = (node: Text, parent, state, info) => {
  const all = state.unsafe
  const index = indexOf(all)
  const found = `${info.before}${node.value}${info.after}`.match(index.characters)
  const key = found === null ? '' : [...new Set(found)].sort().join('')
  let narrowed = index.byCharacters.get(key)
  if (narrowed === undefined) {
    narrowed = all.filter(
      (pattern) => pattern.character.length !== 1 || key.includes(pattern.character),
    )
    index.byCharacters.set(key, narrowed)
  }
  state.unsafe = narrowed
  try {
    return defaultHandlers.text(node, parent, state, info)
  } finally {
    state.unsafe = all
  }
}
