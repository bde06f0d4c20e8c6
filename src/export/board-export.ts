import * as z from 'zod/mini'
import en from 'zod/v4/locales/en.js'

import {
  type Board,
  BOARD_SCHEMA_VERSION,
  boardSchema,
  type Canvas,
  canvasSchema,
} from '../model/board'
import { FileError, jsonPath } from '../model/file-error'
import { type CheckResult, findingSchema, fitSummarySchema } from '../model/findings'
import { type StationReport, stationReportSchema } from '../model/station-report'

/**
 * The JSON export: the board as read, with the fit check's findings and fit summaries.
 * `schemaVersion` is the board snapshot's version (`BOARD_SCHEMA_VERSION`).
 */
export const boardExportSchema = z.object({
  schemaVersion: z.literal(BOARD_SCHEMA_VERSION),
  board: boardSchema,
  findings: z.array(findingSchema),
  fit: z.array(fitSummarySchema),
  /** The station guide's report with the criteria ticks, when the export was made with one. */
  stationReport: z.optional(stationReportSchema),
})
export type BoardExport = z.infer<typeof boardExportSchema>

const englishErrors = en().localeError

type IssuePath = readonly PropertyKey[]

const issueLine = (path: IssuePath, message: string): string =>
  `${path.map(String).join('.') || '(document)'}: ${message}`

const notValid = (problems: readonly string[]): Error =>
  new Error(`Not a valid board export:\n${problems.join('\n')}`)

function validate(document: unknown): BoardExport {
  const result = boardExportSchema.safeParse(document, { error: englishErrors })
  if (result.success) return result.data
  throw notValid(result.error.issues.map((issue) => issueLine(issue.path, issue.message)))
}

const [canvasStart = '', canvasSeparator = '', canvasEnd = ''] = JSON.stringify(
  { board: { canvases: [0, 0] } },
  null,
  2,
).split('0')
const EMPTY_CANVASES = '"canvases": []'
const canvasesOpening = canvasStart.slice(canvasStart.indexOf('"canvases"'))
const canvasesClosing = canvasEnd.slice(0, canvasEnd.indexOf(']') + 1)

/** A canvas's JSON as it sits in the export: at the indent of `board.canvases`' items. */
function canvasJson(canvas: Canvas): string {
  const text = JSON.stringify({ board: { canvases: [canvas] } }, null, 2)
  return text.slice(canvasStart.length, text.length - canvasEnd.length)
}

const beforeCanvases = (path: IssuePath): boolean =>
  path[0] === 'schemaVersion' ||
  (path[0] === 'board' && (path.length === 1 || path[1] === 'schemaVersion'))

/**
 * The board and its check result as a JSON document (`BoardExport`): 2-space indents, keys in
 * schema order, a trailing newline, no dates, so the same input always gives the same bytes.
 * Each canvas is validated and written in turn, so a board of thousands of stickies is never
 * held twice; the text is the same as `JSON.stringify` of the whole validated document.
 * With `stationReport`, the document ends with it (`stationReport`); without, the key is absent.
 * Throws an Error listing each invalid field as `json.path: problem` (in document order) when the
 * input does not fit the schema.
 */
export function exportJson(
  board: Board,
  result: CheckResult,
  stationReport?: StationReport,
): string {
  const document = {
    schemaVersion: BOARD_SCHEMA_VERSION,
    board,
    findings: result.findings,
    fit: result.fit,
    ...(stationReport === undefined ? {} : { stationReport }),
  }
  const input: unknown = board
  const canvases =
    typeof input === 'object' && input !== null && 'canvases' in input ? input.canvases : null
  if (!Array.isArray(canvases)) return `${JSON.stringify(validate(document), null, 2)}\n`
  const canvasProblems: string[] = []
  const canvasTexts = canvases.map((canvas: unknown, index) => {
    const parsed = canvasSchema.safeParse(canvas, { error: englishErrors })
    if (parsed.success) return canvasJson(parsed.data)
    for (const issue of parsed.error.issues) {
      canvasProblems.push(issueLine(['board', 'canvases', index, ...issue.path], issue.message))
    }
    return ''
  })
  const rest = boardExportSchema.safeParse(
    { ...document, board: { ...board, canvases: [] } },
    { error: englishErrors },
  )
  if (!rest.success || canvasProblems.length > 0) {
    const issues = rest.success ? [] : rest.error.issues
    const lines = (before: boolean): string[] =>
      issues
        .filter((issue) => beforeCanvases(issue.path) === before)
        .map((issue) => issueLine(issue.path, issue.message))
    throw notValid([...lines(true), ...canvasProblems, ...lines(false)])
  }
  const text = JSON.stringify(rest.data, null, 2)
  const at = text.indexOf(EMPTY_CANVASES)
  const canvasList =
    canvasTexts.length === 0
      ? EMPTY_CANVASES
      : `${canvasesOpening}${canvasTexts.join(canvasSeparator)}${canvasesClosing}`
  return `${text.slice(0, at)}${canvasList}${text.slice(at + EMPTY_CANVASES.length)}\n`
}

/**
 * A parsed JSON value as a board export.
 * @throws FileError listing each invalid field with its JSON path
 *   (`board.canvases[0].areas[2].notes[1].color: …`).
 */
export function boardExportFromValue(value: unknown): BoardExport {
  const result = boardExportSchema.safeParse(value, { error: englishErrors })
  if (result.success) return result.data
  throw new FileError(
    'board-export',
    result.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
  )
}
