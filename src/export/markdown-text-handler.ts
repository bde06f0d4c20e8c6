import type { Text } from 'mdast'
import { defaultHandlers, type Handle, type Unsafe } from 'mdast-util-to-markdown'

interface PatternIndex {
  /** Slot of each ASCII pattern character by char code, or -1. */
  readonly slotOf: Int8Array
  /** The ASCII pattern characters, by slot. */
  readonly characters: readonly string[]
  /** Narrowed pattern lists by the slots found, sorted and joined. */
  readonly bySlots: Map<string, Unsafe[]>
}

const indexes = new WeakMap<readonly Unsafe[], PatternIndex>()

const isAscii = (character: string): boolean =>
  character.length === 1 && character.charCodeAt(0) < 128

function indexOf(patterns: readonly Unsafe[]): PatternIndex {
  let index = indexes.get(patterns)
  if (index === undefined) {
    const characters = [...new Set(patterns.map((pattern) => pattern.character))].filter(isAscii)
    const slotOf = new Int8Array(128).fill(-1)
    characters.forEach((character, slot) => {
      slotOf[character.charCodeAt(0)] = slot
    })
    index = { slotOf, characters, bySlots: new Map() }
    indexes.set(patterns, index)
  }
  return index
}

function addSlots(index: PatternIndex, value: string, found: number[]): void {
  for (let position = 0; position < value.length; position += 1) {
    const code = value.charCodeAt(position)
    const slot = code < 128 ? (index.slotOf[code] ?? -1) : -1
    if (slot >= 0 && !found.includes(slot)) found.push(slot)
  }
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
  const found: number[] = []
  addSlots(index, info.before, found)
  addSlots(index, node.value, found)
  addSlots(index, info.after, found)
  const key = found.sort((a, b) => a - b).join(',')
  let narrowed = index.bySlots.get(key)
  if (narrowed === undefined) {
    const present = new Set(found.map((slot) => index.characters[slot]))
    narrowed = all.filter(
      (pattern) => !isAscii(pattern.character) || present.has(pattern.character),
    )
    index.bySlots.set(key, narrowed)
  }
  state.unsafe = narrowed
  try {
    return defaultHandlers.text(node, parent, state, info)
  } finally {
    state.unsafe = all
  }
}
