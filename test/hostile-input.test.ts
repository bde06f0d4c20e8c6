import { readFileSync } from 'node:fs'

import fc from 'fast-check'
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { describe, expect, test, vi } from 'vitest'
import * as z from 'zod/mini'

import { generateBoardAsync } from '../bench/generate-board'
import { focusNodesAsync } from '../src/board/focus-nodes-async'
import { linkNotesAsync } from '../src/board/link-notes-async'
import { placeCanvasesAsync } from '../src/board/place-canvases-async'
import { PLUGIN_DATA_KEYS } from '../src/board/plugin-data'
import { readBoardAsync } from '../src/board/read-board-async'
import { apiCanvas } from '../src/canvas/api-canvas'
import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import { exportJson } from '../src/export/board-export'
import { CSV_COLUMNS, exportCsv } from '../src/export/export-csv'
import { exportMarkdown } from '../src/export/export-markdown'
import { checkBoard } from '../src/fit/check-board'
import { type Board, boardSchema, type Note } from '../src/model/board'
import type {
  PlannedCanvas,
  PlannedConnector,
  PlannedNote,
  PlannedPlacement,
} from '../src/model/planned-placement'
import { englishText, inEnglish } from './board-error-text'
import { areaSection, boardSnapshot, sectionsWithRole, setMarker } from './board-helpers'
import type { FaultableMethod } from './fake-figjam/creation-faults'
import { createFakeFigJam, type FakeFigJam } from './fake-figjam/fake-figjam'
import { parseBoardExport, planBoardExportImport, planCanvasCreatorImport } from './file-readers'
import { sampleBoard } from './fixtures/sample-board'
import { readCsv } from './read-csv'

/** What people type on stickies that exporters, spreadsheets and diagram tools may misread. */
const HOSTILE_TEXTS: readonly string[] = [
  `Ten thousand characters: ${'data '.repeat(1995)}`,
  '👩🏽‍💻 API for 🇫🇮 teams 🚀 — emoji with skin tone, ZWJ and flags',
  'مرحبا بالعالم — שלום עולם — right to left',
  '\u202Efdp.exe\u202C bidi override in an invoice name',
  'zero\u200Bwidth\u200Djoiner\uFEFFand\u2060word joiner',
  'Combining: e\u0301 a\u0308 — and a lone \uD83D surrogate',
  '# Not a heading\n- not a list\n1. not ordered\n> not a quote\n| a | b |\n|---|---|',
  '[click](javascript:alert(1)) ![image](x) <https://evil.example> [ref]: http://x',
  '<script>alert(1)</script><img src=x onerror=alert(2)> <!-- comment -->',
  '**bold** _emphasis_ ~~strike~~ `code` \\escaped [x] done',
  'A]-->B((evil))\nclick A call alert()\n%%{init: {"theme":"dark"}}%%',
  '"]; style n1 fill:#f00; n2["  end  subgraph x',
  '=HYPERLINK("http://evil.example","click")',
  '+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(A1:A2)',
  '\tTab first',
  'Line one\r\nLine two\rLine three\n\n\nafter blank lines',
  'NUL \u0000 inside',
  '#tag-one #TAG-one #тег, and C# is no tag',
  'Same text twice',
  'Same text twice',
]

const AVP_AREAS = ['pains', 'painRelievers', 'gains', 'gainCreators', 'tasks', 'apiProducts']

/**
 * `copies` AVPs side by side, each holding every hostile text, spread over its areas, pains joined
 * to relievers; the notes of copy `c` have refs `c<c>h<index>` and `c<c>stray`.
 */
function hostileAvps(copies = 1): PlannedPlacement {
  const canvases: PlannedCanvas[] = []
  const connectors: PlannedConnector[] = []
  for (let copy = 0; copy < copies; copy += 1) {
    const ref = (what: string) => `c${String(copy)}${what}`
    const notes = HOSTILE_TEXTS.map((text, index): PlannedNote => ({
      ref: ref(`h${String(index)}`),
      areaId: AVP_AREAS[index % AVP_AREAS.length] ?? null,
      text,
      color: '#FFAFAF',
      position: null,
    }))
    for (let index = 0; index + 1 < notes.length; index += AVP_AREAS.length) {
      connectors.push([ref(`h${String(index)}`), ref(`h${String(index + 1)}`)])
    }
    canvases.push({
      definition: apiValuePropositionCanvas,
      notes: [
        ...notes,
        { ref: ref('stray'), areaId: null, text: '=1+1 stray', color: '#DFDDC5', position: null },
      ],
    })
  }
  return { canvases, connectors }
}

