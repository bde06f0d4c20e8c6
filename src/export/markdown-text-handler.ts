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
    const notSpace = characters
      .filter((character) => character !== ' ')
      .map((character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
    index = {
      slotOf,
      characters,
      notSpace: new RegExp(`[${notSpace.join('')}]`),
      bySlots: new Map(),
    }
    indexes.set(patterns, index)
  }
  return index
}

function addSlot(index: PatternIndex, code: number, found: number[]): void {
  const slot = code < 128 ? (index.slotOf[code] ?? -1) : -1
  if (slot >= 0 && !found.includes(slot)) found.push(slot)
}

function addSlots(index: PatternIndex, value: string, found: number[]): void {
  if (!index.notSpace.test(value)) {
    if (value.includes(' ')) addSlot(index, 32, found)
    return
  }
  for (let position = 0; position < value.length; position += 1) {
    addSlot(index, value.charCodeAt(position), found)
  }
}

/**
 * `state.safe(value, config)` of mdast-util-to-markdown, run with `state.unsafe` narrowed to the
 * patterns whose character occurs in what `safe` scans: `value` with the characters around it
 * (`config.before`, `config.after`). Every escape the library makes sits on the character of a
 * pattern that matched, so a pattern whose character is nowhere in that string cannot change the
 * result: the value comes out byte for byte as the library escapes it, without some 70 patterns
 * being tried on every sticky. Narrowed lists are kept per set of characters found;
 * `state.unsafe` is restored before returning.
 */
export function safeWithMatchingPatterns(state: State, value: string, config: SafeConfig): string {
  const all = state.unsafe
  const index = indexOf(all)
  const found: number[] = []
  addSlots(index, config.before, found)
  addSlots(index, value, found)
  addSlots(index, config.after, found)
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
    return state.safe(value, config)
  } finally {
    state.unsafe = all
  }
}

/**
 * mdast-util-to-markdown's own `text` handler (`state.safe` with the text's neighbours), its
 * escaping run by `safeWithMatchingPatterns`: the same output, faster.
 */
export const textWithMatchingPatterns: Handle = (node: Text, parent, state, info) => {
  const siblings = parent?.children ?? []
  const index = state.indexStack[state.indexStack.length - 1] ?? -1
  return safeWithMatchingPatterns(state, node.value, {
    ...info,
    afterNode: siblings[index + 1],
    beforeNode: siblings[index - 1],
  })
}

const lineEndingPatterns = new WeakMap<readonly Unsafe[], Unsafe[]>()

/**
 * mdast-util-to-markdown's own `break` handler, run with `state.unsafe` narrowed to the patterns
 * of character `\n`, the only ones it looks at (it writes a space instead of `\` and a line end
 * where a construct cannot hold a line end): the same output, without walking some 70 patterns
 * for each break. `state.unsafe` is restored before returning.
 */
export const breakWithLineEndingPatterns: Handle = (node: Break, parent, state, info) => {
  const all = state.unsafe
  let narrowed = lineEndingPatterns.get(all)
  if (narrowed === undefined) {
    narrowed = all.filter((pattern) => pattern.character === '\n')
    lineEndingPatterns.set(all, narrowed)
  }
  state.unsafe = narrowed
  try {
    return defaultHandlers.break(node, parent, state, info)
  } finally {
    state.unsafe = all
  }
}
