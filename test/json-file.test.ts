import fc from 'fast-check'
import { describe, expect, test } from 'vitest'

import { FileError } from '../src/model/file-error'
import { MAX_JSON_DEPTH, readJsonFile } from '../src/model/json-file'
import { englishText } from './board-error-text'

/** JSON text written by hand, and whether some object in it gives a key twice. */
interface Written {
  text: string
  twice: boolean
}

/** Keys and strings that look like JSON's own punctuation, so a reader that miscounts is caught. */
const tricky = fc.constantFrom('a', 'b', 'a:b', '"', '\\', '":', '{"a":1}', 'é', '', ' : ')

const written: fc.Arbitrary<Written> = fc.letrec<{ value: Written }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tricky.map((text) => ({ text: JSON.stringify(text), twice: false })),
    fc.integer().map((number) => ({ text: String(number), twice: false })),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => ({
      text: `[${items.map((item) => item.text).join(', ')}]`,
      twice: items.some((item) => item.twice),
    })),
    fc.array(fc.tuple(tricky, tie('value')), { maxLength: 4 }).map((entries) => ({
      text: `{${entries.map(([key, item]) => `${JSON.stringify(key)} : ${item.text}`).join(',')}}`,
      twice:
        new Set(entries.map(([key]) => key)).size < entries.length ||
        entries.some(([, item]) => item.twice),
    })),
  ),
})).value

function outcome(text: string): string {
  try {
    readJsonFile(text, null)
    return 'read'
  } catch (error) {
    if (error instanceof FileError) return englishText(error)
    throw error
  }
}

describe('readJsonFile', () => {
  test('refuses exactly the files that give a key twice in one object', () => {
    fc.assert(
      fc.property(written, ({ text, twice }) => {
        const result = outcome(text)
        if (twice) expect(result).toMatch(/is given twice in one object/)
        else expect(result).toBe('read')
      }),
      { numRuns: 500 },
    )
  })

  test('names the path of a key given twice behind keys and strings holding colons', () => {
    const text = '{"a:b": "x:y", "list": [{"\\":": 1, "\\":": 2}], "c": "\\"a\\":1"}'
    expect(outcome(text)).toMatch(/^list\[0\]\["\\":"\]: is given twice in one object/m)
  })

  test(`reads ${String(MAX_JSON_DEPTH)} levels of nesting and refuses one more`, () => {
    const nested = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`
    expect(outcome(nested(MAX_JSON_DEPTH))).toBe('read')
    expect(outcome(nested(MAX_JSON_DEPTH + 1))).toMatch(/nests deeper than 64 levels/)
  })
})