const allNotes = (board: Board): Note[] =>
  board.canvases.flatMap((canvas) => [
    ...canvas.areas.flatMap((area) => area.notes),
    ...canvas.strayNotes,
  ])

/** What a spreadsheet runs as a formula, after any white space and invisible characters. */
const FORMULA = /^[\s\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u

const sorted = (texts: readonly string[]): string[] => [...texts].sort()

/**
 * The outcome of reading a file: 'ok', or the error's message in English (`englishText`). Fails the test on anything but a
 * deliberate Error (a TypeError, RangeError or a thrown non-Error is a crash).
 */
function outcome(read: (text: string) => unknown, text: string): string {
  try {
    read(text)
    return 'ok'
  } catch (error) {
    expect(error).toBeInstanceOf(Error)
    const { name, message } = error as Error
    expect(['Error', 'FileError']).toContain(name)
    const text = name === 'FileError' ? englishText(error) : message
    expect(text).not.toMatch(/\[object Object\]|NaN|undefined/)
    return text
  }
}

const readers = {
  parseBoardExport,
  planBoardExportImport,
  planCanvasCreatorImport: (text: string) => planCanvasCreatorImport(text),
}

const fixture = (name: string): string =>
  readFileSync(new URL(`fixtures/hostile/${name}`, import.meta.url), 'utf8')

const NOT_JSON = /not JSON/
const NOT_EXPORT = /schemaVersion: is missing/
const NOT_CANVAS_CREATOR = /templateId: is missing/

describe('hostile files: each gives a clear error naming the place at fault, or a correct result', () => {
  test.each([
    ['not-json.html', NOT_JSON, NOT_JSON, NOT_JSON],
    ['empty.json', NOT_JSON, NOT_JSON, NOT_JSON],
    ['truncated-board-export.json', NOT_JSON, NOT_JSON, NOT_JSON],
    [
      'wrong-types-board-export.json',
      /board\.canvases: should be an array, not an object/,
      /board\.canvases: should be an array, not an object/,
      NOT_CANVAS_CREATOR,
    ],
    [
      'unknown-template-board-export.json',
      'ok',
      /board\.canvases\[0\]\.templateId: "api-value-proposition-canvass" is neither/,
      NOT_CANVAS_CREATOR,
    ],
    [
      'unknown-area-board-export.json',
      'ok',
      /board\.canvases\[0\]\.areas\[1\]\.id: "gainz" is not an area/,
      NOT_CANVAS_CREATOR,
    ],
    [
      'duplicate-note-ids-board-export.json',
      'ok',
      /areas\[2\]\.notes\[0\]\.id: "5:1" is the id of board\.canvases\[0\]\.areas\[0\]\.notes\[0\] too/,
      NOT_CANVAS_CREATOR,
    ],
    ['bom-crlf-board-export.json', 'ok', 'ok', NOT_CANVAS_CREATOR],
    ['canvas-creator-valid.json', NOT_EXPORT, NOT_EXPORT, 'ok'],
    [
      'canvas-creator-unknown-template.json',
      NOT_EXPORT,
      NOT_EXPORT,
      /templateId: "apiValuePropositionCanvass" is not a canvas of the APIOps Cycles method/,
    ],
    ['canvas-creator-unknown-section.json', NOT_EXPORT, NOT_EXPORT, 'ok'],
    [
      'canvas-creator-wrong-types.json',
      NOT_EXPORT,
      NOT_EXPORT,
      /locale: should be a string[\s\S]*stickyNotes\[0\]\.content: should be a string[\s\S]*stickyNotes\[0\]\.color: "red"/,
    ],
    ['canvas-creator-truncated.json', NOT_JSON, NOT_JSON, NOT_JSON],
    [
      'canvas-creator-extra-fields.json',
      NOT_EXPORT,
      NOT_EXPORT,
      /stickyNotes\[0\]\.owner: is not a field[\s\S]*__proto__: is not a field/,
    ],
  ] as const)('%s', (name, asExport, asImport, asCanvasCreator) => {
    const text = fixture(name)
    const expectations = [asExport, asImport, asCanvasCreator]
    Object.values(readers).forEach((read, index) => {
      const expected = expectations[index]
      const result = outcome(read, text)
      if (expected === 'ok') expect(result).toBe('ok')
      else expect(result).toMatch(expected ?? /never/)
    })
  })

  test('an export with a byte-order mark and Windows line ends imports as the export itself', () => {
    const plain = readFileSync(new URL('golden/sample-board.json', import.meta.url), 'utf8')
    expect(planBoardExportImport(fixture('bom-crlf-board-export.json'))).toEqual(
      planBoardExportImport(plain),
    )
    expect(parseBoardExport(fixture('bom-crlf-board-export.json'))).toEqual(parseBoardExport(plain))
  })

  const validExport = exportJson(sampleBoard, checkBoard(sampleBoard))

  test('every truncation of a valid export is refused as not JSON', () => {
    fc.assert(
      fc.property(fc.nat({ max: validExport.length - 2 }), (cut) => {
        const text = validExport.slice(0, cut)
        for (const read of Object.values(readers)) expect(outcome(read, text)).toMatch(NOT_JSON)
      }),
    )
  })

  test('any JSON value at all: a result or a clear error, never a crash', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value)
        for (const read of Object.values(readers)) outcome(read, text)
      }),
    )
  })

  test('any field of a valid export replaced by any value: read back faithfully or refused by path', () => {
    const document = JSON.parse(validExport) as unknown
    const paths: (string | number)[][] = []
    const collect = (value: unknown, path: (string | number)[]): void => {
      paths.push(path)
      if (Array.isArray(value)) {
        value.forEach((item: unknown, index) => {
          collect(item, [...path, index])
        })
      } else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) collect(item, [...path, key])
      }
    }
    collect(document, [])
    fc.assert(
      fc.property(fc.constantFrom(...paths.slice(1)), fc.jsonValue(), (path, value) => {
        const changed = structuredClone(document) as Record<string | number, unknown>
        let parent: Record<string | number, unknown> = changed
        for (const key of path.slice(0, -1))
          parent = parent[key] as Record<string | number, unknown>
        parent[path.at(-1) ?? ''] = value
        const result = outcome(parseBoardExport, JSON.stringify(changed))
        if (result === 'ok') {
          const parsed = parseBoardExport(JSON.stringify(changed))
          expect(parseBoardExport(exportJson(parsed.board, parsed))).toEqual(parsed)
        } else {
          expect(result).toMatch(/^This board export cannot be used:\n\S+: /)
        }
        outcome(planBoardExportImport, JSON.stringify(changed))
      }),
      { numRuns: 300 },
    )
  })

  test('nesting 100,000 levels deep is refused where it gets too deep, without running out of stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    expect(outcome(parseBoardExport, deep)).toMatch(/\[0\]: nests deeper than 64 levels/)
    expect(outcome(planBoardExportImport, deep)).toMatch(/\[0\]: nests deeper than 64 levels/)
    expect(outcome(planCanvasCreatorImport, deep)).toMatch(/\[0\]: nests deeper than 64 levels/)
    const metadata = `{"source":"x","license":"x","authors":${deep},"website":"x","date":"x"}`
    const creator = `{"templateId":"apiValuePropositionCanvas","locale":"en","metadata":${metadata},"sections":[]}`
    expect(outcome(planCanvasCreatorImport, creator)).toMatch(
      /^metadata\.authors(\[0\])+: nests deeper than 64 levels$/m,
    )
  })
})

