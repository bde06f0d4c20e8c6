import * as z from 'zod/mini'

import { DEFAULT_LOCALE } from '../locale/locales'
import { translator } from '../locale/translator'
import {
  type Board,
  BOARD_SCHEMA_VERSION,
  boardSchema,
  type Canvas,
  canvasSchema,
  readProblemSchema,
} from '../model/board'
import { FileError, fileIssueText } from '../model/file-error'
import { type CheckResult, findingSchema, fitSummarySchema } from '../model/findings'
import { readProblemText } from '../model/read-problem-text'
import { type StationReport, stationReportSchema } from '../model/station-report'
import { zodFileIssues } from '../model/zod-file-issues'

/**
 * The JSON export: the board as read, with the fit check's findings and fit summaries.
 * `schemaVersion` is the board snapshot's version (`BOARD_SCHEMA_VERSION`). Each read problem
 * has its sentence in English (`message`), for readers that do not word its code and values.
 */
export const boardExportSchema = z.object({
  schemaVersion: z.literal(BOARD_SCHEMA_VERSION),
  board: z.object({
    ...boardSchema.shape,
    problems: z.array(z.object({ ...readProblemSchema.shape, message: z.string() })),
  }),
  findings: z.array(findingSchema),
  fit: z.array(fitSummarySchema),
  /** The station guide's report with the criteria ticks, when the export was made with one. */
  stationReport: z.optional(stationReportSchema),
})
export type BoardExport = z.infer<typeof boardExportSchema>

type IssuePath = readonly PropertyKey[]

const REPORTING = { reportInput: true }
const english = translator(DEFAULT_LOCALE)

const issueLines = (issues: readonly z.core.$ZodIssue[], at: IssuePath = []): string[] =>
  zodFileIssues(issues, at).map((issue) => fileIssueText(issue, english))

const notValid = (problems: readonly string[]): Error =>
  new Error(`Not a valid board export:\n${problems.join('\n')}`)

function validate(document: unknown): BoardExport {
  const result = boardExportSchema.safeParse(document, REPORTING)
  if (result.success) return result.data
  throw notValid(issueLines(result.error.issues))
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
 * A read problem without a `message` gets its sentence in English (`readProblemText`).
 * Throws an Error listing each invalid field as `json.path: problem` (in document order) when the
 * input does not fit the schema.
 */
export function exportJson(
  board: Board,
  result: CheckResult,
  stationReport?: StationReport,
): string {
  const problems = Array.isArray(board.problems)
    ? board.problems.map((problem) => ({
        ...problem,
        message: problem.message ?? readProblemText(problem, english),
      }))
    : board.problems
  const document = {
    schemaVersion: BOARD_SCHEMA_VERSION,
    board: { ...board, problems },
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
    const parsed = canvasSchema.safeParse(canvas, REPORTING)
    if (parsed.success) return canvasJson(parsed.data)
    canvasProblems.push(...issueLines(parsed.error.issues, ['board', 'canvases', index]))
    return ''
  })
  const rest = boardExportSchema.safeParse(
    { ...document, board: { ...document.board, canvases: [] } },
    REPORTING,
  )
  if (!rest.success || canvasProblems.length > 0) {
    const issues = rest.success ? [] : rest.error.issues
    const lines = (before: boolean): string[] =>
      issueLines(issues.filter((issue) => beforeCanvases(issue.path) === before))
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
  const result = boardExportSchema.safeParse(value, REPORTING)
  if (result.success) return result.data
  throw new FileError('board-export', zodFileIssues(result.error.issues))
}
