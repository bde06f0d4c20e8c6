import { exportFormatInfo } from './export-formats'
import type { ExportFormat } from './panel-settings'

/**
 * File name of an export: the title in lower-case kebab-case (accents dropped, anything but
 * letters and digits becomes `-`), the local date as `YYYY-MM-DD` and the format's extension,
 * e.g. `api-value-proposition-canvas-2026-11-22.md`. A title with no letters or digits gives
 * `canvas-…`.
 */
export function exportFileName(title: string, format: ExportFormat, date: Date): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'canvas'
  const day = [
    String(date.getFullYear()),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-')
  return `${slug}-${day}.${exportFormatInfo(format).extension}`
}
