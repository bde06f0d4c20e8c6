import { CANVAS_PADDING, type TemplateLayout } from '../canvas/template-layout'
import type { PlannedConnector, PlannedNote } from '../model/planned-placement'
import { BoardError } from './board-error'
import type { FigJamPort, PortSection, PortSticky } from './figjam-port'
import type { TrackNode } from './node-rollback'
import { solidFill } from './paint-color'
import { AREA_PADDING, type PlacedArea } from './place-area'
import { loadFontAsync } from './plugin-fonts'
import { grownCanvasSize, layOutStickies } from './sticky-layout'
import { writeLayerText } from './text-writes'

/** A sticky made for a planned note, waiting for its place. */
interface NoteSticky {
  note: PlannedNote
  sticky: PortSticky
}

/** The stickies made for one canvas's notes. */
export interface PlacedNotes {
  byRef: Map<string, PortSticky>
  /** Stickies of notes with no area, on the canvas section. */
  stray: PortSticky[]
}

/**
 * Creates one sticky per note, in the given order, in its area's section or on the canvas, with
 * its text and colour, then puts each in its place. Each sticky's text is written in the font
 * FigJam gave it (`sticky.text.fontName`, loaded once per distinct font before the sticky is
 * appended, as Figma needs loaded fonts to append nodes holding text) (heights are known once the text is written;
 * `layOutStickies`). Stray notes without a place, or whose place would put their centre on an
 * area (where the board reader would count them in that area), go in a band below the canvas's
 * content.
 */
export async function placeNotesAsync(
  figma: FigJamPort,
  track: TrackNode,
  canvas: PortSection,
  layout: TemplateLayout,
  notes: readonly PlannedNote[],
  areas: ReadonlyMap<string, PlacedArea>,
): Promise<PlacedNotes> {
  const byRef = new Map<string, PortSticky>()
  const stray: NoteSticky[] = []
  const byArea = new Map<PlacedArea, NoteSticky[]>()
  for (const note of notes) {
    const area = note.areaId === null ? undefined : areas.get(note.areaId)
    const sticky = track(figma.createSticky())
    const layer = sticky.text
    const font = await loadFontAsync(figma, layer.fontName)
    ;(area?.section ?? canvas).appendChild(sticky)
    writeLayerText(layer, font, note.text)
    sticky.fills = [solidFill(note.color)]
    byRef.set(note.ref, sticky)
    const group = area === undefined ? stray : (byArea.get(area) ?? [])
    group.push({ note, sticky })
    if (area !== undefined) {
      byArea.set(area, group)
    }
  }

  for (const [area, inArea] of byArea) {
    moveStickies(inArea, area.rect, {
      x: AREA_PADDING,
      y: area.headerBottom + AREA_PADDING,
      width: area.rect.width - 2 * AREA_PADDING,
    })
  }
  moveStickies(
    stray,
    { x: 0, y: 0 },
    { x: CANVAS_PADDING, y: layout.height, width: layout.width - 2 * CANVAS_PADDING },
    layout.areas.map((area) => area.rect),
  )
  return { byRef, stray: stray.map((entry) => entry.sticky) }
}

function moveStickies(
  stickies: readonly NoteSticky[],
  origin: { x: number; y: number },
  frame: { x: number; y: number; width: number },
  keepOff: readonly Rect[] = [],
): void {
  const sized = stickies.map(({ note, sticky }) => ({
    position: note.position,
    width: sticky.width,
    height: sticky.height,
  }))
  const spots = layOutStickies(sized, origin, frame, AREA_PADDING, keepOff)
  stickies.forEach(({ sticky }, index) => {
    const spot = spots[index]
    if (spot !== undefined) {
      sticky.x = spot.x
      sticky.y = spot.y
    }
  })
}

/**
 * Grows the canvas section right and down to hold its stray stickies (`CANVAS_PADDING` px to
 * spare); returns its size, px.
 */
export function growAroundStrayNotes(
  canvas: PortSection,
  layout: TemplateLayout,
  stray: readonly PortSticky[],
): { width: number; height: number } {
  const rects = stray.map((sticky) => ({
    x: sticky.x,
    y: sticky.y,
    width: sticky.width,
    height: sticky.height,
  }))
  const size = grownCanvasSize(layout, rects, CANVAS_PADDING)
  if (size.width !== layout.width || size.height !== layout.height) {
    canvas.resizeWithoutConstraints(size.width, size.height)
  }
  return size
}

/**
 * Draws each connector between the stickies of its two note refs, on any of the canvases:
 * elbowed, with automatic magnets (a straight connector, which a new connector may be, accepts
 * only CENTER and NONE: ConnectorEndpoint docs).
 */
export function drawConnectors(
  figma: FigJamPort,
  track: TrackNode,
  stickies: ReadonlyMap<string, PortSticky>,
  connectors: readonly PlannedConnector[],
): void {
  for (const [fromRef, toRef] of connectors) {
    const connector = track(figma.createConnector())
    connector.connectorLineType = 'ELBOWED'
    connector.connectorStart = { endpointNodeId: stickyOf(stickies, fromRef).id, magnet: 'AUTO' }
    connector.connectorEnd = { endpointNodeId: stickyOf(stickies, toRef).id, magnet: 'AUTO' }
  }
}

function stickyOf(stickies: ReadonlyMap<string, PortSticky>, ref: string): PortSticky {
  const sticky = stickies.get(ref)
  if (sticky === undefined) {
    throw new BoardError('board.noteNotMade', { ref })
  }
  return sticky
}
