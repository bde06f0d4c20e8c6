/** A point in px. */
export interface Point {
  x: number
  y: number
}

/**
 * Where a note's top-left corner may go inside a box so the note stays in it: from (`x`, `y`)
 * to (`x + width`, `y + height`), px. `width` or `height` is 0 when the box is no bigger than
 * the note along that side.
 */
export type NoteRange = Rect

/** Room kept free inside a box: a header at the top, a margin on the other sides, px. */
export interface BoxInset {
  top: number
  side: number
  bottom: number
}

/** The note range of a `noteWidth` × `noteHeight` note inside `box` less `inset`. */
export function noteRangeIn(
  box: Rect,
  noteWidth: number,
  noteHeight: number,
  inset: BoxInset = { top: 0, side: 0, bottom: 0 },
): NoteRange {
  return {
    x: box.x + inset.side,
    y: box.y + inset.top,
    width: Math.max(0, box.width - 2 * inset.side - noteWidth),
    height: Math.max(0, box.height - inset.top - inset.bottom - noteHeight),
  }
}

/**
 * Maps a note's top-left corner from one range to another, keeping its relative place (the
 * fraction of the way across and down); points outside `from` are first moved to its nearest
 * edge, so the result always lies in `to`. Rounded to whole px.
 */
export function mapNotePosition(point: Point, from: NoteRange, to: NoteRange): Point {
  const fraction = (value: number, start: number, length: number): number =>
    length > 0 ? Math.min(1, Math.max(0, (value - start) / length)) : 0
  return {
    x: Math.round(to.x + fraction(point.x, from.x, from.width) * to.width),
    y: Math.round(to.y + fraction(point.y, from.y, from.height) * to.height),
  }
}
