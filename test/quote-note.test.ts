import fc from 'fast-check'
import { describe, expect, test } from 'vitest'

import { QUOTE_MAX_LENGTH, quoteNote } from '../src/fit/quote-note'

describe('quoteNote', () => {
  const text = fc.string({
    unit: fc.oneof(
      fc.constantFrom(' ', '\n', '\t', '👩🏽‍💻', '🇫🇮', 'e\u0301'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    ),
    maxLength: 90,
  })

  test('any text: one line, at most 60 code points, cut with … only when longer', () => {
    fc.assert(
      fc.property(text, (typed) => {
        const line = typed.replace(/\s+/g, ' ').trim()
        const points = Array.from(line)
        const quote = quoteNote(typed)
        expect(quote.startsWith('“') && quote.endsWith('”')).toBe(true)
        const inner = quote.slice(1, -1)
        expect(Array.from(inner).length).toBeLessThanOrEqual(QUOTE_MAX_LENGTH)
        expect(inner).toBe(
          points.length <= QUOTE_MAX_LENGTH
            ? line
            : `${points
                .slice(0, QUOTE_MAX_LENGTH - 1)
                .join('')
                .trimEnd()}…`,
        )
      }),
      { numRuns: 500 },
    )
  })

  test('a long line of astral characters is cut by code points, never inside a pair', () => {
    const quote = quoteNote('🚀'.repeat(70))
    expect(quote).toBe(`“${'🚀'.repeat(QUOTE_MAX_LENGTH - 1)}…”`)
  })
})
