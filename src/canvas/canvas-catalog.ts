import { apiAsAProductCanvas } from './api-as-a-product-canvas'
import { apiBusinessGoalsCanvas } from './api-business-goals-canvas'
import { apiCanvas } from './api-canvas'
import { apiValuePropositionCanvas } from './api-value-proposition-canvas'
import type { CanvasDefinition } from './canvas-definition'

/**
 * The plugin's own templates in the order a workshop fills them: business goals, value
 * proposition, API Canvas, product review.
 */
export const workshopCanvases: readonly CanvasDefinition[] = [
  apiBusinessGoalsCanvas,
  apiValuePropositionCanvas,
  apiCanvas,
  apiAsAProductCanvas,
]

/** The plugin's own template with this id, or undefined when none has it. */
export function findCanvasDefinition(templateId: string): CanvasDefinition | undefined {
  return workshopCanvases.find((definition) => definition.id === templateId)
}
