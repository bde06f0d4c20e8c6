import { describe, expect, test } from 'vitest'

import { placeCanvasesAsync } from '../src/board/place-canvases-async'
import { readBoardAsync } from '../src/board/read-board-async'
import { apiCanvas } from '../src/canvas/api-canvas'
import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import { exportJson } from '../src/export/board-export'
import { checkBoard } from '../src/fit/check-board'
import { translator } from '../src/locale/translator'
import { buildMethodCanvasDefinition } from '../src/method/method-canvases'
import type { Board, Canvas, Note } from '../src/model/board'
import { fileIssueText } from '../src/model/file-error'
import type { CheckResult } from '../src/model/findings'
import { type PlannedPlacement, plannedPlacementSchema } from '../src/model/planned-placement'
import { throwingInEnglish } from './board-error-text'
import { createFakeFigJam, type FakeFigJam } from './fake-figjam/fake-figjam'
import { fileErrorOf, planBoardExportImport } from './file-readers'
import { sampleBoard } from './fixtures/sample-board'
import { boardOf, placedMethodCanvas } from './method-board-helpers'
import { readNote } from './note-factory'

const exported = (board: Board): string => exportJson(board, checkBoard(board))

const importIssues = (text: string): string[] =>
  fileErrorOf(planBoardExportImport, text).issues.map((issue) =>
    fileIssueText(issue, translator('en')),
  )

const notesOf = (canvas: Canvas): Note[] => [
  ...canvas.areas.flatMap((area) => area.notes),
  ...canvas.strayNotes,
]

/** Connector pairs of a board as sorted note-id pairs, each once. */
function connectorPairs(board: Board): string[] {
  const pairs = new Set<string>()
  for (const note of board.canvases.flatMap(notesOf)) {
    for (const link of note.links) {
      if (link.via === 'connector') pairs.add([note.id, link.noteId].sort().join(' – '))
    }
  }
  return [...pairs].sort()
}

/** The connector pairs of a plan, as the original note ids (refs are given in export order). */
function plannedPairs(board: Board, plan: PlannedPlacement): string[] {
  const ids = board.canvases.flatMap(notesOf).map((note) => note.id)
  const refs = plan.canvases.flatMap((canvas) => canvas.notes.map((note) => note.ref))
  const idOf = new Map(refs.map((ref, index) => [ref, ids[index] ?? '?']))
  return plan.connectors
    .map((pair) =>
      pair
        .map((ref) => idOf.get(ref) ?? '?')
        .sort()
        .join(' – '),
    )
    .sort()
}

