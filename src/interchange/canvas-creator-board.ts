import { STICKY_SIZE } from '../canvas/area-note-range'
import { parseMethodTemplateId } from '../method/method-template-id'
import { type Area, type Board, BOARD_SCHEMA_VERSION, type Note } from '../model/board'
import { buildNoteLinks, labelTagProblem } from '../model/note-links'
import { parseNoteTags } from '../model/note-tags'
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
 */
export function boardFromCanvasCreatorPlan(plan: CanvasCreatorPlacementPlan): Board {
  const canvasId = `cc:${parseMethodTemplateId(plan.definition.id)?.canvasId ?? plan.definition.id}`
  let emptyStickyCount = 0
  const notesByArea = new Map<string, Note[]>()
  for (const area of plan.areas) {
    const notes = area.notes.flatMap((planned, index): Note[] => {
      if (planned.text.trim() === '') {
        emptyStickyCount += 1
        return []
      }
      return [
        {
          id: `cc:${area.areaId}:${String(index + 1)}`,
          text: planned.text,
          author: null,
          color: planned.color,
          position: planned.position,
          tags: parseNoteTags(planned.text),
          links: [],
        },
      ]
    })
    notesByArea.set(
      area.areaId,
      sortInReadingOrder(notes, (note) => ({ ...note.position, height: STICKY_SIZE })),
    )
  }

  const allNotes = [...notesByArea.values()].flat()
  const { byNote: links, labelTags } = buildNoteLinks(allNotes, [])
  const problems = labelTags.map((label) => labelTagProblem(label, canvasId))
  const areas = [...plan.definition.areas]
    .sort((a, b) => a.fillOrder - b.fillOrder)
    .map((area): Area => ({
      id: area.id,
      sectionId: `${canvasId}:${area.id}`,
      title: area.title,
      label: area.label,
      fillOrder: area.fillOrder,
      role: area.role,
      notes: (notesByArea.get(area.id) ?? []).map((note) => ({
        ...note,
        links: links.get(note.id) ?? [],
      })),
    }))
  return {
    schemaVersion: BOARD_SCHEMA_VERSION,
    canvases: [
      {
        id: canvasId,
        templateId: plan.definition.id,
        title: plan.definition.title,
        areas,
        strayNotes: [],
        emptyStickyCount,
      },
    ],
    problems,
  }
}
