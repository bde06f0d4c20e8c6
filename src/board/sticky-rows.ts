/** Where a run of stickies may go: from (`x`, `y`) rightwards, `width` px wide, open downwards. */
export interface RowFrame {
  x: number
  y: number
  width: number
}

/**
 * Top-left corners for rectangles of `sizes`, in order, in rows inside `frame`: left to right,
 * `gap` px apart, a new row `gap` px below the tallest of the row above once the next would pass
 * the frame's right edge (a rectangle wider than the frame gets a row of its own). A place that
 * would come within `gap` of one of `taken` is skipped. No two results overlap, nor any result
 * and `taken`: each result lies right of the earlier ones in its row, and each row below the
 * tallest of the row above, so only `taken` is searched (the time grows with the stickies times
 * `taken`, not with the square of the stickies). All px, in `frame`'s coordinates. Pure.
 */
export function arrangeInRows(
  sizes: readonly { width: number; height: number }[],
  frame: RowFrame,
  taken: readonly Rect[],
  gap: number,
): { x: number; y: number }[] {
  const right = frame.x + frame.width
  let x = frame.x
  let y = frame.y
  let rowHeight = 0
  return sizes.map((size) => {
    for (;;) {
      if (x > frame.x && x + size.width > right) {
        x = frame.x
        y += Math.max(rowHeight, 1) + gap
        rowHeight = 0
      }
      const box = { x, y, width: size.width, height: size.height }
      const hit = taken.find((other) => withinGap(box, other, gap))
      if (hit === undefined) {
        break
      }
      x = hit.x + hit.width + gap
    }
    const spot = { x, y }
    rowHeight = Math.max(rowHeight, size.height)
    x += size.width + gap
    return spot
  })
}

function withinGap(a: Rect, b: Rect, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  )
}
