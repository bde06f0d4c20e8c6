import { exportJson } from '../export/board-export'
import { exportMarkdown } from '../export/export-markdown'
import type { BackstageSpec } from '../interchange/backstage-catalog'
import { builtInToMethodSections } from '../interchange/built-in-to-method-sections'
import { exportCanvasCreator } from '../interchange/canvas-creator-export'
import { findMethodCanvasDefinition } from '../method/method-canvases'
import type { Board, Canvas } from '../model/board'
import type { CheckResult } from '../model/findings'
import type { StationReport } from '../model/station-report'
import { boardSubset } from './board-subset'
import { exportFileName } from './export-file-name'
import { exportFormatInfo } from './export-formats'
import type { ExportFormat } from './panel-settings'
import type { PanelMessage } from './panel-text'
import { isToolExportFormat, toolExportFiles } from './tool-export-files'

/** One file the Export tab offers: its name, its text and the type to download it as. */
export interface ExportFile {
  fileName: string
  text: string
  mimeType: string
}

/** What the Export tab shows for a format: the files, and canvases the format cannot hold. */
export interface ExportFiles {
  files: ExportFile[]
  /** Titles of canvases left out: Canvas Creator has no template for them. */
  leftOut: string[]
  /** Why there is no file, when the format says so (no API Canvas, a field to fill in). */
  emptyReason?: PanelMessage
}

/**
 * The check result as it concerns one canvas: its findings and fit summary, taken from the check
 * of the whole board, so fit answered on another canvas still counts. `canvasId` null gives the
 * whole result back.
 */
export function resultSubset(result: CheckResult, canvasId: string | null): CheckResult {
  if (canvasId === null) return result
  return {
    findings: result.findings.filter((finding) => finding.canvasId === canvasId),
    fit: result.fit.filter((summary) => summary.canvasId === canvasId),
  }
}

/** True when the APIOps Cycles method has a Canvas Creator template for the canvas's template. */
export function hasCanvasCreatorTemplate(canvas: Canvas): boolean {
  return (
    findMethodCanvasDefinition(canvas.templateId) !== undefined ||
    builtInToMethodSections.some((mapping) => mapping.builtInTemplateId === canvas.templateId)
  )
}

/**
 * The files of one export of the board, or of one canvas (`canvasId`): Markdown and JSON give
 * one file named after the canvas (`api-canvases` for several) and `date`; Canvas Creator
 * gives one file per method canvas (`exportCanvasCreator`, `metadata.date` = `date`), so a built-in
 * API Value Proposition Canvas gives two, and leaves out canvases the method has no template for.
 * CSV, Backstage (with `backstageSpec`), OpenAPI Overlay, GitHub issues and Jira CSV are written
 * by `toolExportFiles`. With `stationReport`, a Markdown or JSON export of the whole board
 * (`canvasId` null) ends with it.
 * @throws Error from the exporters when the board does not fit their schemas.
 */
export function exportFiles(
  board: Board,
  result: CheckResult,
  canvasId: string | null,
  format: ExportFormat,
  date: Date,
  backstageSpec: Partial<BackstageSpec> = {},
  stationReport?: StationReport,
): ExportFiles {
  const subset = boardSubset(board, canvasId)
  const { mimeType } = exportFormatInfo(format)
  if (isToolExportFormat(format)) {
    const title = subset.canvases.length === 1 ? subset.canvases[0]?.title : undefined
    const fileName = exportFileName(title ?? 'api-canvases', format, date)
    return toolExportFiles(subset, resultSubset(result, canvasId), format, fileName, backstageSpec)
  }
  if (format === 'canvas-creator') {
    const exportable = subset.canvases.filter(hasCanvasCreatorTemplate)
    return {
      files: exportable.flatMap((canvas) =>
        exportCanvasCreator(board, canvas.id, { date: date.toISOString() }).map((file) => ({
          fileName: file.fileName,
          text: file.json,
          mimeType,
        })),
      ),
      leftOut: subset.canvases
        .filter((canvas) => !exportable.includes(canvas))
        .map((canvas) => canvas.title),
    }
  }
  const subsetResult = resultSubset(result, canvasId)
  const report = canvasId === null ? stationReport : undefined
  const text =
    format === 'markdown'
      ? exportMarkdown(subset, subsetResult, report === undefined ? {} : { stationReport: report })
      : exportJson(subset, subsetResult, report)
  const only = subset.canvases.length === 1 ? subset.canvases[0] : undefined
  return {
    files: [
      {
        fileName: exportFileName(only?.title ?? 'api-canvases', format, date),
        text,
        mimeType,
      },
    ],
    leftOut: [],
  }
}
