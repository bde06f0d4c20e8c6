/** Where an item lies, px, all in the same frame (absolute or canvas-relative). */
export type ReadingBox = Pick<Rect, 'x' | 'y' | 'height'>

/**
 * Items in reading order: rows top to bottom, each row left to right. A row starts at the
 * topmost item not yet placed and takes every item whose top lies within half that item's
 * height below it, so stickies stuck up a little crooked still read as one row. Items with
 * the same position keep their given order. FigJam lists children in z-order, not in this order
 *.
 */
export function sortInReadingOrder<T>(items: readonly T[], boxOf: (item: T) => ReadingBox): T[] {
  const boxed = items.map((item, index) => ({ item, index, box: boxOf(item) }))
  boxed.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x || a.index - b.index)

  const sorted: T[] = []
  let start = 0
  while (start < boxed.length) {
    const first = boxed[start]
    if (first === undefined) {
      break
    }
    const rowBottom = first.box.y + first.box.height / 2
    let end = start + 1
    while (end < boxed.length && (boxed[end]?.box.y ?? Infinity) <= rowBottom) {
      end += 1
    }
    const row = boxed.slice(start, end)
    row.sort((a, b) => a.box.x - b.box.x || a.box.y - b.box.y || a.index - b.index)
    for (const entry of row) {
      sorted.push(entry.item)
    }
    start = end
  }
  return sorted
}
