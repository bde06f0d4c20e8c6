import type { CanvasDefinition } from '../canvas/canvas-definition'
import { BoardError } from './board-error'
import type { FigJamPort } from './figjam-port'
import { placeCanvasesAsync, type PlacedCanvas } from './place-canvases-async'

/**
 * Places one empty canvas of `definition`: `placeCanvasesAsync` with that canvas alone, no notes
 * and no connectors.
 * @throws Error as `placeCanvasesAsync` does; the page is then as it was.
 */
export async function placeTemplateAsync(
  figma: FigJamPort,
  definition: CanvasDefinition,
): Promise<PlacedCanvas> {
  const [placed] = await placeCanvasesAsync(figma, {
    canvases: [{ definition, notes: [] }],
    connectors: [],
  })
  if (placed === undefined) {
    throw new BoardError('board.canvasNotPlaced', { title: definition.title })
  }
  return placed
}
