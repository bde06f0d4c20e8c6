import { type NoteRange, noteRangeIn, type Point } from './note-range'

/** A FigJam sticky, px: 240 × 240 (`createSticky()`; 416 wide with `isWideWidth`). */
export const STICKY_SIZE = 240

/**
 * Room at the top of an area for its title and prompt, px: the board adapter writes a 32 px title
 * at 24 px and the prompt in 20 px type from 72 px, which takes up to five lines in a narrow area.
 */
export const AREA_HEADER_HEIGHT = 200

/** Margin kept between stickies and an area's other edges, and between stickies, px. */
export const AREA_NOTE_MARGIN = 24

/** Where a sticky's top-left corner may go in an area: below the header, inside the margins. */
export function areaNoteRange(rect: Rect): NoteRange {
  return noteRangeIn(rect, STICKY_SIZE, STICKY_SIZE, {
    top: AREA_HEADER_HEIGHT,
    side: AREA_NOTE_MARGIN,
    bottom: AREA_NOTE_MARGIN,
  })
}

const overlaps = (a: Point, b: Point): boolean =>
  Math.abs(a.x - b.x) < STICKY_SIZE && Math.abs(a.y - b.y) < STICKY_SIZE

/**
 * Top-left corners for `count` stickies in an area, px in the same frame as `rect`: rows of
 * stickies `AREA_NOTE_MARGIN` apart from the top-left of the area's note range, skipping places
 * that would overlap a sticky already at one of `taken`. No two overlap while the area has room;
 * beyond that the rows are squeezed together so every sticky still lies inside the area with its
 * first lines showing.
 */
export function arrangeNotes(rect: Rect, count: number, taken: readonly Point[]): Point[] {
  const range = areaNoteRange(rect)
  const step = STICKY_SIZE + AREA_NOTE_MARGIN
  const columns = Math.floor(range.width / step) + 1
  const rows = Math.floor(range.height / step) + 1
  const free: Point[] = []
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const spot = { x: range.x + column * step, y: range.y + row * step }
      if (!taken.some((point) => overlaps(point, spot))) {
        free.push(spot)
      }
    }
  }
  if (count <= free.length) {
    return free.slice(0, count)
  }
  const squeezedRows = Math.ceil(count / columns)
  const rowStep = squeezedRows > 1 ? Math.min(step, range.height / (squeezedRows - 1)) : 0
  return Array.from({ length: count }, (_, index) => ({
    x: range.x + (index % columns) * step,
    y: Math.round(range.y + Math.floor(index / columns) * rowStep),
  }))
}
