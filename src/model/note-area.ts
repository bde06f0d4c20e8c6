/** The centre point of a rectangle. */
export function rectCentre(rect: Rect): { x: number; y: number } {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
}

/** Whether the point lies inside the rectangle; the top and left edges count as inside. */
export function containsPoint(rect: Rect, point: { x: number; y: number }): boolean {
  return (
    point.x >= rect.x &&
    point.x < rect.x + rect.width &&
    point.y >= rect.y &&
    point.y < rect.y + rect.height
  )
}

/**
 * The first of `regions` whose rectangle holds the centre of `note`: how a sticky lying on top of
 * a canvas or an area, rather than inside its section, is given to one.
 * @returns the region, or undefined when the centre lies in none.
 */
export function findRegionOfNote<R extends { rect: Rect }>(
  note: Rect,
  regions: readonly R[],
): R | undefined {
  const centre = rectCentre(note)
  return regions.find((region) => containsPoint(region.rect, centre))
}
