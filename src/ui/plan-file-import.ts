import * as z from 'zod/mini'

import { boardExportFromValue } from '../export/board-export'
import { planBoardExport } from '../interchange/board-export-import'
import {
  canvasCreatorFileFromValue,
  planCanvasCreatorFile,
} from '../interchange/canvas-creator-import'
import type { MessageKey } from '../locale/catalogues'
import { FileError, type FileKind } from '../model/file-error'
import { readJsonFile } from '../model/json-file'
import {
  type PlannedNote,
  type PlannedPlacement,
  plannedPlacementSchema,
} from '../model/planned-placement'
import { zodFileIssues } from '../model/zod-file-issues'
import { message, type PanelMessage } from './panel-text'

/** The kinds of file the panel imports. */
export type ImportKind = FileKind

const kindKeys: Record<ImportKind, MessageKey> = {
  'canvas-creator': 'panel.kindCanvasCreator',
  'board-export': 'panel.kindBoardExport',
}

/** A file ready to place: the PLACE_CANVASES payload and what to tell the facilitator. */
export interface FileImport {
  kind: ImportKind
  placement: PlannedPlacement
  noteCount: number
  connectorCount: number
  /** Sentences about what changed on the way in (a language fallback). */
  remarks: PanelMessage[]
}

/** A file that cannot be placed: what it looked like and every problem, by JSON path. */
export { FileError as ImportFileError }

/**
 * Which kind of file `value` (parsed JSON) is meant to be: an object with `board` or
 * `schemaVersion` is one of this plugin's JSON exports; any other object is read as a Canvas
 * Creator file, so its problems are named by that format's schema.
 */
function kindOf(value: unknown): ImportKind | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  return 'board' in value || 'schemaVersion' in value ? 'board-export' : 'canvas-creator'
}

function fromCanvasCreator(value: unknown): FileImport {
  const plan = planCanvasCreatorFile(canvasCreatorFileFromValue(value))
  const notes: PlannedNote[] = plan.areas.flatMap((area) => area.notes)
  notes.push(...plan.retiredSections.flatMap((section) => section.notes))
  const retiredRemarks = plan.retiredSections.map((section) =>
    message('panel.retiredSection', {
      sectionId: section.sectionId,
      count: section.notes.length,
    }),
  )
  const locale = plan.definition.locale ?? 'en'
  const localeRemarks = plan.localeFellBack
    ? [message('panel.fileLocaleFellBack', { fileLocale: plan.fileLocale })]
    : plan.fileLocale !== locale
      ? [message('panel.fileLocaleOther', { fileLocale: plan.fileLocale, locale })]
      : []
  const remarks = [...localeRemarks, ...retiredRemarks]
  return {
    kind: 'canvas-creator',
    placement: { canvases: [{ definition: plan.definition, notes }], connectors: [] },
    noteCount: notes.length,
    connectorCount: 0,
    remarks,
  }
}

function fromBoardExport(value: unknown): FileImport {
  const placement = planBoardExport(boardExportFromValue(value))
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
 * anything is sent to the board: a Canvas Creator file
 * (`planCanvasCreatorImport`: one method canvas with its notes, positions mapped into the canvas,
 * no connectors) or this plugin's JSON export (`planBoardExportImport`: its canvases with their
 * notes, and its connectors, between canvases too). The placement is checked here, once, against
 * `plannedPlacementSchema` (unique refs, known areas, connectors between notes of the file).
 * Pure: the text in, the plan out.
 * @throws FileError (`ImportFileError`) with every problem as a JSON path and what is wrong: text that is not
 *   JSON, not UTF-8 or not an object, a file that breaks its format's schema, unknown templates, canvases or
 *   sections, a file with no canvas, repeated note refs, connectors to no note.
 */
export function planFileImport(content: string | Uint8Array): FileImport {
  const value = readJsonFile(content, null)
  const kind = kindOf(value)
  if (kind === null) {
    throw new FileError(null, [{ path: '(file)', key: 'common.issueNeitherFormat' }])
  }
  const planned = kind === 'canvas-creator' ? fromCanvasCreator(value) : fromBoardExport(value)
  if (planned.placement.canvases.length === 0) {
    throw new FileError(kind, [{ path: 'board.canvases', key: 'common.issueNoCanvas' }])
  }
  const checked = z.safeParse(plannedPlacementSchema, planned.placement, { reportInput: true })
  if (!checked.success) throw new FileError(kind, zodFileIssues(checked.error.issues))
  return planned
}

/** The message naming a kind of file: `Canvas Creator file`, `JSON export of this plugin`. */
export function importKindKey(kind: ImportKind): MessageKey {
  return kindKeys[kind]
}
