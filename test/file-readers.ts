import { type BoardExport, boardExportFromValue } from '../src/export/board-export'
import { planBoardExport } from '../src/interchange/board-export-import'
import {
  canvasCreatorFileFromValue,
  type CanvasCreatorPlacementPlan,
  planCanvasCreatorFile,
} from '../src/interchange/canvas-creator-import'
import type { CanvasCreatorFile } from '../src/interchange/canvas-creator-schema'
import type { MethodDataSource } from '../src/method/method-data'
import { packagedMethodData } from '../src/method/packaged-method-data'
import { FileError } from '../src/model/file-error'
import { readJsonFile } from '../src/model/json-file'
import type { PlannedPlacement } from '../src/model/planned-placement'

/*
 * Each format's reader as the tests use it: the one JSON reader (`readJsonFile`) with the kind
 * known beforehand, then that format's check. The panel (`planFileImport`) and the command line
 * (`parseBoardInputAsync`) read with the kind unknown and pick the check by the file's fields.
 */

/**
 * A JSON export read back, checked against the export schema (`boardExportFromValue`).
 * @throws FileError saying the file is not JSON or not UTF-8, or listing each invalid field with
 *   its JSON path.
 */
export function parseBoardExport(content: string | Uint8Array): BoardExport {
  return boardExportFromValue(readJsonFile(content, 'board-export'))
}

/**
 * A JSON export read back and planned for placing again (`planBoardExport`).
 * @throws FileError as `parseBoardExport` does, or listing each problem `checkBoardIntegrity`
 *   finds.
 */
export function planBoardExportImport(content: string | Uint8Array): PlannedPlacement {
  return planBoardExport(parseBoardExport(content))
}

/**
 * A Canvas Creator file read and checked (`canvasCreatorFileFromValue`), not planned.
 * @throws FileError listing every problem with its JSON path.
 */
export function readCanvasCreatorFile(
  content: string | Uint8Array,
  source: MethodDataSource = packagedMethodData,
): CanvasCreatorFile {
  return canvasCreatorFileFromValue(readJsonFile(content, 'canvas-creator'), source)
}

/**
 * A Canvas Creator file read, checked and planned (`planCanvasCreatorFile`).
 * @throws FileError listing every problem with its JSON path.
 */
export function planCanvasCreatorImport(
  content: string | Uint8Array,
  source: MethodDataSource = packagedMethodData,
): CanvasCreatorPlacementPlan {
  return planCanvasCreatorFile(readCanvasCreatorFile(content, source), source)
}

/**
 * The FileError `read` throws for `content`; fails the test when `read` accepts it, and throws
 * on whatever else `read` throws.
 */
export function fileErrorOf(read: (content: string) => unknown, content: string): FileError {
  try {
    read(content)
  } catch (error) {
    if (error instanceof FileError) return error
    throw error
  }
  throw new Error('the file was accepted')
}
