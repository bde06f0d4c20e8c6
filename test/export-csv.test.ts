import fc from 'fast-check'
import { describe, expect, test } from 'vitest'

import { CSV_COLUMNS, exportCsv } from '../src/export/export-csv'
import type { Board, Note } from '../src/model/board'
import { sampleBoard } from './fixtures/sample-board'
import { readCsv } from './read-csv'

function firstPain(board: Board): Note {
  const note = board.canvases[0]?.areas.find((area) => area.id === 'pains')?.notes[0]
  if (note === undefined) throw new Error('fixture has a pain')
  return note
}

const withPainText = (text: string): Board => {
  const board = structuredClone(sampleBoard)
  firstPain(board).text = text
  return board
}

const cellOfFirstPain = (
  board: Board,
  column: (typeof CSV_COLUMNS)[number],
): string | undefined => {
  const rows = readCsv(exportCsv(board))
  const id = firstPain(board).id
  return rows.find((row) => row[0] === id)?.[CSV_COLUMNS.indexOf(column)]
}

describe('exportCsv', () => {
  const csv = exportCsv(sampleBoard)
  const rows = readCsv(csv)

  test('writes the sample workshop as in the golden file', async () => {
    await expect(csv).toMatchFileSnapshot('./golden/sample-board.csv')
  })

  test('has a header line and one row per note, stray notes included, in board order', () => {
    const notes = sampleBoard.canvases.flatMap((canvas) => [
      ...canvas.areas.flatMap((area) => area.notes),
      ...canvas.strayNotes,
    ])
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows.slice(1).map((row) => row[0])).toEqual(notes.map((note) => note.id))
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true)
  })

  test('names the canvas and area, and lists tags and linked notes', () => {
    const hosted = rows.find((row) => row[3] === 'Hosted payment fields #Security')
    expect(hosted).toEqual([
      '5:40',
      'Acme Pay – API Value Proposition',
      'Pain relievers',
      'Hosted payment fields #Security',
      'Farid',
      '#FFE299',
      '#security',
      '5:20',
    ])
    const stray = rows.find((row) => row[3] === 'Ask legal about PSD2 **SCA** exemptions')
    expect(stray?.[2]).toBe('')
    expect(rows.find((row) => row[0] === '5:31')?.[7]).toBe('5:11 5:23')
  })

  test('keeps commas, quotes and line breaks inside one cell', () => {
    const text = 'Retries, "timeouts"\nand more'
    expect(cellOfFirstPain(withPainText(text), 'text')).toBe(text)
  })

  test.each([
    '=HYPERLINK("http://evil.example","x")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\tcmd',
    '\rcmd',
    '  =1+1',
    '\u200B=cmd|" /C calc"!A0',
    '\uFEFF\u00A0@SUM(A1)',
    '\u202E-2+3',
    '\u3164+1',
    '\uFF1D1+1',
  ])('neutralises a formula cell: %j gets a leading quote', (text) => {
    expect(cellOfFirstPain(withPainText(text), 'text')).toBe(`'${text}`)
  })

  test.each(['a\rb', 'a\nb', 'a\r\nb', 'a\u2028b', 'a\u2029b', 'a\u0085b', 'a\vb', 'a\fb'])(
    'quotes a cell holding the line break %j, so no spreadsheet starts a row there',
    (text) => {
      expect(exportCsv(withPainText(text))).toContain(`,"${text}",`)
      expect(cellOfFirstPain(withPainText(text), 'text')).toBe(text)
    },
  )

  test('neutralises an author that starts a formula as well', () => {
    const board = structuredClone(sampleBoard)
    firstPain(board).author = '=1+1'
    expect(cellOfFirstPain(board, 'author')).toBe("'=1+1")
  })

  test('writes the same bytes each time', () => {
    expect(exportCsv(structuredClone(sampleBoard))).toBe(csv)
  })

  test('any sticky text reads back as itself, a leading quote added only to formula cells', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
        const cell = cellOfFirstPain(withPainText(text), 'text')
        const invisible = '[\\s\\p{Cc}\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0]*'
        const formula = new RegExp(
          `^${invisible}[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]`,
          'u',
        ).test(text)
        expect(cell).toBe(formula ? `'${text}` : text)
      }),
    )
  })

  test('an empty board gives the header line alone', () => {
    const empty: Board = { schemaVersion: 1, canvases: [], problems: [] }
    expect(exportCsv(empty)).toBe(`${CSV_COLUMNS.join(',')}\n`)
  })

  test('a canvas without notes adds no line between the others', () => {
    const [first, ...rest] = sampleBoard.canvases
    if (first === undefined) throw new Error('fixture has a canvas')
    const bare = {
      ...first,
      id: '9:9',
      strayNotes: [],
      areas: first.areas.map((area) => ({ ...area, notes: [] })),
    }
    const board: Board = { ...sampleBoard, canvases: [first, bare, ...rest] }
    expect(exportCsv(board)).toBe(csv)
  })
})
