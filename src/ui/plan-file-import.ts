import * as z from 'zod/mini'

import {
  BoardExportFileError,
  type ImportIssue,
  jsonPath,
  planBoardExportImport,
} from '../interchange/board-export-import'
import { planCanvasCreatorImport } from '../interchange/canvas-creator-import'
import { CanvasCreatorFileError } from '../interchange/canvas-creator-schema'
import { type PlannedPlacement, plannedPlacementSchema } from '../model/planned-placement'

/** The kinds of file the panel imports. */
export type ImportKind = 'canvas-creator' | 'board-export'

const kindNames: Record<ImportKind, string> = {
  'canvas-creator': 'Canvas Creator file',
  'board-export': 'JSON export of this plugin',
}

/** A file ready to place: the PLACE_CANVASES payload and what to tell the facilitator. */
export interface FileImport {
  kind: ImportKind
  placement: PlannedPlacement
  noteCount: number
  connectorCount: number
  /** Sentences about what changed on the way in (a language fallback). */
  remarks: string[]
}

/** A file that cannot be placed: what it looked like and every problem, by JSON path. */
export class ImportFileError extends Error {
  readonly kind: ImportKind | null
  readonly issues: readonly ImportIssue[]

  constructor(kind: ImportKind | null, issues: readonly ImportIssue[]) {
    super(
      `${kind === null ? 'This file' : `This ${kindNames[kind]}`} cannot be imported:\n${issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n')}`,
    )
    this.name = 'ImportFileError'
    this.kind = kind
    this.issues = issues
  }
}

/**
 * Which kind of file `value` (parsed JSON) is meant to be: an object with `board` or
 * `schemaVersion` is one of this plugin's JSON exports; any other object is read as a Canvas
 * Creator file, so its problems are named by that format's schema.
 */
function kindOf(value: unknown): ImportKind | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  return 'board' in value || 'schemaVersion' in value ? 'board-export' : 'canvas-creator'
}

function fromCanvasCreator(text: string): FileImport {
  const plan = planCanvasCreatorImport(text)
  const notes = plan.areas.flatMap((area) =>
    area.notes.map((note, index) => ({
      ref: `${area.areaId}-${String(index + 1)}`,
      areaId: area.areaId,
      text: note.text,
      color: note.color,
      position: note.position,
    })),
  )
  const locale = plan.definition.locale ?? 'en'
  const remarks = plan.localeFellBack
    ? [
        `The file is in “${plan.fileLocale}”, a language the APIOps Cycles method has no texts in, so the canvas is in English.`,
      ]
    : plan.fileLocale !== locale
      ? [`The file is in “${plan.fileLocale}”; the canvas uses the method's “${locale}” texts.`]
      : []
  return {
    kind: 'canvas-creator',
    placement: { canvases: [{ definition: plan.definition, notes }], connectors: [] },
    noteCount: notes.length,
    connectorCount: 0,
    remarks,
  }
}

function fromBoardExport(text: string): FileImport {
  const placement = planBoardExportImport(text)
  return {
    kind: 'board-export',
    placement,
    noteCount: placement.canvases.reduce((sum, canvas) => sum + canvas.notes.length, 0),
    connectorCount: placement.connectors.length,
    remarks: [],
  }
}

/**
 * Reads a file the facilitator chose on the Templates tab and plans its placement, before
 * anything is sent to the board: a Canvas Creator file (../shared/DOMAIN.md §5,
 * `planCanvasCreatorImport`: one method canvas with its notes, positions mapped into the canvas,
 * no connectors) or this plugin's JSON export (`planBoardExportImport`: its canvases with their
 * notes, and its connectors, between canvases too). The placement is checked here, once, against
 * `plannedPlacementSchema` (unique refs, known areas, connectors between notes of the file).
 * Pure: the text in, the plan out.
 * @throws ImportFileError with every problem as a JSON path and what is wrong: text that is not
 *   JSON or not an object, a file that breaks its format's schema, unknown templates, canvases or
 *   sections, a file with no canvas, repeated note refs, connectors to no note.
 */
export function planFileImport(text: string): FileImport {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ImportFileError(null, [{ path: '(file)', message: `is not JSON: ${reason}` }])
  }
  const kind = kindOf(value)
  if (kind === null) {
    throw new ImportFileError(null, [
      {
        path: '(file)',
        message:
          'is neither a Canvas Creator file nor a JSON export of this plugin: both are one JSON object',
      },
    ])
  }
  let planned: FileImport
  try {
    planned = kind === 'canvas-creator' ? fromCanvasCreator(text) : fromBoardExport(text)
  } catch (error) {
    if (error instanceof CanvasCreatorFileError || error instanceof BoardExportFileError) {
      throw new ImportFileError(kind, error.issues)
    }
    throw error
  }
  if (planned.placement.canvases.length === 0) {
    throw new ImportFileError(kind, [{ path: 'board.canvases', message: 'holds no canvas' }])
  }
  const message = z.safeParse(plannedPlacementSchema, planned.placement)
  if (!message.success) {
    throw new ImportFileError(
      kind,
      message.error.issues.map((issue) => ({
        path: jsonPath(issue.path),
        message: issue.message,
      })),
    )
  }
  return planned
}

/** How the panel names a kind of file: `Canvas Creator file`, `JSON export of this plugin`. */
export function importKindName(kind: ImportKind): string {
  return kindNames[kind]
}
