import fc from 'fast-check'
import { describe, expect, test } from 'vitest'

import { type BoardExport, exportJson } from '../src/export/board-export'
import { checkFit } from '../src/fit/check-fit'
import { translator } from '../src/locale/translator'
import type { Board } from '../src/model/board'
import { readProblemText } from '../src/model/read-problem-text'
import { englishText } from './board-error-text'
import { parseBoardExport } from './file-readers'
import { sampleBoard } from './fixtures/sample-board'

/** The document an export of `board` holds: each read problem with its English sentence. */
const documentOf = (board: Board): BoardExport => {
  const result = checkFit(board)
  const problems = board.problems.map((problem) => ({
    ...problem,
    message: readProblemText(problem, translator('en')),
  }))
  return {
    schemaVersion: 1,
    board: { ...board, problems },
    findings: result.findings,
    fit: result.fit,
  }
}

const exportBoard = (board: Board): string => exportJson(board, checkFit(board))

const errorOf = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    if (error instanceof Error) return englishText(error)
    throw error
  }
  throw new Error('expected an error')
}

describe('exportJson', () => {
  test('writes the sample workshop as in the golden file', async () => {
    await expect(exportBoard(sampleBoard)).toMatchFileSnapshot('./golden/sample-board.json')
  })

  test('round-trips: reading the export gives the same document', () => {
    expect(parseBoardExport(exportBoard(sampleBoard))).toStrictEqual(documentOf(sampleBoard))
  })

  test('writes the same bytes each time, with 2-space indents and a final newline', () => {
    const text = exportBoard(sampleBoard)
    expect(exportBoard(structuredClone(sampleBoard))).toBe(text)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 1,')
  })

  test('refuses a board that breaks the schema, naming the field', () => {
    const board = structuredClone(sampleBoard)
    const note = board.canvases[0]?.areas[2]?.notes[1]
    if (note === undefined) throw new Error('fixture has a second pain')
    note.color = '#ffb8a8'
    expect(errorOf(() => exportBoard(board))).toMatch(
      /^board\.canvases\[0\]\.areas\[2\]\.notes\[1\]\.color: does not match \//m,
    )
  })

  test('writes each canvas as JSON.stringify writes the whole validated document', () => {
    const board = structuredClone(sampleBoard)
    const second = structuredClone(board.canvases[0])
    if (second === undefined) throw new Error('fixture has a canvas')
    second.id = '9:9'
    second.title = '"canvases": [] \n  }'
    board.canvases.push(second)
    const withExtraKeys = {
      ...board,
      owner: 'someone',
      canvases: board.canvases.map((canvas) => ({ ...canvas, zoom: 2 })),
    }
    for (const input of [board, withExtraKeys, { ...board, canvases: [] }]) {
      const validated = parseBoardExport(JSON.stringify(documentOf(input)))
      expect(exportBoard(input)).toBe(`${JSON.stringify(validated, null, 2)}\n`)
    }
  })

  test('names every invalid field in document order', () => {
    const board = structuredClone(sampleBoard)
    const note = board.canvases[0]?.areas[2]?.notes[1]
    if (note === undefined) throw new Error('fixture has a second pain')
    note.color = 'pink'
    const result = checkFit(board)
    const broken = { ...board, schemaVersion: 2 } as unknown as Board
    const message = errorOf(() =>
      exportJson(broken, { ...result, fit: [{ canvasId: 'x' }] } as unknown as typeof result),
    )
    expect(message.split('\n').map((line) => line.replace(/:.*/, ''))).toEqual([
      'Not a valid board export',
      'board.schemaVersion',
      'board.canvases[0].areas[2].notes[1].color',
      'fit[0].painsAnswered',
      'fit[0].painsTotal',
      'fit[0].gainsAnswered',
      'fit[0].gainsTotal',
    ])
  })

  test('refuses a board without a canvas list', () => {
    const broken = { ...sampleBoard, canvases: 'none' } as unknown as Board
    expect(errorOf(() => exportJson(broken, checkFit(sampleBoard)))).toMatch(
      /^board\.canvases: should be an array, not a string$/m,
    )
  })

  test('holds any sticky text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (text) => {
        const board = structuredClone(sampleBoard)
        const note = board.canvases[0]?.areas[2]?.notes[0]
        if (note === undefined) throw new Error('fixture has a pain')
        note.text = text
        const parsed = parseBoardExport(exportBoard(board))
        expect(parsed.board.canvases[0]?.areas[2]?.notes[0]?.text).toBe(text)
        expect(parsed).toStrictEqual(documentOf(board))
      }),
    )
  })
})

describe('parseBoardExport', () => {
  const valid = exportBoard(sampleBoard)

  test('says when the text is not JSON', () => {
    expect(errorOf(() => parseBoardExport('# API Canvas workshop results'))).toMatch(
      /^This board export cannot be used:\n\(file\): is not JSON: /,
    )
  })

  test.each([
    [
      'a sticky colour in lower case',
      (d: BoardExport) => {
        const note = d.board.canvases[0]?.areas[2]?.notes[1]
        if (note) note.color = '#ffb8a8'
      },
      /^board\.canvases\[0\]\.areas\[2\]\.notes\[1\]\.color: /m,
    ],
    [
      'an unknown finding code',
      (d: BoardExport) => {
        const finding = d.findings[3]
        if (finding) Object.assign(finding, { code: 'looks-odd' })
      },
      /^findings\[3\]\.code: should be one of "empty-area", "unanswered-pain"/m,
    ],
    [
      'another schema version',
      (d: BoardExport) => Object.assign(d, { schemaVersion: 2 }),
      /^schemaVersion: should be 1$/m,
    ],
    [
      'a missing fit',
      (d: BoardExport) => Object.assign(d, { fit: undefined }),
      /^fit: is missing$/m,
    ],
    [
      'an empty sticky text',
      (d: BoardExport) => {
        const note = d.board.canvases[1]?.areas[0]?.notes[0]
        if (note) note.text = ''
      },
      /^board\.canvases\[1\]\.areas\[0\]\.notes\[0\]\.text: should have at least 1 character$/m,
    ],
  ])('names the field at fault: %s', (_what, spoil, message) => {
    const document = parseBoardExport(valid)
    spoil(document)
    expect(errorOf(() => parseBoardExport(JSON.stringify(document)))).toMatch(message)
  })

  test('lists every field at fault, one per line', () => {
    const document = parseBoardExport(valid)
    Object.assign(document, { schemaVersion: 2, fit: 'none' })
    const lines = errorOf(() => parseBoardExport(JSON.stringify(document))).split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toMatch(/^schemaVersion: /)
    expect(lines[2]).toMatch(/^fit: /)
  })
})
