import type { CanvasDefinition } from '../canvas/canvas-definition'
import type { Locale } from '../locale/locales'

/**
 * The plugin's own templates (`workshop`, in workshop order) as the panel offers them in
 * `locale`: each carries `locale`, so the canvas placed from it remembers its language and its
 * findings and exports are written in it.
 */
export function workshopTemplates(
  workshop: readonly CanvasDefinition[],
  locale: Locale,
): CanvasDefinition[] {
  return workshop.map((definition) => ({ ...definition, locale }))
}
