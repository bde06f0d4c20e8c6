import type { Break, Text } from 'mdast'
import {
  defaultHandlers,
  type Handle,
  type SafeConfig,
  type State,
  type Unsafe,
} from 'mdast-util-to-markdown'

interface PatternIndex {
  /** Slot of each ASCII pattern character by char code, or -1. */
  readonly slotOf: Int8Array
  /** The ASCII pattern characters, by slot. */
  readonly characters: readonly string[]
  /** Matches any ASCII pattern character but the space, which nearly every text holds. */
  readonly notSpace: RegExp
  /** The slots found, one bit each, 32 to a word. */
  readonly found: Uint32Array
  /** Narrowed pattern lists by the slots found (`found` as a string of 16-bit units). */
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
    const notSpace = characters
      .filter((character) => character !== ' ')
      .map((character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
    index = {
      slotOf,
      characters,
      notSpace: new RegExp(`[${notSpace.join('')}]`),
      found: new Uint32Array(Math.ceil(characters.length / 32)),
      bySlots: new Map(),
    }
    indexes.set(patterns, index)
  }
  return index
}

function addSlot(index: PatternIndex, code: number): void {
  const slot = code < 128 ? (index.slotOf[code] ?? -1) : -1
  if (slot >= 0) index.found[slot >>> 5] = (index.found[slot >>> 5] ?? 0) | (1 << (slot & 31))
}

function addSlots(index: PatternIndex, value: string): void {
  if (!index.notSpace.test(value)) {
    if (value.includes(' ')) addSlot(index, 32)
    return
  }
  for (let position = 0; position < value.length; position += 1) {
    addSlot(index, value.charCodeAt(position))
  }
}

function foundKey(found: Uint32Array): string {
  let key = ''
  for (const word of found) key += String.fromCharCode(word & 0xffff, word >>> 16)
  return key
}

function hasSlot(found: Uint32Array, slot: number): boolean {
  return ((found[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0
}

/** The result of `write`, run with `state.unsafe` set to `narrowed`, then restored. */
function withUnsafe(state: State, narrowed: Unsafe[], write: () => string): string {
  const all = state.unsafe
  state.unsafe = narrowed
  try {
    return write()
  } finally {
    state.unsafe = all
  }
}

/**
 * The patterns of `state.unsafe` whose character occurs in what the library's `safe` scans:
 * `value` with the characters around it (`context.before`, `context.after`). Every escape the
 * library makes sits on the character of a pattern that matched, so a pattern whose character is
 * nowhere in that string cannot change the result. Narrowed lists are kept per set of characters
 * found.
 */
function matchingPatterns(state: State, value: string, context: SafeConfig): Unsafe[] {
  const all = state.unsafe
  const index = indexOf(all)
  index.found.fill(0)
  addSlots(index, context.before)
  addSlots(index, value)
  addSlots(index, context.after)
  const key = foundKey(index.found)
  let narrowed = index.bySlots.get(key)
  if (narrowed === undefined) {
    const present = new Set(index.characters.filter((_, slot) => hasSlot(index.found, slot)))
    narrowed = all.filter(
      (pattern) => !isAscii(pattern.character) || present.has(pattern.character),
    )
    index.bySlots.set(key, narrowed)
  }
  return narrowed
}

/**
 * `state.safe(value, config)` of mdast-util-to-markdown, run with only the patterns whose
 * character occurs in `value` or the characters around it (`matchingPatterns`): byte for byte
 * what the library writes, without some 70 patterns being tried on every sticky.
 * `state.unsafe` is restored before returning.
 */
export const safeWithMatchingPatterns = (state: State, value: string, config: SafeConfig): string =>
  withUnsafe(state, matchingPatterns(state, value, config), () => state.safe(value, config))

/**
 * mdast-util-to-markdown's own `text` handler, run with only the patterns whose character occurs
 * in the text or the characters around it (`matchingPatterns`): the same output, faster.
 */
export const textWithMatchingPatterns: Handle = (node: Text, parent, state, info) =>
  withUnsafe(state, matchingPatterns(state, node.value, info), () =>
    defaultHandlers.text(node, parent, state, info),
  )

const lineEndingPatterns = new WeakMap<readonly Unsafe[], Unsafe[]>()

/**
 * mdast-util-to-markdown's own `break` handler, run with `state.unsafe` narrowed to the patterns
 * of character `\n`, the only ones it looks at (it writes a space instead of `\` and a line end
 * where a construct cannot hold a line end): the same output, without walking some 70 patterns
 * for each break. `state.unsafe` is restored before returning.
 */
export const breakWithLineEndingPatterns: Handle = (node: Break, parent, state, info) => {
  let narrowed = lineEndingPatterns.get(state.unsafe)
  if (narrowed === undefined) {
    narrowed = state.unsafe.filter((pattern) => pattern.character === '\n')
    lineEndingPatterns.set(state.unsafe, narrowed)
  }
  return withUnsafe(state, narrowed, () => defaultHandlers.break(node, parent, state, info))
}
