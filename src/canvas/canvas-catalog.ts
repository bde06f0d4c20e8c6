import { apiCanvas } from './api-canvas'
import { apiValuePropositionCanvas } from './api-value-proposition-canvas'
import type { CanvasDefinition } from './canvas-definition'

/** The seed's two canvases, in the order a workshop fills them. */
export const seedCanvases: readonly CanvasDefinition[] = [apiValuePropositionCanvas, apiCanvas]

/** The template with this id, or undefined when no template has it. */
export function findCanvasDefinition(templateId: string): CanvasDefinition | undefined {
  return seedCanvases.find((definition) => definition.id === templateId)
}
