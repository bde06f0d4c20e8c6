/**
 * Where to put a `size` rectangle as near `preferred` (its top-left, absolute px) as possible,
 * moving it only right and/or down, so that it keeps at least `gap` px away from every rectangle
 * of `occupied`. Of the free spots found, the one with the least `dx + dy` wins; moving right
 * wins a tie. Always finds a spot: right of everything, or below everything, is free.
 */
export function findFreeSpot(
  size: { width: number; height: number },
  preferred: { x: number; y: number },
  occupied: readonly Rect[],
  gap: number,
): { x: number; y: number } {
  const rows = [preferred.y]
  for (const rect of occupied) {
    const below = rect.y + rect.height + gap
    if (below > preferred.y) {
      rows.push(below)
    }
  }
  rows.sort((a, b) => a - b)
  const byLeft = [...occupied].sort((a, b) => a.x - b.x)

  let best = { x: Infinity, y: Infinity }
  let bestCost = Infinity
  for (const y of rows) {
    if (y - preferred.y >= bestCost) {
      break
    }
    let x = preferred.x
    for (const rect of byLeft) {
      const sharesBand = rect.y < y + size.height + gap && rect.y + rect.height + gap > y
      if (sharesBand && rect.x < x + size.width + gap && rect.x + rect.width + gap > x) {
        x = rect.x + rect.width + gap
      }
    }
    const cost = x - preferred.x + (y - preferred.y)
    if (cost < bestCost) {
      best = { x, y }
      bestCost = cost
    }
  }
  return best
}
