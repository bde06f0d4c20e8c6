import type { CanvasDefinition } from '../src/canvas/canvas-definition'
import {
  buildMethodCanvasDefinition,
  methodCanvasIds,
  methodLocales,
} from '../src/method/method-canvases'
import type { MethodDataSource } from '../src/method/method-data'
import { packagedMethodData } from '../src/method/packaged-method-data'
import { type Board, BOARD_SCHEMA_VERSION, type Canvas, type Note } from '../src/model/board'
import { readNote } from './note-factory'

/**
 * A method canvas (`method:<methodCanvasId>:<locale>`) as the board reader gives it once placed:
 * canvas `id`, title `Acme – <localized title>`, area sections `<id>/<areaId>`, and the given
 * notes per area id (a string becomes a note with that id and the text `Note <id>`).
 */
export function placedMethodCanvas(
  id: string,
  methodCanvasId: string,
  locale: string,
  notes: Record<string, readonly (string | Note)[]> = {},
): Canvas {
  const definition = buildMethodCanvasDefinition(methodCanvasId, locale)
  return {
    id,
    templateId: definition.id,
    title: `Acme – ${definition.title}`,
    areas: definition.areas.map((area) => ({
      id: area.id,
      sectionId: `${id}/${area.id}`,
      title: area.title,
      label: area.label,
      fillOrder: area.fillOrder,
      role: area.role,
      notes: (notes[area.id] ?? []).map((note) =>
        typeof note === 'string' ? readNote(note, `Note ${note}`) : note,
      ),
    })),
    strayNotes: [],
    emptyStickyCount: 0,
  }
}

/** A board holding these canvases and no read problems. */
export const boardOf = (...canvases: Canvas[]): Board => ({
  schemaVersion: BOARD_SCHEMA_VERSION,
  canvases,
  problems: [],
})

/** Links two notes of the board with a connector, stored on both as the reader does. */
export function connectNotes(board: Board, a: string, b: string): void {
  const notes = board.canvases.flatMap((canvas) => [
    ...canvas.areas.flatMap((area) => area.notes),
    ...canvas.strayNotes,
  ])
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    const note = notes.find((candidate) => candidate.id === from)
    if (note === undefined) throw new Error(`no note ${from}`)
    note.links.push({ noteId: to, via: 'connector' })
  }
}

/** Every method canvas in every locale, canvas by canvas, locales in the data's order. */
export function buildMethodCanvasDefinitions(
  source: MethodDataSource = packagedMethodData,
): CanvasDefinition[] {
  const locales = methodLocales(source)
  return methodCanvasIds(source).flatMap((canvasId) =>
    locales.map((locale) => buildMethodCanvasDefinition(canvasId, locale, source)),
  )
}
