import { canvasKit } from '../canvas/canvas-kit'
import type { PlannedPlacement } from '../message-schemas'
import { buildMethodCanvasDefinition } from './method-canvases'
import type { MethodDataSource } from './method-data'
import { packagedMethodData } from './packaged-method-data'
import type { GuideStation } from './station-guide'

/**
 * The canvases of a station to place, in the order the method recommends them, in `locale`:
 * those the method has (`kind: 'canvas'`) and the board does not show yet (`onBoard`: method
 * canvas ids). Guides and checklists are never placed. Undefined when nothing is left to place.
 */
export function stationKit(
  station: GuideStation,
  locale: string,
  onBoard: ReadonlySet<string>,
  source: MethodDataSource = packagedMethodData,
): PlannedPlacement | undefined {
  const canvasIds = station.resources.flatMap((resource) =>
    resource.kind === 'canvas' && resource.canvasId !== null && !onBoard.has(resource.canvasId)
      ? [resource.canvasId]
      : [],
  )
  return canvasKit(
    [...new Set(canvasIds)].map((canvasId) =>
      buildMethodCanvasDefinition(canvasId, locale, source),
    ),
  )
}
