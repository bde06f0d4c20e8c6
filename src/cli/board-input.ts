import { parseBoardExport } from '../export/board-export'
import type { CanvasCreatorMetadata } from '../interchange/canvas-creator-schema'
import type { Board } from '../model/board'

/** A board read from a file given to the command line, and the kind of file it came from. */
export type BoardInput =
  | { kind: 'board-export'; board: Board }
  | { kind: 'canvas-creator'; board: Board; metadata: CanvasCreatorMetadata }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads the text of a file as a board. The kind is told from the content: an object with
 * `templateId` and `sections` and no `board` is a Canvas Creator file (../shared/DOMAIN.md §5,
 * turned into a board by `planCanvasCreatorImport` and `boardFromCanvasCreatorPlan`); anything
 * else must be the plugin's JSON export (`parseBoardExport`). A leading byte order mark is skipped.
 * The Canvas Creator reader (with the method's JSON Schema) is imported only for such a file.
 * @throws Error whose message says what is wrong, each problem on its own line as
 *   `json.path: problem` (e.g. `board.canvases.0.areas.2.notes.1.color: …` or
 *   `sections[3].sectionId: …`), or that the text is not JSON.
 */
export async function parseBoardInputAsync(text: string): Promise<BoardInput> {
  const json = text.replace(/^\uFEFF/, '')
  let document: unknown
  try {
    document = JSON.parse(json)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Not JSON: ${reason}`, { cause: error })
  }
  const canvasCreator =
    isRecord(document) &&
    'templateId' in document &&
    'sections' in document &&
    !('board' in document)
  if (canvasCreator) {
    const [{ planCanvasCreatorImport }, { boardFromCanvasCreatorPlan }] = await Promise.all([
      import('../interchange/canvas-creator-import'),
      import('../interchange/canvas-creator-board'),
    ])
    const plan = planCanvasCreatorImport(json)
    return {
      kind: 'canvas-creator',
      board: boardFromCanvasCreatorPlan(plan),
      metadata: plan.metadata,
    }
  }
  return { kind: 'board-export', board: parseBoardExport(json).board }
}
