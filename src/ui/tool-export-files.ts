import { exportCsv } from '../export/export-csv'
import { exportGitHubIssues } from '../export/github-issues'
import { exportJiraCsv } from '../export/jira-csv'
import { type BackstageSpec, exportBackstageCatalog } from '../interchange/backstage-catalog'
import { exportOpenApiOverlays } from '../interchange/openapi-overlay'
import type { Board } from '../model/board'
import type { CheckResult } from '../model/findings'
import type { ExportFile, ExportFiles } from './export-files'
import { exportFormatInfo } from './export-formats'
import type { ExportFormat } from './panel-settings'
import { message } from './panel-text'

/** The formats `toolExportFiles` writes. */
export type ToolExportFormat = Extract<
  ExportFormat,
  'csv' | 'backstage' | 'openapi-overlay' | 'github-issues' | 'jira-csv'
>

const TOOL_FORMATS: readonly ExportFormat[] = [
  'csv',
  'backstage',
  'openapi-overlay',
  'github-issues',
  'jira-csv',
]

export const isToolExportFormat = (format: ExportFormat): format is ToolExportFormat =>
  TOOL_FORMATS.includes(format)

const NO_API_CANVAS = message('panel.noApiCanvas')

/**
 * The Export tab's files for CSV and the formats of other tools, for `board` (already narrowed
 * to the chosen canvas) and `result` (its findings): CSV and the backlog formats one file named
 * `fileName` (with the format's extension); Backstage one `catalog-info.yaml`, or nothing with
 * `emptyReason` until `spec` has every field; one overlay per API Canvas.
 */
export function toolExportFiles(
  board: Board,
  result: CheckResult,
  format: ToolExportFormat,
  fileName: string,
  spec: Partial<BackstageSpec>,
): ExportFiles {
  const { mimeType } = exportFormatInfo(format)
  const one = (text: string, name = fileName): ExportFiles => ({
    files: [{ fileName: name, text, mimeType }],
    leftOut: [],
  })
  switch (format) {
    case 'csv':
      return one(exportCsv(board))
    case 'github-issues':
      return one(exportGitHubIssues(board, result))
    case 'jira-csv':
      return one(exportJiraCsv(board, result))
    case 'openapi-overlay': {
      const files = exportOpenApiOverlays(board, result).map((overlay): ExportFile => ({
        fileName: overlay.fileName,
        text: overlay.json,
        mimeType,
      }))
      return files.length === 0
        ? { files, leftOut: [], emptyReason: NO_API_CANVAS }
        : { files, leftOut: [] }
    }
    case 'backstage': {
      const missing = (['type', 'lifecycle', 'owner', 'definition'] as const).filter(
        (field) => (spec[field] ?? '').trim() === '',
      )
      if (missing.length > 0) {
        return {
          files: [],
          leftOut: [],
          emptyReason: message('panel.fillInFields', {
            fields: { list: missing },
            count: missing.length,
          }),
        }
      }
      const text = exportBackstageCatalog(board, {
        type: spec.type?.trim() ?? '',
        lifecycle: spec.lifecycle?.trim() ?? '',
        owner: spec.owner?.trim() ?? '',
        definition: spec.definition?.trim() ?? '',
      })
      return text === ''
        ? { files: [], leftOut: [], emptyReason: NO_API_CANVAS }
        : one(text, 'catalog-info.yaml')
    }
  }
}
