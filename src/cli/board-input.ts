import { boardExportFromValue } from '../export/board-export'
import { boardFromCanvasCreatorPlan } from '../interchange/canvas-creator-board'
import {
  canvasCreatorFileFromValue,
  planCanvasCreatorFile,
} from '../interchange/canvas-creator-import'
import type { Board } from '../model/board'
import { checkBoardIntegrity } from '../model/board-integrity'
import { FileError, type FileKind } from '../model/file-error'
import { readJsonFile } from '../model/json-file'

/** A board read from a file given to the command line, the kind of file, and what was mended. */
export interface BoardInput {
  kind: FileKind
  board: Board
  /** Sentences to say on standard error: a locale fallback, retired sections, one-sided links. */
  warnings: string[]
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads a file's content as a board, with the plugin's own reader (`readJsonFile`: UTF-8 only,
 * at most 50 MB, no key given twice) and the plugin's own check of what a board means
 * (`checkBoardIntegrity`). The kind is told from the content: an object with `templateId` and
 * `sections` and no `board` is a Canvas Creator file (../shared/DOMAIN.md §5), anything else
 * must be the plugin's JSON export.
 * @throws FileError listing every problem with its JSON path (`board.canvases[0].areas[2]
 *   .notes[1].color: …`, `sections[3].stickyNotes: …`), or why the text is not JSON or not UTF-8.
 */
export function parseBoardInput(content: string | Uint8Array): BoardInput {
  const value = readJsonFile(content, null)
  const canvasCreator =
    isRecord(value) && 'templateId' in value && 'sections' in value && !('board' in value)
  if (canvasCreator) {
    const plan = planCanvasCreatorFile(canvasCreatorFileFromValue(value))
    const { board, issues, warnings } = checkBoardIntegrity(boardFromCanvasCreatorPlan(plan))
    if (issues.length > 0) throw new FileError('canvas-creator', issues)
    const locale = plan.localeFellBack
      ? [
          `locale "${plan.fileLocale}": the APIOps Cycles method has no texts in it, so the canvas is read in English; a Canvas Creator export writes "${plan.fileLocale}" back.`,
        ]
      : []
    const retired = board.problems
      .filter((problem) => problem.code === 'retired-section')
      .map((problem) => problem.message)
    return { kind: 'canvas-creator', board, warnings: [...locale, ...retired, ...warnings] }
  }
  const document = boardExportFromValue(value)
  const { board, issues, warnings } = checkBoardIntegrity(document.board, ['board'])
  if (issues.length > 0) throw new FileError('board-export', issues)
  return { kind: 'board-export', board, warnings }
}
