import type { NoteVotes } from './board'

/**
 * Votes from stamp counts per kind: the total, and the kinds in name order. Kind names are set
 * as own properties, so a stamp named `__proto__` is a kind like any other.
 */
export function tallyVotes(kinds: ReadonlyMap<string, number>): NoteVotes {
  const names = [...kinds.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  let total = 0
  const byStamp: Record<string, number> = {}
  for (const name of names) {
    const count = kinds.get(name) ?? 0
    total += count
    Object.defineProperty(byStamp, name, { value: count, enumerable: true, writable: true })
  }
  return { total, byStamp }
}
