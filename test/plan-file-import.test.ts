import { describe, expect, test } from 'vitest'

import { exportJson } from '../src/export/board-export'
import { checkBoard } from '../src/fit/check-board'
import { translator } from '../src/locale/translator'
import { fileIssueText } from '../src/model/file-error'
import { plannedPlacementSchema } from '../src/model/planned-placement'
import { formatText } from '../src/ui/panel-text'
import { ImportFileError, planFileImport } from '../src/ui/plan-file-import'
import { englishText } from './board-error-text'
import { canvasCreatorFixtures } from './canvas-creator-helpers'
import { fileErrorOf, planBoardExportImport, planCanvasCreatorImport } from './file-readers'
import { sampleBoard } from './fixtures/sample-board'

const english = translator('en')

const fixture = (name: string): string => {
  const found = canvasCreatorFixtures().find((candidate) => candidate.name === name)
  if (found === undefined) throw new Error(`no fixture ${name}`)
  return found.text
}

const importError = (text: string): ImportFileError => fileErrorOf(planFileImport, text)

describe('planFileImport of a Canvas Creator file', () => {
  test('gives one method canvas with every note of the file, where the importer put it', () => {
    const text = fixture('payments_customerJourneyCanvas_de.json')
    const planned = planFileImport(text)
    const plan = planCanvasCreatorImport(text)
    expect(planned.kind).toBe('canvas-creator')
    const { canvases, connectors } = planned.placement
    expect(canvases).toHaveLength(1)
    expect(canvases[0]?.definition).toEqual(plan.definition)
    expect(canvases[0]?.definition.id).toBe('method:customerJourneyCanvas:de')
    expect(
      canvases[0]?.notes.map(({ areaId, text, color, position }) => ({
        areaId,
        text,
        color,
        position,
      })),
    ).toEqual(
      plan.areas.flatMap((area) =>
        area.notes.map((note) => ({
          areaId: area.areaId,
          text: note.text,
          color: note.color,
          position: note.position,
        })),
      ),
    )
    expect(planned.noteCount).toBe(13)
    expect(connectors).toEqual([])
    expect(planned.connectorCount).toBe(0)
    expect(planned.remarks).toEqual([])
    expect(plannedPlacementSchema.safeParse(planned.placement).success).toBe(true)
  })

  test('note refs are unique', () => {
    const refs = planFileImport(
      fixture('workshop_apiBusinessModelCanvas_fi.json'),
    ).placement.canvases.flatMap((canvas) => canvas.notes.map((note) => note.ref))
    expect(refs).toHaveLength(20)
    expect(new Set(refs).size).toBe(20)
  })

  test('says when the file’s language fell back to English, or to its base language', () => {
    const swedish = planFileImport(fixture('invoices_restCanvas_sv.json'))
    expect(swedish.placement.canvases[0]?.definition.id).toBe('method:restCanvas:en')
    expect(swedish.remarks.map((remark) => formatText(english, remark))).toEqual([
      'The file is in “sv”, a language the APIOps Cycles method has no texts in, so the canvas is in English.',
    ])
    const brazilian = planFileImport(fixture('payments_apiValuePropositionCanvas_pt-BR.json'))
    expect(brazilian.placement.canvases[0]?.definition.id).toBe(
      'method:apiValuePropositionCanvas:pt',
    )
    expect(brazilian.remarks.map((remark) => formatText(english, remark))).toEqual([
      "The file is in “pt-BR”; the canvas uses the method's “pt” texts.",
    ])
  })

  test('a file that breaks the schema is refused with the JSON path of each problem; a section the method lacks is kept', () => {
    const file = JSON.parse(fixture('workshop_apiBusinessModelCanvas_fi.json')) as {
      sections: { sectionId: string; stickyNotes: { color: string }[] }[]
    }
    const [first, second] = file.sections
    if (first?.stickyNotes[0] === undefined || second === undefined) throw new Error('fixture')
    first.stickyNotes[0].color = 'red'
    second.sectionId = 'keyPartnerz'
    const schemaError = importError(JSON.stringify(file))
    expect(schemaError.kind).toBe('canvas-creator')
    expect(schemaError.issues.map((issue) => fileIssueText(issue, english))).toEqual([
      'sections[0].stickyNotes[0].color: "red" is not a colour like "#FFF399"',
    ])
    expect(schemaError.issues.map((issue) => fileIssueText(issue, translator('fi')))).toEqual([
      'sections[0].stickyNotes[0].color: "red" ei ole väri muotoa "#FFF399"',
    ])
    first.stickyNotes[0].color = '#FFF399'
    const planned = planFileImport(JSON.stringify(file))
    expect(formatText(english, planned.remarks)).toContain('section “keyPartnerz” is not in today')
    expect(formatText(translator('fi'), planned.remarks)).toContain('osio ”keyPartnerz” ei kuulu')
    const stray = planned.placement.canvases[0]?.notes.filter((note) => note.areaId === null)
    expect(stray?.length).toBe(second.stickyNotes.length)
  })
})

