import { workshopCanvases } from '../canvas/canvas-catalog'
import type { PlannedPlacement } from './planned-placement'

/**
 * The workshop kit (issue 6): the plugin's four templates as empty canvases, in the order a
 * workshop fills them (business goals, value proposition, API Canvas, product review), with no
 * connectors: the payload of one `PLACE_CANVASES` message that places them side by side.
 */
export function workshopKit(): PlannedPlacement {
  return {
    canvases: workshopCanvases.map((definition) => ({ definition, notes: [] })),
    connectors: [],
  }
}
