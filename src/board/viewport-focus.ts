import type { PortViewport } from './figjam-port'

/** Zoom never goes above 100 %, so a single sticky is shown at its real size. */
const MAX_ZOOM = 1
/** FigJam's smallest zoom, 2 %. */
const MIN_ZOOM = 0.02
/** Space kept around the focused rectangle, px on the board at the new zoom. */
const MARGIN = 64

/** The smallest rectangle holding all `rects`, or null when there are none. */
export function unionOfRects(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) {
    return null
  }
  const left = Math.min(...rects.map((rect) => rect.x))
  const top = Math.min(...rects.map((rect) => rect.y))
  const right = Math.max(...rects.map((rect) => rect.x + rect.width))
  const bottom = Math.max(...rects.map((rect) => rect.y + rect.height))
  return { x: left, y: top, width: right - left, height: bottom - top }
}

/**
 * Centres the viewport on `rect` (absolute px) and zooms so all of it fits the visible window,
 * with a margin; what `scrollAndZoomIntoView` does, from `viewport.bounds` (the window in board
 * px at the current zoom), which is in the port.
 */
export function zoomViewportTo(viewport: PortViewport, rect: Rect): void {
  const zoom = viewport.zoom
  const window = viewport.bounds
  const screenWidth = window.width * zoom
  const screenHeight = window.height * zoom
  const fit = Math.min(
    screenWidth / (rect.width + 2 * MARGIN),
    screenHeight / (rect.height + 2 * MARGIN),
  )
  viewport.center = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
  viewport.zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fit))
}
