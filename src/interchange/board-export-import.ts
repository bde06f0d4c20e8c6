import en from 'zod/v4/locales/en.js'

import { findCanvasDefinition } from '../canvas/canvas-catalog'
import type { CanvasDefinition } from '../canvas/canvas-definition'
import { type BoardExport, boardExportSchema } from '../export/board-export'
import { findMethodCanvasDefinition } from '../method/method-canvases'
import type { Canvas, Note } from '../model/board'
import type {
  PlannedCanvas,
  PlannedConnector,
  PlannedNote,
  PlannedPlacement,
} from '../model/planned-placement'

/** One thing wrong with an imported file: its JSON path (`board.canvases[0].templateId`) and what. */
export interface ImportIssue {
  path: string
  message: string
}

/** A board export that cannot be placed; `issues` lists every problem found, by JSON path. */
export class BoardExportFileError extends Error {
  readonly issues: readonly ImportIssue[]

  constructor(issues: readonly ImportIssue[]) {
    super(
      `This board export cannot be placed:\n${issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n')}`,
    )
    this.name = 'BoardExportFileError'
    this.issues = issues
  }
}

const englishErrors = en().localeError

/** `board.canvases[0].areas[2].id` for the path segments `board`, `canvases`, 0, `areas`, 2, `id`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  const path = segments
    .map((segment, index) =>
      typeof segment === 'number'
        ? `[${String(segment)}]`
        : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('')
  return path === '' ? '(file)' : path
}

function readBoardExport(text: string): BoardExport {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new BoardExportFileError([{ path: '(file)', message: `is not JSON: ${reason}` }])
  }
  const result = boardExportSchema.safeParse(value, { error: englishErrors })
  if (!result.success) {
    throw new BoardExportFileError(
      result.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
    )
  }
  return result.data
}

/** The template of a canvas in an export: the plugin's own, else a method canvas in its locale. */
function findTemplate(templateId: string): CanvasDefinition | undefined {
  return findCanvasDefinition(templateId) ?? findMethodCanvasDefinition(templateId)
}

/**
 * Plans placing the canvases of this plugin's own JSON export (`exportJson`, src/export/) again,
 * as one `PLACE_CANVASES` payload: one `PlannedCanvas` per exported canvas, in the export's order,
 * each with its template (found by `templateId` among the workshop templates and the method
 * canvases) titled as the canvas was on the board and its notes (text, area, colour, position in
 * px relative to the canvas; notes outside any area keep `areaId` null); and a connector for each
 * pair of notes the export links `via: 'connector'` (each pair once, in export order), whether the
 * two notes are on one canvas or two. Links to notes not in the export are left out; tag links
 * come back by themselves from the notes' `#tags`. Note refs are `n1`, `n2`, … in export order,
 * unique across the placement. Authors, findings and empty stickies are not placed.
 * @throws BoardExportFileError listing every problem with its JSON path: not JSON, not a board
 *   export (`board.canvases[0].areas[1].notes[0].color: …`), a template neither the plugin nor
 *   the method has, an area its template does not have, a note id used twice.
 */
export function planBoardExportImport(text: string): PlannedPlacement {
  const document = readBoardExport(text)
  const issues: ImportIssue[] = []
  const refs = new Map<string, string>()
  const notePath = new Map<string, string>()
  const refFor = (note: Note, path: string): string => {
    const known = notePath.get(note.id)
    if (known !== undefined) {
      issues.push({ path: `${path}.id`, message: `"${note.id}" is the id of ${known} too` })
    }
    notePath.set(note.id, path)
    const ref = `n${String(refs.size + 1)}`
    refs.set(note.id, ref)
    return ref
  }

  const canvases: PlannedCanvas[] = []
  document.board.canvases.forEach((canvas, canvasIndex) => {
    const at = `board.canvases[${String(canvasIndex)}]`
    const template = findTemplate(canvas.templateId)
    if (template === undefined) {
      issues.push({
        path: `${at}.templateId`,
        message: `"${canvas.templateId}" is neither a template of this plugin nor a canvas of the APIOps Cycles method`,
      })
    }
    const notes: PlannedNote[] = []
    canvas.areas.forEach((area, areaIndex) => {
      const areaAt = `${at}.areas[${String(areaIndex)}]`
      if (template !== undefined && !template.areas.some((known) => known.id === area.id)) {
        issues.push({
          path: `${areaAt}.id`,
          message: `"${area.id}" is not an area of the ${template.title} (${template.areas.map((known) => known.id).join(', ')})`,
        })
      }
      area.notes.forEach((note, noteIndex) => {
        const ref = refFor(note, `${areaAt}.notes[${String(noteIndex)}]`)
        notes.push({
          ref,
          areaId: area.id,
          text: note.text,
          color: note.color,
          position: note.position,
        })
      })
    })
    canvas.strayNotes.forEach((note, noteIndex) => {
      const ref = refFor(note, `${at}.strayNotes[${String(noteIndex)}]`)
      notes.push({ ref, areaId: null, text: note.text, color: note.color, position: note.position })
    })
    if (template !== undefined) {
      const title = canvas.title.trim() === '' ? template.title : canvas.title
      canvases.push({ definition: { ...template, title }, notes })
    }
  })
  if (issues.length > 0) throw new BoardExportFileError(issues)
  return { canvases, connectors: connectorsOf(document.board.canvases, refs) }
}

/** One connector per pair of notes linked `via: 'connector'`, as refs; both notes placed. */
function connectorsOf(
  canvases: readonly Canvas[],
  refs: ReadonlyMap<string, string>,
): PlannedConnector[] {
  const linked = new Set<string>()
  const connectors: PlannedConnector[] = []
  for (const note of canvases.flatMap((canvas) => [
    ...canvas.areas.flatMap((area) => area.notes),
    ...canvas.strayNotes,
  ])) {
    for (const link of note.links) {
      const from = refs.get(note.id)
      const to = refs.get(link.noteId)
      if (link.via !== 'connector' || from === undefined || to === undefined || from === to) {
        continue
      }
      const pair = [from, to].sort().join(' ')
      if (linked.has(pair)) continue
      linked.add(pair)
      connectors.push([from, to])
    }
  }
  return connectors
}
