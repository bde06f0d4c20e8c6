import { containsPoint, rectCentre } from '../model/note-area'
import { arrangeInRows, type RowFrame } from './sticky-rows'

/** A sticky waiting for its place: its planned top-left (px, canvas-relative) and size (px). */
export interface StickyToLay {
  position: { x: number; y: number } | null
  width: number
  height: number
}

/**
 * Where each sticky goes, px relative to its parent, in the given order: a planned `position` is
 * kept (shifted by `origin`, the parent's top-left in the canvas, px) unless the sticky's centre
 * would lie in one of `keepOff` (px relative to the canvas); the others go in rows inside
 * `frame` (px relative to the parent), `gap` px apart and clear of the kept ones. Pure.
 */
export function layOutStickies(
  stickies: readonly StickyToLay[],
  origin: { x: number; y: number },
  frame: RowFrame,
  gap: number,
  keepOff: readonly Rect[] = [],
): { x: number; y: number }[] {
  const spots: ({ x: number; y: number } | undefined)[] = []
  const taken: Rect[] = []
  const unplaced: { index: number; width: number; height: number }[] = []
  stickies.forEach(({ position, width, height }, index) => {
    const planned = position === null ? null : { ...position, width, height }
    if (planned === null || keepOff.some((rect) => containsPoint(rect, rectCentre(planned)))) {
      unplaced.push({ index, width, height })
      return
    }
    const at = { x: planned.x - origin.x, y: planned.y - origin.y }
    spots[index] = at
    taken.push({ ...at, width, height })
  })
  const rows = arrangeInRows(unplaced, frame, taken, gap)
  unplaced.forEach(({ index }, row) => {
    spots[index] = rows[row]
  })
  return stickies.map((_, index) => spots[index] ?? { x: frame.x, y: frame.y })
}

/**
 * The size of a canvas of `size` grown right and down so each of `stray` (px relative to the
 * canvas) lies at least `padding` px inside its right and bottom edges. Pure.
 */
export function grownCanvasSize(
  size: { width: number; height: number },
  stray: readonly Rect[],
  padding: number,
): { width: number; height: number } {
  let { width, height } = size
  for (const rect of stray) {
    width = Math.max(width, rect.x + rect.width + padding)
    height = Math.max(height, rect.y + rect.height + padding)
  }
  return { width, height }
}
