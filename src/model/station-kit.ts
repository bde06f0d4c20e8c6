import { buildMethodCanvasDefinition } from '../method/method-canvases'
import type { MethodDataSource } from '../method/method-data'
import { packagedMethodData } from '../method/packaged-method-data'
import type { GuideStation } from '../method/station-guide'
import { canvasKit } from './canvas-kit'
import type { PlannedPlacement } from './planned-placement'

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
