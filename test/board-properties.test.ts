import fc from 'fast-check'
import { describe, expect, test } from 'vitest'

import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import { exportJson } from '../src/export/board-export'
import { CSV_COLUMNS, exportCsv } from '../src/export/export-csv'
import { checkBoard } from '../src/fit/check-board'
import { boardFromCanvasCreatorPlan } from '../src/interchange/canvas-creator-board'
import { exportCanvasCreator } from '../src/interchange/canvas-creator-export'
import type { Board, Canvas, Note, NoteLink } from '../src/model/board'
import { checkBoardIntegrity } from '../src/model/board-integrity'
import { parseNoteTags } from '../src/model/note-tags'
import { parseBoardExport, planCanvasCreatorImport } from './file-readers'
import { readNote } from './note-factory'
import { readCsv } from './read-csv'

const areaIds = apiValuePropositionCanvas.areas.map((area) => area.id)

/** Arbitrary ids (few, so they repeat), texts with tags, links between any of them. */
const noteSeed = fc.record({
  id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.string({ minLength: 1 })),
  text: fc
    .tuple(
      fc.string({ unit: 'grapheme', minLength: 1 }),
      fc.array(fc.constantFrom('#eta', '#SSO', '#x', ' '), { maxLength: 4 }),
    )
    .map(([text, tags]) => `${text} ${tags.join(' ')}`),
  areaId: fc.option(fc.constantFrom(...areaIds), { nil: null }),
  links: fc.array(
    fc.record({
      noteId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'zzz'),
      via: fc.constantFrom<NoteLink['via']>('connector', 'tag'),
    }),
    { maxLength: 3 },
  ),
})

type NoteSeed = typeof noteSeed extends fc.Arbitrary<infer T> ? T : never

function boardOf(notes: readonly NoteSeed[]): Board {
  const toNote = (seed: NoteSeed): Note =>
    readNote(seed.id, seed.text, {
      position: { x: 24, y: 220 },
      tags: parseNoteTags(seed.text),
      links: seed.links.map((link) => (link.via === 'tag' ? { ...link, tag: 'eta' } : link)),
    })
  const canvas: Canvas = {
    id: 'canvas',
    templateId: apiValuePropositionCanvas.id,
    title: 'AVP',
    emptyStickyCount: 0,
    strayNotes: notes.filter((seed) => seed.areaId === null).map(toNote),
    areas: apiValuePropositionCanvas.areas.map((area) => ({
      id: area.id,
      sectionId: `s-${area.id}`,
      title: area.title,
      label: area.label,
      fillOrder: area.fillOrder,
      role: area.role,
      notes: notes.filter((seed) => seed.areaId === area.id).map(toNote),
    })),
  }
  return { schemaVersion: 1, canvases: [canvas], problems: [] }
}

describe('any board: the check never contradicts itself, exports read back', () => {
  test('arbitrary ids, links, tags and texts', () => {
    fc.assert(
      fc.property(fc.array(noteSeed, { maxLength: 12 }), (seeds) => {
        const { board, issues } = checkBoardIntegrity(boardOf(seeds))
        if (issues.length > 0) {
          for (const issue of issues) expect(issue.path).toMatch(/^canvases\[0\]\./)
          return
        }
        const notes = board.canvases.flatMap((canvas) => [
          ...canvas.areas.flatMap((area) => area.notes.map((note) => ({ note, role: area.role }))),
          ...canvas.strayNotes.map((note) => ({ note, role: 'context' })),
        ])
        const roleOf = new Map(notes.map(({ note, role }) => [note.id, role]))
        for (const { note } of notes) {
          for (const link of note.links) {
            expect(link.noteId).not.toBe(note.id)
            expect(
              notes
                .find((other) => other.note.id === link.noteId)
                ?.note.links.some((back) => back.noteId === note.id),
            ).toBe(true)
          }
        }
        const result = checkBoard(board)
        const answered = notes.filter(
          ({ note, role }) =>
            role === 'pain' &&
            note.links.some((link) => roleOf.get(link.noteId) === 'pain-reliever'),
        )
        expect(result.fit[0]?.painsAnswered).toBe(answered.length)
        const unanswered = result.findings.filter((finding) => finding.code === 'unanswered-pain')
        for (const finding of unanswered) {
          expect(answered.map(({ note }) => note.id)).not.toContain(finding.noteIds[0])
        }
        for (const finding of result.findings.filter((f) => f.code === 'unused-pain-reliever')) {
          const reliever = notes.find(({ note }) => note.id === finding.noteIds[0])
          expect(reliever?.note.links.some((link) => roleOf.get(link.noteId) === 'pain')).toBe(
            false,
          )
        }
        expect(parseBoardExport(exportJson(board, result)).board).toEqual(board)
        const rows = readCsv(exportCsv(board))
        expect(rows).toHaveLength(notes.length + 1)
        for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length)
      }),
      { numRuns: 300 },
    )
  })

  test('any Canvas Creator file of the method canvas comes back unchanged', () => {
    const sectionIds = [
      'risksAndCriticality',
      'mitigationsAndDecisionImpact',
      'dataRisks',
      'expectedBenefits',
    ]
    const note = fc.record({
      content: fc.string({ unit: 'grapheme' }),
      size: fc.integer({ min: 1, max: 400 }),
      color: fc.constantFrom('#ffafaf', '#C0EB6A', '#FFF399'),
      position: fc.option(
        fc.record({
          x: fc.integer({ min: -50, max: 1100 }),
          y: fc.integer({ min: -50, max: 800 }),
        }),
        { nil: undefined },
      ),
    })
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            sectionId: fc.constantFrom(...sectionIds),
            stickyNotes: fc.array(note, { maxLength: 4 }),
          }),
          { maxLength: 5 },
        ),
        fc.constantFrom('en', 'fi', 'en-US', 'xx'),
        (sections, locale) => {
          const file = {
            templateId: 'businessImpactCanvas',
            locale,
            metadata: {
              source: 'S',
              license: 'CC BY-SA 4.0',
              authors: ['A'],
              website: 'w',
              date: '2025-01-01',
            },
            sections: sections.map((section) => ({
              ...section,
              stickyNotes: section.stickyNotes.map(({ position, ...rest }) =>
                position === undefined ? rest : { ...rest, position },
              ),
            })),
          }
          const text = JSON.stringify(file)
          const board = boardFromCanvasCreatorPlan(planCanvasCreatorImport(text))
          expect(checkBoardIntegrity(board).issues).toEqual([])
          const [exported] = exportCanvasCreator(board, board.canvases[0]?.id ?? '', {})
          expect(JSON.parse(exported?.json ?? '')).toEqual(file)
          const again = parseBoardExport(exportJson(board, checkBoard(board))).board
          const [viaJson] = exportCanvasCreator(again, again.canvases[0]?.id ?? '', {})
          expect(viaJson?.json).toBe(exported?.json)
        },
      ),
      { numRuns: 150 },
    )
  })
})
