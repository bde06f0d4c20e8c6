import * as z from 'zod/mini'

import { scopeSchema, type Scope } from '../messages'

/** File formats the Export tab writes. */
export const exportFormatSchema = z.enum(['markdown', 'json'])
export type ExportFormat = z.infer<typeof exportFormatSchema>

/** What the panel remembers between runs (stored by the main thread in figma.clientStorage). */
export type PanelSettings = {
  /** Template last chosen on the Templates tab; null before the first choice. */
  templateId: string | null
  scope: Scope
  exportFormat: ExportFormat
}

export const defaultPanelSettings: PanelSettings = {
  templateId: null,
  scope: 'page',
  exportFormat: 'markdown',
}

/**
 * Reads remembered settings field by field: a field that is missing or no longer valid (an
 * older plugin version, a hand-edited store) falls back to its default instead of failing.
 */
export function readPanelSettings(stored: Record<string, unknown>): PanelSettings {
  const pick = <T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T => {
    const result = z.safeParse(schema, value)
    return result.success ? result.data : fallback
  }
  return {
    templateId: pick(z.nullable(z.string()), stored.templateId, defaultPanelSettings.templateId),
    scope: pick(scopeSchema, stored.scope, defaultPanelSettings.scope),
    exportFormat: pick(exportFormatSchema, stored.exportFormat, defaultPanelSettings.exportFormat),
  }
}
