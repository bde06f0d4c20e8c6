import type { CanvasDefinition } from '../canvas/canvas-definition'
import type { PlannedPlacement } from './planned-placement'

/**
 * Empty canvases to place side by side in the given order, with no notes or connectors: the
 * payload of one `PLACE_CANVASES` message (one undo step, next to what is on the page).
 * Undefined for no canvas: a placement holds at least one.
 */
export function canvasKit(definitions: readonly CanvasDefinition[]): PlannedPlacement | undefined {
  if (definitions.length === 0) return undefined
  return { canvases: definitions.map((definition) => ({ definition, notes: [] })), connectors: [] }
}
