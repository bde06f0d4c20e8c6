import type { BoardExport } from '../export/board-export'
import type { Canvas, Note } from '../model/board'
import { checkBoardIntegrity, findTemplate } from '../model/board-integrity'
import { FileError } from '../model/file-error'
import type {
  PlannedCanvas,
  PlannedConnector,
  PlannedNote,
  PlannedPlacement,
} from '../model/planned-placement'

/**
 * Plans placing the canvases of this plugin's own JSON export (`exportJson`, src/export/; read by
 * `boardExportFromValue`) again, as one `PLACE_CANVASES` payload: one `PlannedCanvas` per exported
 * canvas, in the export's order, each with its template (found by `templateId` among the workshop
 * templates and the method canvases) titled as the canvas was on the board and its notes (text,
 * area, colour, position in px relative to the canvas; notes outside any area keep `areaId` null);
 * and a connector for each pair of notes the export links `via: 'connector'` (each pair once, in
 * export order), whether the two notes are on one canvas or two. Links to notes not in the export
 * are left out; tag links come back by themselves from the notes' `#tags`. Note refs are `n1`,
 * `n2`, … in export order, unique across the placement. Authors, findings and empty stickies are
 * not placed.
 * @throws FileError listing every problem `checkBoardIntegrity` finds, by JSON path (a template
 *   neither the plugin nor the method has, an area its template does not have, a note id used
 *   twice, a link to a missing note or to itself).
 */
export function planBoardExport(document: BoardExport): PlannedPlacement {
  const { issues } = checkBoardIntegrity(document.board, ['board'])
  if (issues.length > 0) throw new FileError('board-export', issues)
  const refs = new Map<string, string>()
  const refFor = (note: Note): string => {
    const ref = `n${String(refs.size + 1)}`
    refs.set(note.id, ref)
    return ref
  }
  const canvases = document.board.canvases.flatMap((canvas): PlannedCanvas[] => {
    const template = findTemplate(canvas.templateId)
    const notes: PlannedNote[] = [
      ...canvas.areas.flatMap((area) =>
        area.notes.map((note) => ({
          ref: refFor(note),
          areaId: area.id,
          text: note.text,
          color: note.color,
          position: note.position,
        })),
      ),
      ...canvas.strayNotes.map((note) => ({
        ref: refFor(note),
        areaId: null,
        text: note.text,
        color: note.color,
        position: note.position,
      })),
    ]
    if (template === undefined) return []
    const title = canvas.title.trim() === '' ? template.title : canvas.title
    return [{ definition: { ...template, title }, notes }]
  })
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
