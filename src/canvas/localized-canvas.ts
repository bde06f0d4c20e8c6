import type { Locale } from '../locale/locales'
import { apiAsAProductCanvasTemplate } from './api-as-a-product-canvas'
import { apiBusinessGoalsCanvasTemplate } from './api-business-goals-canvas'
import { apiCanvasTemplate } from './api-canvas'
import { apiValuePropositionCanvasTemplate } from './api-value-proposition-canvas'
import type { CanvasDefinition } from './canvas-definition'
import { canvasIn, type WorkshopTemplate } from './workshop-template'

/** The plugin's own templates, in the order a workshop fills them. */
const WORKSHOP_TEMPLATES: readonly WorkshopTemplate[] = [
  apiBusinessGoalsCanvasTemplate,
  apiValuePropositionCanvasTemplate,
  apiCanvasTemplate,
  apiAsAProductCanvasTemplate,
]

/**
 * `definition` in `locale` when it is one of the plugin's own templates (by id): its title,
 * purpose, part and area titles, prompts and marker texts from the `canvas` catalogue, `locale`
 * set (English: as the plugin always placed it, without `locale`). Any other definition (a method
 * canvas, which has its language in its id, or an imported template) is returned as it is.
 */
export function localizedCanvasDefinition(
  definition: CanvasDefinition,
  locale: Locale,
): CanvasDefinition {
  const template = WORKSHOP_TEMPLATES.find((candidate) => candidate.id === definition.id)
  return template === undefined ? definition : canvasIn(template, locale)
}

/** The plugin's own templates in `locale`, in the order a workshop fills them. */
export function workshopCanvasesIn(locale: Locale): CanvasDefinition[] {
  return WORKSHOP_TEMPLATES.map((template) => canvasIn(template, locale))
}
