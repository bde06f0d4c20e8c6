import * as z from 'zod/mini'

import { type Locale, localeSchema } from '../locale/locales'
import { methodLocales } from '../method/method-canvases'
import { type Scope, scopeSchema } from '../model/scope'

/**
 * File formats the Export tab writes: Markdown, our JSON export, Canvas Creator JSON (one
 * file per method canvas), CSV, and the formats of other tools (src/ui/export-formats.ts).
 */
export const exportFormatSchema = z.enum([
  'markdown',
  'json',
  'canvas-creator',
  'csv',
  'backstage',
  'openapi-overlay',
  'github-issues',
  'jira-csv',
])
export type ExportFormat = z.infer<typeof exportFormatSchema>

/** What the panel remembers between runs (stored by the main thread in figma.clientStorage). */
export type PanelSettings = {
  /**
   * Template last chosen on the Templates tab: a workshop template's id, or a method canvas's
   * (`method:<canvasId>:<locale>`); null before the first choice.
   */
  templateId: string | null
  /**
   * Language of the APIOps Cycles method canvases on the Templates tab (`de`, `en`, `fi`…);
   * null until chosen there: they follow the panel's language.
   */
  methodLocale: string | null
  /**
   * The panel's language as chosen in its language switch; null until chosen: the panel
   * follows the browser's languages (src/ui/panel-locale.ts).
   */
  locale: Locale | null
  scope: Scope
  exportFormat: ExportFormat
}

export const defaultPanelSettings: PanelSettings = {
  templateId: null,
  methodLocale: null,
  locale: null,
  scope: 'page',
  exportFormat: 'markdown',
}

/**
 * Reads remembered settings field by field: a field that is missing or no longer valid (an
 * older plugin version, a hand-edited store, a language the method dropped) falls back to its
 * default instead of failing.
 */
export function readPanelSettings(stored: Record<string, unknown>): PanelSettings {
  const pick = <T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T => {
    const result = z.safeParse(schema, value)
    return result.success ? result.data : fallback
  }
  return {
    templateId: pick(z.nullable(z.string()), stored.templateId, defaultPanelSettings.templateId),
    methodLocale: pick(
      z.nullable(z.enum(methodLocales())),
      stored.methodLocale,
      defaultPanelSettings.methodLocale,
    ),
    locale: pick(z.nullable(localeSchema), stored.locale, defaultPanelSettings.locale),
    scope: pick(scopeSchema, stored.scope, defaultPanelSettings.scope),
    exportFormat: pick(exportFormatSchema, stored.exportFormat, defaultPanelSettings.exportFormat),
  }
}
