import type { PlannedCanvas } from '../message-schemas'
import { workshopCanvases } from './canvas-catalog'

/**
 * The workshop kit (issue 6): the plugin's four templates as empty canvases, in the order a
 * workshop fills them (business goals, value proposition, API Canvas, product review), for one
 * `PLACE_CANVASES` message that places them side by side.
 */
export function workshopKit(): PlannedCanvas[] {
  return workshopCanvases.map((definition) => ({ definition, notes: [], connectors: [] }))
}