describe('planBoardExportImport', () => {
  test('places the exported canvases again, titled as on the board, with their notes', () => {
    const plan = planBoardExportImport(exported(sampleBoard))
    expect(plan.canvases.map((canvas) => [canvas.definition.id, canvas.definition.title])).toEqual([
      [apiValuePropositionCanvas.id, 'Acme Pay – API Value Proposition'],
      [apiCanvas.id, 'Acme Pay – API Canvas'],
    ])
    expect(plan.canvases[0]?.definition.areas).toEqual(apiValuePropositionCanvas.areas)
    for (const [index, canvas] of sampleBoard.canvases.entries()) {
      const placed = (areaId: string | null, note: Note) => ({
        areaId,
        text: note.text,
        color: note.color,
        position: note.position,
      })
      const expected = [
        ...canvas.areas.flatMap((area) => area.notes.map((note) => placed(area.id, note))),
        ...canvas.strayNotes.map((note) => placed(null, note)),
      ]
      expect(
        plan.canvases[index]?.notes.map(({ areaId, text, color, position }) => ({
          areaId,
          text,
          color,
          position,
        })),
      ).toEqual(expected)
    }
    expect(plannedPlacementSchema.safeParse(plan).success).toBe(true)
  })

  test('draws one connector per pair of notes linked by a connector, none for shared tags', () => {
    const plan = planBoardExportImport(exported(sampleBoard))
    const pairs = plannedPairs(sampleBoard, plan)
    expect(pairs).toEqual(connectorPairs(sampleBoard))
    expect(pairs.length).toBeGreaterThan(0)
    expect(pairs.some((pair) => pair.includes('5:20') && pair.includes('5:40'))).toBe(false)
  })

  test('refs are unique across the placement', () => {
    const refs = planBoardExportImport(exported(sampleBoard)).canvases.flatMap((canvas) =>
      canvas.notes.map((note) => note.ref),
    )
    expect(new Set(refs).size).toBe(refs.length)
  })

  test('method canvases come back in their locale; a connector between two canvases is drawn once', () => {
    const note = (id: string, text: string, linkedTo: string): Note =>
      readNote(id, text, {
        color: '#FFAFAF',
        position: { x: 40, y: 120 },
        links: [{ noteId: linkedTo, via: 'connector' }],
      })
    const board = boardOf(
      placedMethodCanvas('1:1', 'customerJourneyCanvas', 'fi', {
        pains: [note('j:pain', 'Laskut myöhästyvät', 'v:feature')],
      }),
      placedMethodCanvas('2:1', 'apiValuePropositionCanvas', 'pt', {
        painRelievingFeatures: [note('v:feature', 'Webhooks de pagamento', 'j:pain')],
      }),
    )
    const plan = planBoardExportImport(exported(board))
    expect(plan.canvases.map((canvas) => canvas.definition.id)).toEqual([
      'method:customerJourneyCanvas:fi',
      'method:apiValuePropositionCanvas:pt',
    ])
    expect(plan.connectors).toEqual([['n1', 'n2']])
    expect(plan.canvases[0]?.notes.map((planned) => planned.ref)).toEqual(['n1'])
    expect(plan.canvases[1]?.notes).toEqual([
      {
        ref: 'n2',
        areaId: 'painRelievingFeatures',
        text: 'Webhooks de pagamento',
        color: '#FFAFAF',
        position: { x: 40, y: 120 },
      },
    ])
  })

  test('a link to a note that is not in the file refuses the file, naming the link', () => {
    const apiCanvasOnly: Board = { ...sampleBoard, canvases: sampleBoard.canvases.slice(1) }
    const board = structuredClone(apiCanvasOnly)
    const first = board.canvases[0]?.areas.find((area) => area.notes.length > 0)?.notes[0]
    if (first === undefined) throw new Error('the API Canvas has notes')
    first.links.push({ noteId: '5:22', via: 'connector' })
    expect(() => throwingInEnglish(() => planBoardExportImport(exported(board)))).toThrow(
      /board\.canvases\[0\]\.areas\[\d+\]\.notes\[0\]\.links\[\d+\]\.noteId: "5:22" is not a note on this board/,
    )
  })
})

describe('a board export placed again on the in-memory FigJam', () => {
  /** Canvases as a facilitator sees them: titles, and each note's area, look and linked notes. */
  function seen(board: Board) {
    const textOf = new Map(board.canvases.flatMap(notesOf).map((note) => [note.id, note.text]))
    const noteSeen = (note: Note) => ({
      text: note.text,
      color: note.color,
      position: note.position,
      tags: note.tags,
      links: note.links.map((link) => ({ ...link, noteId: textOf.get(link.noteId) })),
    })
    return board.canvases.map((canvas) => ({
      templateId: canvas.templateId,
      title: canvas.title,
      areas: canvas.areas.map((area) => ({ id: area.id, notes: area.notes.map(noteSeen) })),
      strayNotes: canvas.strayNotes.map(noteSeen),
    }))
  }

  /** A fit check with canvases named by their place on the board and notes by their text. */
  function seenResult(board: Board, result: CheckResult) {
    const canvasAt = new Map(board.canvases.map((canvas, index) => [canvas.id, index]))
    const textOf = new Map(board.canvases.flatMap(notesOf).map((note) => [note.id, note.text]))
    return {
      findings: result.findings.map((finding) => ({
        ...finding,
        canvasId: canvasAt.get(finding.canvasId),
        noteIds: finding.noteIds.map((id) => textOf.get(id)),
      })),
      fit: result.fit.map((fit) => ({ ...fit, canvasId: canvasAt.get(fit.canvasId) })),
    }
  }

  function stickyWithText(figma: FakeFigJam, text: string) {
    const sticky = figma
      .allNodes()
      .find((node) => node.nodeType === 'STICKY' && node.state.text.characters === text)
    if (sticky === undefined) throw new Error(`no sticky “${text}”`)
    return sticky
  }

  const note = (ref: string, areaId: string, text: string) => ({
    ref,
    areaId,
    text,
    color: '#FFAFAF',
    position: null,
  })

  test('a journey pain linked to a pain reliever on the AVP comes back linked, with the same fit', async () => {
    const workshop = createFakeFigJam()
    await placeCanvasesAsync(workshop, {
      canvases: [
        {
          definition: buildMethodCanvasDefinition('customerJourneyCanvas', 'fi'),
          notes: [
            note('step', 'journeySteps', 'Asiakas lähettää laskun'),
            note('late', 'pains', 'Laskut myöhästyvät'),
            note('status', 'pains', 'Ei tietoa maksun tilasta #status'),
            note('onTime', 'gains', 'Maksut ajallaan'),
          ],
        },
        {
          definition: buildMethodCanvasDefinition('apiValuePropositionCanvas', 'en'),
          notes: [
            note('webhooks', 'painRelievingFeatures', 'Payment webhooks'),
            note('statusApi', 'painRelievingFeatures', 'Payment status API #status'),
            note('reminders', 'gainEnablingFeatures', 'Automatic reminders'),
          ],
        },
      ],
      connectors: [['step', 'late']],
    })
    workshop.person.connect(
      stickyWithText(workshop, 'Laskut myöhästyvät'),
      stickyWithText(workshop, 'Payment webhooks'),
    )
    const board = await readBoardAsync(workshop, 'page')
    const result = checkBoard(board)
    const [journey, avp] = board.canvases
    const late = journey?.areas.find((area) => area.id === 'pains')?.notes[0]
    const webhooks = avp?.areas.find((area) => area.id === 'painRelievingFeatures')?.notes[0]
    expect(late?.links).toContainEqual({ noteId: webhooks?.id, via: 'connector' })

    const plan = planBoardExportImport(exportJson(board, result))
    expect(plan.connectors).toHaveLength(2)
    const again = createFakeFigJam()
    await placeCanvasesAsync(again, plan)
    expect(again.allNodes().filter((node) => node.nodeType === 'CONNECTOR')).toHaveLength(2)

    const reread = await readBoardAsync(again, 'page')
    expect(reread.problems).toEqual([])
    expect(seen(reread)).toEqual(seen(board))
    const recheck = checkBoard(reread)
    expect(seenResult(reread, recheck)).toEqual(seenResult(board, result))
    expect(recheck.fit).toEqual([
      {
        canvasId: reread.canvases[0]?.id,
        painsAnswered: 2,
        painsTotal: 2,
        gainsAnswered: 0,
        gainsTotal: 1,
      },
    ])
  })
})

