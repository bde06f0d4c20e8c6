import type { Board } from '../model/board'
import type { LiveChanges } from '../model/live-changes'
import { containsPoint, rectCentre } from '../model/note-area'
import type { FigJamPort, PortStamp, PortSticky } from './figjam-port'
import { firstSolidFillHex } from './paint-color'

/** Bounds of canvases and area sections by node id, px, absolute: read once each. */
export type BoxCache = Map<string, Rect | null>

/** A sticky to read again, by id; `node` null when it was deleted. */
export interface StickyPatch {
  id: string
  node: PortSticky | null
}

async function boxOfAsync(
  figma: Pick<FigJamPort, 'getNodeByIdAsync'>,
  cache: BoxCache,
  id: string | null,
): Promise<Rect | null> {
  if (id === null) return null
  if (!cache.has(id)) {
    const node = await figma.getNodeByIdAsync(id)
    cache.set(id, node !== null && 'absoluteBoundingBox' in node ? node.absoluteBoundingBox : null)
  }
  return cache.get(id) ?? null
}

/**
 * Reads what the live fit needs of changed stickies and new stamps, and nothing else: a sticky's
 * text, fills, bounds and author (four host reads), a stamp's `stuckTo`, its id and `name`
 * (three), and, once each (kept in `cache`), the bounds of the canvases of `board` and of the
 * area sections of the canvases a changed sticky lies on (two each). A sticky deleted meanwhile
 * reads as deleted; a stamp deleted meanwhile or on no sticky is left out.
 */
export async function readLiveChangesAsync(
  figma: Pick<FigJamPort, 'getNodeByIdAsync'>,
  board: Board,
  patches: readonly StickyPatch[],
  stamps: readonly PortStamp[],
  cache: BoxCache,
): Promise<LiveChanges> {
  const changes: LiveChanges = { stickies: [], stamps: [], regions: [] }
  const touched = new Set<string>()
  for (const { id, node } of patches) {
    let sticky: LiveChanges['stickies'][number]['sticky'] = null
    try {
      const box = node?.absoluteBoundingBox ?? null
      if (node !== null && box !== null) {
        const author = node.authorName
        const color = firstSolidFillHex(node.fills) ?? '#FFFFFF'
        sticky = { text: node.text.characters, author: author === '' ? null : author, color, box }
        for (const canvas of board.canvases) {
          const canvasBox = await boxOfAsync(figma, cache, canvas.id)
          if (canvasBox !== null && containsPoint(canvasBox, rectCentre(box)))
            touched.add(canvas.id)
        }
      }
    } catch {
      sticky = null
    }
    changes.stickies.push({ id, sticky })
  }
  for (const stamp of stamps) {
    try {
      const host = stamp.stuckTo
      if (host !== null) changes.stamps.push({ stickyId: host.id, kind: stamp.name })
    } catch {
      // A stamp deleted meanwhile is no vote.
    }
  }
  for (const canvas of board.canvases) {
    const box = touched.has(canvas.id) ? await boxOfAsync(figma, cache, canvas.id) : null
    if (box === null) continue
    const areas: LiveChanges['regions'][number]['areas'] = []
    for (const area of canvas.areas) {
      const areaBox = await boxOfAsync(figma, cache, area.sectionId)
      if (areaBox !== null) areas.push({ areaId: area.id, box: areaBox })
    }
    changes.regions.push({ canvasId: canvas.id, box, areas })
  }
  return changes
}
