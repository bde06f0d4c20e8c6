import type { ExportFormat } from './panel-settings'
import { message, type PanelText } from './panel-text'

/** One format of the Export tab: how the format menu names it, its file type and extension. */
export interface ExportFormatInfo {
  value: ExportFormat
  /** The name in the format menu: a format's own name, or a message naming it. */
  text: PanelText
  mimeType: string
  extension: string
}

const JSON_TYPE = 'application/json;charset=utf-8'
const CSV_TYPE = 'text/csv;charset=utf-8'

/** Every format the Export tab offers, in menu order. */
export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { value: 'markdown', text: 'Markdown', mimeType: 'text/markdown;charset=utf-8', extension: 'md' },
  { value: 'json', text: 'JSON', mimeType: JSON_TYPE, extension: 'json' },
  { value: 'csv', text: message('panel.formatCsv'), mimeType: CSV_TYPE, extension: 'csv' },
  { value: 'canvas-creator', text: 'Canvas Creator', mimeType: JSON_TYPE, extension: 'json' },
  {
    value: 'backstage',
    text: 'Backstage catalog-info.yaml',
    mimeType: 'application/yaml;charset=utf-8',
    extension: 'yaml',
  },
  { value: 'openapi-overlay', text: 'OpenAPI Overlay', mimeType: JSON_TYPE, extension: 'json' },
  {
    value: 'github-issues',
    text: message('panel.formatGitHubIssues'),
    mimeType: JSON_TYPE,
    extension: 'json',
  },
  { value: 'jira-csv', text: message('panel.formatJiraCsv'), mimeType: CSV_TYPE, extension: 'csv' },
]

/** The format's entry in `EXPORT_FORMATS`. */
export function exportFormatInfo(format: ExportFormat): ExportFormatInfo {
  const info = EXPORT_FORMATS.find((candidate) => candidate.value === format)
  if (info === undefined) throw new Error(`No export format ${format}`)
  return info
}