describe('planBoardExportImport refuses a file it cannot place, naming the JSON path', () => {
  test('text that is not JSON', () => {
    expect(importIssues('{"schemaVersion": 1,')).toEqual([
      expect.stringMatching(/^\(file\): is not JSON: /),
    ])
  })

  test('a field that breaks the export schema', () => {
    const text = exported(sampleBoard).replace('"color": "#A8DAFF"', '"color": "blue"')
    expect(importIssues(text)).toEqual([
      expect.stringMatching(/^board\.canvases\[0\]\.areas\[0\]\.notes\[0\]\.color: /),
    ])
  })

  test('a template neither the plugin nor the method has, and an unknown area', () => {
    const text = exported(sampleBoard)
      .replace('"templateId": "api-canvas"', '"templateId": "api-kanvas"')
      .replace('"id": "gainCreators"', '"id": "gainMakers"')
    expect(importIssues(text)).toEqual([
      expect.stringMatching(
        /^board\.canvases\[0\]\.areas\[3\]\.id: "gainMakers" is not an area of the API Value Proposition Canvas \(tasks, /,
      ),
      'board.canvases[1].templateId: "api-kanvas" is neither a template of this plugin nor a canvas of the APIOps Cycles method',
    ])
  })

  test('a method canvas in a locale the method does not have', () => {
    const text = exported(sampleBoard).replace(
      '"templateId": "api-canvas"',
      '"templateId": "method:apiBusinessModelCanvas:sv"',
    )
    expect(importIssues(text)).toEqual([
      'board.canvases[1].templateId: "method:apiBusinessModelCanvas:sv" is neither a template of this plugin nor a canvas of the APIOps Cycles method',
    ])
  })

  test('a note id used twice', () => {
    const text = exported(sampleBoard).replace('"id": "5:2"', '"id": "5:1"')
    expect(importIssues(text)).toEqual([
      'board.canvases[0].areas[0].notes[1].id: "5:1" is the id of board.canvases[0].areas[0].notes[0] too',
    ])
  })

  test('a Canvas Creator file is not a board export', () => {
    const issues = importIssues(JSON.stringify({ templateId: 'restCanvas', sections: [] }))
    expect(issues).toContain('schemaVersion: is missing')
    expect(issues).toContain('board: is missing')
  })
})
