import { STICKY_SIZE } from '../canvas/area-note-range'
import type { Point } from '../canvas/note-range'
import { parseMethodTemplateId } from '../method/method-template-id'
import {
  type Area,
  type Board,
  BOARD_SCHEMA_VERSION,
  type CanvasCreatorOrigin,
  type Note,
  type ReadProblem,
} from '../model/board'
import { buildNoteLinks, labelTagProblem } from '../model/note-links'
import { parseNoteTags } from '../model/note-tags'
import type { PlannedNote } from '../model/planned-placement'
import { sortInReadingOrder } from '../model/reading-order'
import type { CanvasCreatorPlacementPlan } from './canvas-creator-import'

/**
 * The board a Canvas Creator file gives once placed and read back, without FigJam: one canvas
 * made from `plan.definition`, so it can be checked and exported like a board read in FigJam.
 *
 * Ids are made from the file, the same each time: the canvas is `cc:<canvasId>` (the method
 * canvas, e.g. `cc:customerJourneyCanvas`), an area's section `cc:<canvasId>:<areaId>`, a note
 * `cc:<areaId>:<n>` with `n` its place among the area's notes in the file, from 1. As the board
 * reader does, areas come in fill order, each area's notes in reading order of their planned
 * positions (px relative to the canvas, 240 px stickies), `#tags` are read from the text and
 * notes sharing a tag are linked (a file has no connectors; a tag on more than `TAG_LINK_LIMIT`
 * notes links none and is a `tag-not-linked` read problem), and notes whose text is only white
 * space are counted as empty stickies, not read. Notes have no author: the format has none.
 * Notes of a section the method no longer has (`plan.retiredSections`) are stray notes
 * `cc:retired:<sectionId>:<n>`, beside the areas, each such section a `retired-section` read
 * problem. The canvas keeps the file's locale, metadata and its sections' order, note sizes and
 * positions as `canvasCreator`, so `exportCanvasCreator` writes the file back unchanged.
 */
export function boardFromCanvasCreatorPlan(plan: CanvasCreatorPlacementPlan): Board {
  const canvasId = `cc:${parseMethodTemplateId(plan.definition.id)?.canvasId ?? plan.definition.id}`
  let emptyStickyCount = 0
  const toNotes = (
    planned: readonly (PlannedNote & { position: Point })[],
    idOf: (index: number) => string,
  ): Note[] =>
    planned.flatMap((note, index): Note[] => {
      if (note.text.trim() === '') {
        emptyStickyCount += 1
        return []
      }
      const { text, color, position } = note
      const tags = parseNoteTags(text)
      return [{ id: idOf(index), text, author: null, color, position, tags, links: [] }]
    })
  const inReadingOrder = (notes: Note[]): Note[] =>
    sortInReadingOrder(notes, (note) => ({ ...note.position, height: STICKY_SIZE }))
  const notesByArea = new Map<string, Note[]>()
  for (const area of plan.areas) {
    const notes = toNotes(area.notes, (index) => noteId(area.areaId, index))
    notesByArea.set(area.areaId, inReadingOrder(notes))
  }
  const retiredCounts = new Map<string, number>()
  const retiredNotes = inReadingOrder(
    plan.retiredSections.flatMap((section) => {
      const before = retiredCounts.get(section.sectionId) ?? 0
      retiredCounts.set(section.sectionId, before + section.notes.length)
      return toNotes(section.notes, (index) => retiredNoteId(section.sectionId, before + index))
    }),
  )

  const allNotes = [...[...notesByArea.values()].flat(), ...retiredNotes]
  const { byNote: links, labelTags } = buildNoteLinks(allNotes, [])
  const withLinks = (note: Note): Note => ({ ...note, links: links.get(note.id) ?? [] })
  const problems = [
    ...plan.retiredSections.map((section): ReadProblem => ({
      code: 'retired-section',
      values: {
        section: section.sectionId,
        canvas: plan.definition.title,
        count: section.notes.length,
      },
      canvasId,
      areaId: null,
    })),
    ...labelTags.map((label) => labelTagProblem(label, canvasId)),
  ]
  const areas = [...plan.definition.areas]
    .sort((a, b) => a.fillOrder - b.fillOrder)
    .map((area): Area => ({
      id: area.id,
      sectionId: `${canvasId}:${area.id}`,
      title: area.title,
      label: area.label,
      fillOrder: area.fillOrder,
      role: area.role,
      notes: (notesByArea.get(area.id) ?? []).map(withLinks),
    }))
  return {
    schemaVersion: BOARD_SCHEMA_VERSION,
    canvases: [
      {
        id: canvasId,
        templateId: plan.definition.id,
        title: plan.definition.title,
        areas,
        strayNotes: retiredNotes.map(withLinks),
        emptyStickyCount,
        canvasCreator: canvasCreatorOrigin(plan),
      },
    ],
    problems,
  }
}

const noteId = (areaId: string, index: number): string => `cc:${areaId}:${String(index + 1)}`

const retiredNoteId = (sectionId: string, index: number): string =>
  `cc:retired:${sectionId}:${String(index + 1)}`

/** The file's sections and notes in its own order, each note by the id it got on the board. */
function canvasCreatorOrigin(plan: CanvasCreatorPlacementPlan): CanvasCreatorOrigin {
  const areaOf = new Map(
    plan.definition.areas.map((area) => [area.methodSectionId ?? area.id, area.id]),
  )
  const counts = new Map<string, number>()
  const { file } = plan
  return {
    locale: file.locale,
    metadata: file.metadata,
    sections: file.sections.map((section) => ({
      sectionId: section.sectionId,
      notes: section.stickyNotes.map((note) => {
        const index = counts.get(section.sectionId) ?? 0
        counts.set(section.sectionId, index + 1)
        const areaId = areaOf.get(section.sectionId)
        const blank = note.content.trim() === ''
        return {
          noteId: blank
            ? null
            : areaId === undefined
              ? retiredNoteId(section.sectionId, index)
              : noteId(areaId, index),
          size: note.size,
          ...(note.position === undefined ? {} : { position: note.position }),
          color: note.color,
          ...(blank ? { content: note.content } : {}),
        }
      }),
    })),
  }
}
