import type { CanvasDefinition } from '../canvas/canvas-definition'
import type { RelaunchTexts } from '../canvas/relaunch-texts'
import { BoardError } from './board-error'
import type { FigJamPort } from './figjam-port'
import { placeCanvasesAsync, type PlacedCanvas } from './place-canvases-async'

/**
 * Places one empty canvas of `definition`: `placeCanvasesAsync` with that canvas alone, no notes
 * and no connectors, its relaunch buttons described by `relaunch` (none: without descriptions).
 * @throws Error as `placeCanvasesAsync` does; the page is then as it was.
 */
export async function placeTemplateAsync(
  figma: FigJamPort,
  definition: CanvasDefinition,
  relaunch?: RelaunchTexts,
): Promise<PlacedCanvas> {
  const [placed] = await placeCanvasesAsync(figma, {
    canvases: [{ definition, notes: [] }],
    connectors: [],
    ...(relaunch === undefined ? {} : { relaunch: [relaunch] }),
  })
  if (placed === undefined) {
    throw new BoardError('board.templateNotPlaced', { title: definition.title })
  }
  return placed
}