describe('hostile stickies on the board: nothing lost, every export faithful', async () => {
  const figma = createFakeFigJam()
  await placeCanvasesAsync(figma, hostileAvps())
  const board = await readBoardAsync(figma, 'page')
  const result = checkBoard(board)
  const typed = [...HOSTILE_TEXTS, '=1+1 stray']

  test('reads every sticky back exactly as typed', () => {
    expect(sorted(allNotes(board).map((note) => note.text))).toEqual(sorted(typed))
    expect(board.problems).toEqual([])
  })

  test('JSON: the export reads back as the same document, and places the same notes again', async () => {
    const json = exportJson(board, result)
    expect(parseBoardExport(json)).toEqual({ schemaVersion: 1, board, ...result })
    const again = createFakeFigJam()
    await placeCanvasesAsync(again, planBoardExportImport(json))
    const reread = await readBoardAsync(again, 'page')
    expect(sorted(allNotes(reread).map((note) => note.text))).toEqual(sorted(typed))
  })

  test('Markdown: every sticky is literal text in its list item, nothing becomes HTML or structure', () => {
    const markdown = exportMarkdown(board, result, { mermaid: true })
    const root: Root = fromMarkdown(markdown)
    const kinds = new Set<string>()
    const visit = (node: { type: string; children?: unknown[] }): void => {
      kinds.add(node.type)
      for (const child of node.children ?? [])
        visit(child as { type: string; children?: unknown[] })
    }
    visit(root)
    expect([...kinds].sort()).toEqual(
      [
        'break',
        'code',
        'emphasis',
        'heading',
        'list',
        'listItem',
        'paragraph',
        'root',
        'text',
      ].sort(),
    )
    const delimiterRows = markdown
      .split('\n')
      .filter((line) => /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?$/.test(line))
    expect(delimiterRows).toHaveLength(1)
    const canvas = board.canvases[0]
    const headings = root.children.filter((node) => node.type === 'heading').length
    expect(headings).toBe(1 + 1 + (canvas?.areas.length ?? 0) + 1 + 1 + 1 + 1 + 1)
    const plain = toString(root).replace(/\s+/g, ' ')
    for (const text of typed) {
      const shown = text.replaceAll('\0', '\uFFFD').replace(/\s+/g, ' ').trim()
      expect(plain).toContain(shown)
    }
  })

  test('Mermaid: no sticky text leaves its label', () => {
    const markdown = exportMarkdown(board, result, { mermaid: true })
    const diagram = /```mermaid\n([\s\S]*?)```/.exec(markdown)?.[1] ?? ''
    expect(diagram).toContain('flowchart')
    expect(diagram).not.toMatch(/^\s*click\b|%%\{|style n1 fill|-->B\(\(/m)
  })

  test('CSV: one row per sticky, every text reads back, formulas neutralised', () => {
    const rows = readCsv(exportCsv(board))
    const text = CSV_COLUMNS.indexOf('text')
    expect(rows).toHaveLength(typed.length + 1)
    const cells = rows.slice(1).map((row) => row[text] ?? '')
    const expected = typed.map((typedText) =>
      FORMULA.test(typedText) ? `'${typedText}` : typedText,
    )
    expect(sorted(cells)).toEqual(sorted(expected))
  })
})

describe('a generated board sprinkled with hostile text loses nothing', () => {
  test('600 stickies on 6 canvases, every fifth hostile: all read, all exported', async () => {
    const { figma, stickies } = await generateBoardAsync({
      stickies: 600,
      canvases: 6,
      text: (index, generated) =>
        index % 5 === 0
          ? (HOSTILE_TEXTS[(index / 5) % HOSTILE_TEXTS.length] ?? generated)
          : generated,
    })
    const typed = stickies.map((sticky) => sticky.state.text.characters)
    const board = await readBoardAsync(figma, 'page')
    expect(z.safeParse(boardSchema, board).success).toBe(true)
    const notes = allNotes(board)
    expect(sorted(notes.map((note) => note.text))).toEqual(sorted(typed))
    const result = checkBoard(board)
    expect(parseBoardExport(exportJson(board, result)).board).toEqual(board)
    expect(readCsv(exportCsv(board))).toHaveLength(typed.length + 1)
    const items = exportMarkdown(board, result)
      .split('\n')
      .filter((line) => line.startsWith('- '))
    expect(items.length).toBeGreaterThanOrEqual(typed.length)
  })
})

describe('a tag on every sticky', () => {
  test('2,000 stickies all tagged #mvp: read as a label, one problem, no links, a small export', async () => {
    const { figma, stickies } = await generateBoardAsync({
      stickies: 2000,
      canvases: 20,
      text: (_index, generated) => `${generated} #MVP`,
    })
    const board = await readBoardAsync(figma, 'page')
    const notes = allNotes(board)
    expect(notes).toHaveLength(stickies.length)
    expect(notes.every((note) => note.tags.includes('mvp'))).toBe(true)
    expect(notes.some((note) => note.links.some((link) => link.tag === 'mvp'))).toBe(false)
    expect(board.problems.filter((problem) => problem.code === 'tag-not-linked')).toEqual([
      expect.objectContaining({ canvasId: board.canvases[0]?.id, areaId: null }),
    ])
    const result = checkBoard(board)
    expect(result.findings.find((finding) => finding.code === 'read-problem')?.message).toMatch(
      /^#mvp is on 2000 stickies, more than 20, so it links none of them/,
    )
    const json = exportJson(board, result)
    expect(json.length).toBeLessThan(2_000_000)
    const reread = parseBoardExport(json).board
    expect(reread).toEqual({ ...board, problems: reread.problems })
    expect(reread.problems).toMatchObject(board.problems)
  })
})

describe('unknown ids and duplicates', () => {
  test('a canvas whose template data is damaged is reported, the others still read', async () => {
    const figma = createFakeFigJam()
    const placement = hostileAvps()
    await placeCanvasesAsync(figma, {
      ...placement,
      canvases: [...placement.canvases, { definition: apiCanvas, notes: [] }],
    })
    const [avp, api] = sectionsWithRole(figma, 'canvas')
    if (api !== undefined) setMarker(api, PLUGIN_DATA_KEYS.template, '{"id": 42, "areas": "🙃"')
    const board = await readBoardAsync(figma, 'page')
    expect(board.canvases.map((canvas) => canvas.id)).toEqual([avp?.state.id])
    expect(board.problems.map((problem) => problem.code)).toEqual(['unknown-template'])
  })

  test('an area section with an unknown area id is reported; its stickies are kept as stray', async () => {
    const figma = createFakeFigJam()
    await placeCanvasesAsync(figma, hostileAvps())
    const [canvas] = sectionsWithRole(figma, 'canvas')
    if (canvas === undefined) throw new Error('canvas placed')
    const pains = areaSection(canvas, 'pains')
    const inPains = pains.state.children.filter((node) => node.nodeType === 'STICKY').length
    setMarker(pains, PLUGIN_DATA_KEYS.areaId, 'painz')
    const board = await readBoardAsync(figma, 'page')
    expect(board.problems.map((problem) => problem.code).sort()).toEqual([
      'area-section-missing',
      'unknown-area',
    ])
    expect(allNotes(board)).toHaveLength(HOSTILE_TEXTS.length + 1)
    expect(board.canvases[0]?.strayNotes.length).toBe(inPains + 1)
  })

  test('linking or showing stickies that are not there says so and changes nothing', async () => {
    const figma = createFakeFigJam()
    await placeCanvasesAsync(figma, hostileAvps())
    const before = boardSnapshot(figma)
    await expect(inEnglish(linkNotesAsync(figma, '9:9', '9:10'))).rejects.toThrow(/9:9/)
    await expect(inEnglish(focusNodesAsync(figma, ['9:9', '<script>']))).rejects.toThrow(
      /None of the 2 stickies or sections to show is on the board any more/,
    )
    expect(boardSnapshot(figma)).toBe(before)
  })
})

describe('the board changing under a read', () => {
  test('sections deleted and canvases moved mid-read: the read goes on, says so, keeps the rest', async () => {
    const figma = createFakeFigJam()
    await placeCanvasesAsync(figma, hostileAvps(2))
    const [first, second] = sectionsWithRole(figma, 'canvas')
    if (first === undefined || second === undefined) throw new Error('two canvases placed')
    const tasks = areaSection(first, 'tasks')
    const tasksNotes = tasks.state.children.filter((node) => node.nodeType === 'STICKY').length
    const read = first.getSharedPluginData.bind(first)
    vi.spyOn(first, 'getSharedPluginData').mockImplementation((namespace, key) => {
      if (key === PLUGIN_DATA_KEYS.template && !tasks.state.removed) {
        figma.person.delete(tasks)
        figma.person.moveTo(second, second.absoluteBox().x + 500, second.absoluteBox().y)
      }
      return read(namespace, key)
    })
    const board = await readBoardAsync(figma, 'page')
    expect(board.problems.map((problem) => problem.code).sort()).toEqual([
      'area-section-missing',
      'canvas-moved',
      'node-removed',
    ])
    const perCanvas = HOSTILE_TEXTS.length + 1
    expect(allNotes(board)).toHaveLength(2 * perCanvas - tasksNotes)
  })
})

describe('a placement that fails half-way leaves the board as it was', () => {
  const creations: Record<FaultableMethod, number> = {
    createSection: 7,
    createText: 14,
    createShapeWithText: 1,
    createSticky: HOSTILE_TEXTS.length + 1,
    createConnector: Math.ceil(HOSTILE_TEXTS.length / AVP_AREAS.length),
  }

  async function boardWithWorkshop(): Promise<FakeFigJam> {
    const figma = createFakeFigJam()
    await placeCanvasesAsync(figma, hostileAvps())
    figma.person.addSticky({ text: 'Loose thought', x: -2000, y: -2000, parent: figma.page })
    return figma
  }

  test.each(Object.entries(creations) as [FaultableMethod, number][])(
    'when any %s call fails (all %i of them tried)',
    async (method, count) => {
      for (let after = 0; after < count; after += 1) {
        const figma = await boardWithWorkshop()
        const before = boardSnapshot(figma)
        const notesBefore = allNotes(await readBoardAsync(figma, 'page')).length
        figma.failNext(method, after)
        await expect(inEnglish(placeCanvasesAsync(figma, hostileAvps(2)))).rejects.toThrow(
          /Could not place the 2 canvases \(.*Injected failure\)\. Nothing was left on the board; try again\./,
        )
        expect(boardSnapshot(figma)).toBe(before)
        expect(figma.undoCommits).toBe(1)
        expect(allNotes(await readBoardAsync(figma, 'page'))).toHaveLength(notesBefore)
      }
    },
  )
})

describe('any text on every sticky at once', () => {
  const slots = allNotes(sampleBoard).length
  const text = fc.string({
    unit: fc.oneof(
      fc.constantFrom(...HOSTILE_TEXTS.slice(1)),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
    ),
    minLength: 1,
    maxLength: 4,
  })

  test('round-trips through JSON, reads back from CSV and stays literal in Markdown', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: slots, maxLength: slots }),
        fc.array(fc.option(fc.string({ maxLength: 8 })), { minLength: slots, maxLength: slots }),
        (texts, authors) => {
          const board = structuredClone(sampleBoard)
          allNotes(board).forEach((note, index) => {
            note.text = texts[index] ?? 'x'
            note.author = authors[index] ?? null
          })
          const result = checkBoard(board)
          expect(parseBoardExport(exportJson(board, result))).toEqual({
            schemaVersion: 1,
            board,
            ...result,
          })
          const column = CSV_COLUMNS.indexOf('text')
          const cells = readCsv(exportCsv(board))
            .slice(1)
            .map((row) => row[column] ?? '')
          expect(cells).toEqual(
            allNotes(board).map(({ text: typed }) => (FORMULA.test(typed) ? `'${typed}` : typed)),
          )
          const plain = toString(fromMarkdown(exportMarkdown(board, result))).replace(/\s+/g, ' ')
          for (const typed of texts) {
            const shown = typed.replaceAll('\0', '\uFFFD').replace(/\s+/g, ' ').trim()
            if (shown !== '') expect(plain).toContain(shown)
          }
        },
      ),
      { numRuns: 40 },
    )
  })
})
