import { BoardError } from './board-error'
import type { FigJamPort, PortSceneNode } from './figjam-port'
import { unionOfRects, zoomViewportTo } from './viewport-focus'

/** What `focusNodesAsync` showed. */
export interface FocusedNodes {
  /** Ids now selected, in the order asked for. */
  focusedIds: string[]
  /** Ids asked for that are no longer on the board (deleted since the board was read). */
  missingIds: string[]
}

/**
 * Selects the stickies, areas or canvases with `nodeIds` and zooms the viewport so they all show.
 * Ids of nodes that no longer exist are skipped and returned in `missingIds`.
 * @throws BoardError, changing nothing: `board.nothingToShow` when `nodeIds` is empty or holds an
 *   empty id, `board.focusGone` when none of the nodes exists any more.
 */
export async function focusNodesAsync(
  figma: FigJamPort,
  nodeIds: readonly string[],
): Promise<FocusedNodes> {
  if (nodeIds.length === 0 || nodeIds.some((id) => id === '')) {
    throw new BoardError('board.nothingToShow')
  }
  const ids = nodeIds.filter((id, index) => nodeIds.indexOf(id) === index)
  const found = await Promise.all(ids.map((id) => findSceneNodeAsync(figma, id)))

  const nodes: PortSceneNode[] = []
  const rects: Rect[] = []
  const focusedIds: string[] = []
  const missingIds: string[] = []
  found.forEach((entry, index) => {
    const id = ids[index] ?? ''
    if (entry === null) {
      missingIds.push(id)
      return
    }
    nodes.push(entry.node)
    focusedIds.push(id)
    if (entry.box !== null) {
      rects.push(entry.box)
    }
  })
  if (nodes.length === 0) {
    throw new BoardError('board.focusGone', { count: ids.length })
  }
  figma.currentPage.selection = nodes
  const bounds = unionOfRects(rects)
  if (bounds !== null) {
    zoomViewportTo(figma.viewport, bounds)
  }
  return { focusedIds, missingIds }
}

/**
 * The scene node with `id` and its absolute bounds, or null when no such node exists (deleted,
 * or the id names a page or the document).
 */
export async function findSceneNodeAsync(
  figma: Pick<FigJamPort, 'getNodeByIdAsync'>,
  id: string,
): Promise<{ node: PortSceneNode; box: Rect | null } | null> {
  const node = await figma.getNodeByIdAsync(id)
  if (node === null) {
    return null
  }
  const { type } = node
  if (type === 'PAGE' || type === 'DOCUMENT') {
    return null
  }
  try {
    return { node, box: node.absoluteBoundingBox }
  } catch {
    return null
  }
}
