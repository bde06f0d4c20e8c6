import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import type { CanvasDefinition } from '../src/canvas/canvas-definition'
import type { Point } from '../src/canvas/note-range'
import { type Board, BOARD_SCHEMA_VERSION, type Canvas, type Note } from '../src/model/board'
import { readNote } from './note-factory'

/** A sticky to put on a simulated board: text, fill and top-left corner relative to the canvas. */
export interface BoardNoteInput {
  text: string
  color: string
  position: Point
  author?: string
}

/**
 * A board holding one canvas made from `definition`, as `readBoardAsync` would read it: every
 * area with its notes (non-empty ones; empty stickies are only counted), ids `<canvasId>/<n>`.
 */
export function boardWithCanvas(
  definition: CanvasDefinition,
  notesByArea: Readonly<Record<string, readonly BoardNoteInput[]>>,
  canvasId = 'canvas-1',
): Board {
  let counter = 0
  let emptyStickyCount = 0
  const toNote = (input: BoardNoteInput): Note[] => {
    if (input.text === '') {
      emptyStickyCount += 1
      return []
    }
    counter += 1
    return [
      readNote(`${canvasId}/${String(counter)}`, input.text, {
        author: input.author ?? null,
        color: input.color,
        position: input.position,
      }),
    ]
  }
  const canvas: Canvas = {
    id: canvasId,
    templateId: definition.id,
    title: definition.title,
    areas: definition.areas.map((area) => ({
      id: area.id,
      sectionId: `${canvasId}/${area.id}`,
      title: area.title,
      label: area.label,
      fillOrder: area.fillOrder,
      role: area.role,
      notes: (notesByArea[area.id] ?? []).flatMap(toNote),
    })),
    strayNotes: [],
    emptyStickyCount,
  }
  return { schemaVersion: BOARD_SCHEMA_VERSION, canvases: [canvas], problems: [] }
}

const packageTemplates = join(
  import.meta.dirname,
  '../node_modules/apiops-cycles-method-data/src/data/canvas/import-export-templates',
)
const ownFixtures = join(import.meta.dirname, 'fixtures/canvas-creator')

/** Canvas Creator files shipped with the method data package and written for these tests. */
export function canvasCreatorFixtures(): { name: string; text: string }[] {
  return [packageTemplates, ownFixtures].flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') })),
  )
}
