import { isLocale } from '../locale/locales'
import { translator } from '../locale/translator'
import type { CanvasDefinition } from './canvas-definition'

/**
 * The descriptions of a canvas section's relaunch buttons by command (package.json's
 * `relaunchButtons`), in the canvas's language. The panel words them and sends them with the
 * placement, as the main thread carries no message catalogue.
 */
export type RelaunchTexts = Readonly<Record<'check-fit' | 'export', string>>

/** The relaunch descriptions of a canvas placed from `definition`, in its `locale` (else English). */
export function relaunchTextsOf(definition: CanvasDefinition): RelaunchTexts {
  const t = translator(isLocale(definition.locale) ? definition.locale : 'en')
  return { 'check-fit': t('canvas.relaunchCheckFit'), export: t('canvas.relaunchExport') }
}

/** `placement` with the relaunch descriptions of each of its canvases, in order. */
export function withRelaunchTexts<
  P extends { canvases: readonly { definition: CanvasDefinition }[] },
>(placement: P): P & { relaunch: RelaunchTexts[] } {
  return {
    ...placement,
    relaunch: placement.canvases.map((canvas) => relaunchTextsOf(canvas.definition)),
  }
}
