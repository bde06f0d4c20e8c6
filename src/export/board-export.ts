import * as z from 'zod/mini'
import en from 'zod/v4/locales/en.js'

import { BOARD_SCHEMA_VERSION, boardSchema, type Board } from '../model/board'
import { findingSchema, fitSummarySchema, type CheckResult } from '../model/findings'

/**
 * The JSON export: the board as read, with the fit check's findings and fit summaries.
 * `schemaVersion` is the board snapshot's version (`BOARD_SCHEMA_VERSION`).
 */
export const boardExportSchema = z.object({
  schemaVersion: z.literal(BOARD_SCHEMA_VERSION),
  board: boardSchema,
  findings: z.array(findingSchema),
  fit: z.array(fitSummarySchema),
})
export type BoardExport = z.infer<typeof boardExportSchema>

const englishErrors = en().localeError

function validate(document: unknown): BoardExport {
  const result = boardExportSchema.safeParse(document, { error: englishErrors })
  if (result.success) return result.data
  const problems = result.error.issues.map(
    (issue) => `${issue.path.map(String).join('.') || '(document)'}: ${issue.message}`,
  )
  throw new Error(`Not a valid board export:\n${problems.join('\n')}`)
}

/**
 * The board and its check result as a JSON document (`BoardExport`): 2-space indents, keys in
 * schema order, a trailing newline, no dates, so the same input always gives the same bytes.
 * Throws an Error listing each invalid field as `json.path: problem` when the input does not
 * fit the schema.
 */
export function exportJson(board: Board, result: CheckResult): string {
  const document = validate({
    schemaVersion: BOARD_SCHEMA_VERSION,
    board,
    findings: result.findings,
    fit: result.fit,
  })
  return `${JSON.stringify(document, null, 2)}\n`
}

/**
 * Reads a JSON export back (a leading byte-order mark is skipped). Throws an Error saying the
 * text is not JSON, or listing each invalid field as `json.path: problem` (e.g.
 * `board.canvases.0.areas.2.notes.1.color: …`).
 */
export function parseBoardExport(text: string): BoardExport {
  let document: unknown
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Not a board export: the text is not JSON (${reason}).`, { cause: error })
  }
  return validate(document)
}