describe('planFileImport of this plugin’s JSON export', () => {
  const text = exportJson(sampleBoard, checkBoard(sampleBoard))

  test('gives every canvas of the export with its notes and connectors', () => {
    const planned = planFileImport(text)
    expect(planned.kind).toBe('board-export')
    expect(planned.placement).toEqual(planBoardExportImport(text))
    expect(planned.noteCount).toBe(
      sampleBoard.canvases.reduce(
        (sum, canvas) =>
          sum + canvas.strayNotes.length + canvas.areas.reduce((n, a) => n + a.notes.length, 0),
        0,
      ),
    )
    expect(planned.connectorCount).toBe(planned.placement.connectors.length)
    expect(planned.connectorCount).toBeGreaterThan(0)
    expect(planned.remarks).toEqual([])
  })

  test('counts a connector between two canvases with the others and makes no remark about it', () => {
    const board = structuredClone(sampleBoard)
    const [avp, api] = board.canvases.map((canvas) => canvas.areas.flatMap((area) => area.notes))
    const [from, to] = [avp?.[0], api?.[0]]
    if (from === undefined || to === undefined) throw new Error('both canvases have notes')
    from.links.push({ noteId: to.id, via: 'connector' })
    to.links.push({ noteId: from.id, via: 'connector' })
    const before = planFileImport(text)
    const linked = planFileImport(exportJson(board, checkBoard(board)))
    expect(linked.connectorCount).toBe(before.connectorCount + 1)
    expect(linked.placement.connectors).toHaveLength(linked.connectorCount)
    expect(linked.remarks).toEqual([])
    expect(plannedPlacementSchema.safeParse(linked.placement).success).toBe(true)
  })

  test('a board export with no canvas is refused', () => {
    const empty = exportJson(
      { ...sampleBoard, canvases: [], problems: [] },
      { findings: [], fit: [] },
    )
    expect(importError(empty).issues).toEqual([
      { path: 'board.canvases', key: 'common.issueNoCanvas' },
    ])
  })

  test('an unknown template is refused with its path', () => {
    const error = importError(text.replace('"templateId": "api-canvas"', '"templateId": "nope"'))
    expect(error.kind).toBe('board-export')
    expect(error.issues.map((issue) => issue.path)).toEqual(['board.canvases[1].templateId'])
  })
})

describe('planFileImport of other files', () => {
  test.each([
    ['text that is not JSON', 'templateId: restCanvas', /^\(file\): is not JSON: /],
    ['JSON that is not an object', '[1, 2]', /^\(file\): is neither a Canvas Creator file nor/],
  ])('refuses %s', (_what, text, message) => {
    const error = importError(text)
    expect(error.kind).toBeNull()
    expect(englishText(error).split('\n').slice(1)).toEqual([expect.stringMatching(message)])
  })
})
