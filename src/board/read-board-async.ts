import type { Board, ReadProblem } from '../model/board'
import { BOARD_SCHEMA_VERSION } from '../model/board-schema-version'
import { sortInReadingOrder } from '../model/reading-order'
import { idsOf, walkBoard } from './board-walk'
import type { FigJamPort } from './figjam-port'
import { fillCanvas, finishCanvas } from './fill-canvas'
import { linkReadNotes } from './link-read-notes'
import { type CanvasRead, isOnBox, type PlacedNote, readCanvas, readCanvasBox } from './read-canvas'
import { readStampVotes } from './read-stamp-votes'

/** Which canvases `readBoardAsync` reads. */
export type ReadScope = 'selection' | 'page'

/**
 * Reads the canvases on the current page into a `Board`: plain data that fits `boardSchema` by
 * construction (the panel parses it on arrival, so the main thread does not parse it again).
 * Canvases are sections with plugin data role `canvas`, at page level or inside
 * other sections; each canvas's template id, title and areas come from the template data written
 * on it at placement (`canvas-template-data.ts`), not from the template's definition. With scope
 * `selection`, only canvases that are selected, hold a selected node, lie inside a selected
 * section or under a selected page-level sticky (or a sticky in a selected group) are read; with
 * nothing selected, the whole page is.
 *
 * A sticky belongs to an area when it is inside the area's section, or, lying on the canvas or
 * on the page, when its centre is inside the area section's bounds; on the canvas but in no area
 * it is stray. A sticky in a group people made (nested groups too) counts as lying where the
 * group lies. Empty stickies are counted, not read; the plugin's own labels and flags are never
 * stickies. Notes are in reading order; links come from connectors between two notes read and
 * from shared `#tags` (a tag on more than `TAG_LINK_LIMIT` stickies links none: a
 * `tag-not-linked` problem on the canvas of its first sticky). Deleted area sections, canvases
 * whose template data is missing or does not parse (`unknown-template`), unknown areas, moved
 * canvases and nodes deleted during the read are reported in `problems`, never thrown.
 */
export async function readBoardAsync(
  figma: FigJamPort,
  scope: ReadScope,
  options: ReadOptions = {},
): Promise<Board> {
  const page = figma.currentPage
  const walk = walkBoard(page, scope === 'selection' ? idsOf(page.selection) : new Set())

  const wholePage = walk.selectedIds.size === 0
  const selectedPageStickies = walk.pageStickies.filter((ref) => walk.selectedIds.has(ref.id))
  const unclaimed = new Set(walk.pageStickies)
  const problems: ReadProblem[] = []
  const reads: CanvasRead[] = []
  const pause = pauser(options)
  for (const [index, ref] of walk.canvases.entries()) {
    await pause(index, walk.canvases.length)
    const box = readCanvasBox(ref)
    if (box === null) {
      continue
    }
    const inScope =
      wholePage || ref.selected || selectedPageStickies.some((sticky) => isOnBox(sticky, box))
    const read = inScope ? readCanvas(ref, box, problems) : null
    if (read === null) {
      continue
    }
    const onCanvas = walk.pageStickies.filter(
      (sticky) => unclaimed.has(sticky) && isOnBox(sticky, box),
    )
    for (const sticky of onCanvas) {
      unclaimed.delete(sticky)
    }
    fillCanvas(read, ref, onCanvas, problems)
    reads.push(read)
  }

  linkReadNotes(page, reads, problems)
  const placed: PlacedNote[] = []
  for (const read of reads) placed.push(...read.placed)
  readStampVotes(page, placed)
  return {
    schemaVersion: BOARD_SCHEMA_VERSION,
    canvases: sortInReadingOrder(reads, (read) => read.box).map((read) => finishCanvas(read)),
    problems,
  }
}

/** How a long read reports on itself. */
export interface ReadOptions {
  /**
   * Called with the canvases read so far and their number, at most every `sliceMs`, before the
   * read gives the host a turn (so the panel can show it and FigJam stays responsive).
   */
  onProgress?: (done: number, total: number) => void
  /** Longest stretch of reading without a pause, ms. Default 50. */
  sliceMs?: number
}

function pauser(options: ReadOptions): (done: number, total: number) => Promise<void> {
  const sliceMs = options.sliceMs ?? 50
  let sliceStart = Date.now()
  return async (done, total) => {
    if (Date.now() - sliceStart < sliceMs) {
      return
    }
    options.onProgress?.(done, total)
    await new Promise<void>((resolve) => {
      setTimeout(resolve, 0)
    })
    sliceStart = Date.now()
  }
}
