import { boardExportFromValue } from '../export/board-export'
import { boardLocale } from '../fit/fit-locale'
import type { Locale } from '../locale/locales'
import { translator } from '../locale/translator'
import type { Board } from '../model/board'
import { checkBoardIntegrity } from '../model/board-integrity'
import { FileError, type FileKind } from '../model/file-error'
import { readJsonFile } from '../model/json-file'
import { readProblemText } from '../model/read-problem-text'
import type { StationReport } from '../model/station-report'

/** A board read from a file given to the command line, the kind of file, and what was mended. */
export interface BoardInput {
  kind: FileKind
  board: Board
  /** Sentences to say on standard error: a locale fallback, retired sections, one-sided links. */
  warnings: string[]
  /** The station report a JSON export carries (criteria ticks, cycle, language), if any. */
  stationReport?: StationReport
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads a file's content as a board, with the plugin's own reader (`readJsonFile`: UTF-8 only,
 * at most 50 MB, no key given twice) and the plugin's own check of what a board means
 * (`checkBoardIntegrity`). The kind is told from the content: an object with `templateId` and
 * `sections` and no `board` is a Canvas Creator file (../shared/DOMAIN.md §5), anything else
 * must be the plugin's JSON export. The Canvas Creator reader (with the method's JSON Schema) is
 * imported only for such a file. The warnings (a locale the method has no texts in, retired
 * sections, links made mutual) are in `locale`, by default the board's language.
 * @throws FileError listing every problem with its JSON path (`board.canvases[0].areas[2]
 *   .notes[1].color: …`, `sections[3].stickyNotes: …`), or why the text is not JSON or not UTF-8.
 */
export async function parseBoardInputAsync(
  content: string | Uint8Array,
  locale?: Locale,
): Promise<BoardInput> {
  const value = readJsonFile(content, null)
  const canvasCreator =
    isRecord(value) && 'templateId' in value && 'sections' in value && !('board' in value)
  if (canvasCreator) {
    const [{ canvasCreatorFileFromValue, planCanvasCreatorFile }, { boardFromCanvasCreatorPlan }] =
      await Promise.all([
        import('../interchange/canvas-creator-import'),
        import('../interchange/canvas-creator-board'),
      ])
    const plan = planCanvasCreatorFile(canvasCreatorFileFromValue(value))
    const { board, issues, warnings } = checkBoardIntegrity(boardFromCanvasCreatorPlan(plan))
    if (issues.length > 0) throw new FileError('canvas-creator', issues)
    const t = translator(locale ?? boardLocale(board))
    const fellBack = plan.localeFellBack
      ? [t('cli.localeFellBack', { fileLocale: plan.fileLocale })]
      : []
    const retired = board.problems
      .filter((problem) => problem.code === 'retired-section')
      .map((problem) => readProblemText(problem, t))
    return {
      kind: 'canvas-creator',
      board,
      warnings: [...fellBack, ...retired, ...warnings.map((text) => t(text.key, text.values))],
    }
  }
  const document = boardExportFromValue(value)
  const { board, issues, warnings } = checkBoardIntegrity(document.board, ['board'])
  if (issues.length > 0) throw new FileError('board-export', issues)
  const { stationReport } = document
  const t = translator(locale ?? boardLocale(board))
  return {
    kind: 'board-export',
    board,
    warnings: warnings.map((text) => t(text.key, text.values)),
    ...(stationReport === undefined ? {} : { stationReport }),
  }
}
