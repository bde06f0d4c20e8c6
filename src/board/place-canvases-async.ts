import type { AreaDefinition, CanvasDefinition } from '../canvas/canvas-definition'
import {
  CANVAS_PADDING,
  computeTemplateLayout,
  type TemplateLayout,
} from '../canvas/template-layout'
import type {
  PlannedCanvas,
  PlannedConnector,
  PlannedNote,
  PlannedPlacement,
} from '../message-schemas'
import { containsPoint, rectCentre } from '../model/note-area'
import { areaSectionName } from './area-section-name'
import { encodeCanvasTemplateData } from './canvas-template-data'
import type { FigJamPort, PortSection, PortSticky } from './figjam-port'
import { findFreeSpot } from './free-spot'
import { runWithRollbackAsync, type TrackNode } from './node-rollback'
import { solidFill } from './paint-color'
import { BODY_FONT, loadFontsAsync, STICKY_FONT, TITLE_FONT } from './plugin-fonts'
import { PLACEMENT_SCHEMA_VERSION, PLUGIN_DATA_KEYS } from './plugin-data'
import { createLabelShapeIn, createTextIn, markNode } from './plugin-nodes'
import { arrangeInRows } from './sticky-rows'
import { validatePlannedCanvases } from './validate-planned-canvases'
import { unionOfRects, zoomViewportTo } from './viewport-focus'

/** A canvas the plugin has just placed. */
export interface PlacedCanvas {
  /** FigJam node id of the canvas section. */
  canvasId: string
  templateId: string
  /** Where the canvas section lies, absolute px. */
  bounds: Rect
}

/** Relaunch buttons on a canvas section; the commands are package.json's `relaunchButtons`. */
export const CANVAS_RELAUNCH_DATA = {
  'check-fit': 'Check the fit of this canvas',
  export: 'Export this canvas',
} as const

/**
 * Space kept between new canvases and the nodes already on the page, and between canvases placed
 * side by side, px.
 */
export const PLACEMENT_GAP = 160

const CANVAS_FILL = '#FFFFFF'
const MARKER_FILL = '#FFFFFF'
const AREA_PADDING = 24
const AREA_TITLE_SIZE = 32
const AREA_PROMPT_SIZE = 20
const PART_LABEL_SIZE = 40
const MARKER_HEIGHT = 160
const MARKER_TEXT_SIZE = 28

/** A sticky made for a planned note, waiting for its place. */
interface NoteSticky {
  note: PlannedNote
  sticky: PortSticky
}

/** A canvas built but not yet moved to its place; its size in px. */
interface BuiltCanvas {
  section: PortSection
  templateId: string
  width: number
  height: number
  /** The stickies made for its notes, by note ref. */
  stickies: ReadonlyMap<string, PortSticky>
}

/**
 * Places the placement's `canvases` on the current page side by side, left to right in the given
 * order, `PLACEMENT_GAP` px apart and top-aligned; the row is centred on the viewport, then moved right
 * and/or down until it overlaps no node on the page. Each canvas is one section (named after its
 * template) holding one nested section per area, tinted by the area's part, with its letter or
 * number, title and prompt at the top; part labels and markers go on the canvas. Sections and
 * labels carry plugin data (`plugin-data.ts`; the canvas also the template's areas, so it reads
 * back without its definition), the canvas the relaunch buttons.
 *
 * Then each note becomes a sticky in its colour: in its area's section, with `position` (px,
 * relative to the canvas section) kept, or, when null, in rows under the area's header, clear of
 * the area's other stickies; a note with no area goes on the canvas section, where `position`
 * says (unless its centre would lie on an area, which would make it that area's) or in a band
 * below the areas, and the canvas grows down and right to hold such stickies.
 * An area's stickies may run past its bottom edge when it is full. Once every canvas and sticky
 * exists and is in its place, the `connectors`, each between the stickies of its two note refs
 * (on one canvas or two), with automatic magnets. Afterwards the canvases are selected and zoomed
 * to, and the whole placement is one undo step.
 * @returns one entry per canvas, in the given order.
 * @throws Error when the input is not valid (`validatePlannedCanvases`, before anything is
 *   created), when a font cannot be loaded, or when FigJam refuses a change half-way; then every
 *   node created so far is removed again, so the page is as it was.
 */
export async function placeCanvasesAsync(
  figma: FigJamPort,
  placement: PlannedPlacement,
): Promise<PlacedCanvas[]> {
  const { canvases: planned, connectors } = validatePlannedCanvases(placement)
  const hasNotes = planned.some((canvas) => canvas.notes.length > 0)
  await loadFontsAsync(figma, [TITLE_FONT, BODY_FONT, ...(hasNotes ? [STICKY_FONT] : [])])

  const page = figma.currentPage
  const occupied = topLevelBounds(page.children)
  const [first] = planned
  const failure =
    planned.length === 1 && first !== undefined
      ? `Could not place the ${first.definition.title}`
      : `Could not place the ${String(planned.length)} canvases`

  let sections: PortSection[] = []
  const placed = await runWithRollbackAsync(failure, (track) => {
    const built = planned.map((canvas) => buildCanvas(figma, track, canvas))
    sections = built.map((canvas) => canvas.section)
    const row = placeRow(figma, built, occupied)
    drawConnectors(figma, track, built, connectors)
    return Promise.resolve(row)
  })
  page.selection = sections
  const bounds = unionOfRects(placed.map((canvas) => canvas.bounds))
  if (bounds !== null) {
    zoomViewportTo(figma.viewport, bounds)
  }
  figma.commitUndo()
  return placed
}

function topLevelBounds(children: FigJamPort['currentPage']['children']): Rect[] {
  const rects: Rect[] = []
  for (const node of children) {
    const box = node.absoluteBoundingBox
    if (box !== null) {
      rects.push(box)
    }
  }
  return rects
}

/** Moves the built canvases into a row at a free spot near the viewport centre. */
function placeRow(
  figma: FigJamPort,
  canvases: readonly BuiltCanvas[],
  occupied: readonly Rect[],
): PlacedCanvas[] {
  const width =
    canvases.reduce((sum, canvas) => sum + canvas.width, 0) + PLACEMENT_GAP * (canvases.length - 1)
  const height = Math.max(...canvases.map((canvas) => canvas.height))
  const centre = figma.viewport.center
  const spot = findFreeSpot(
    { width, height },
    { x: Math.round(centre.x - width / 2), y: Math.round(centre.y - height / 2) },
    occupied,
    PLACEMENT_GAP,
  )
  let x = spot.x
  return canvases.map(({ section, templateId, width: canvasWidth, height: canvasHeight }) => {
    const bounds = { x, y: spot.y, width: canvasWidth, height: canvasHeight }
    section.x = bounds.x
    section.y = bounds.y
    section.setPluginData(PLUGIN_DATA_KEYS.placedAt, `${bounds.x},${bounds.y}`)
    x += canvasWidth + PLACEMENT_GAP
    return { canvasId: section.id, templateId, bounds }
  })
}

function buildCanvas(figma: FigJamPort, track: TrackNode, planned: PlannedCanvas): BuiltCanvas {
  const template = planned.definition
  const layout = computeTemplateLayout(template)
  const canvas = track(figma.createSection())
  figma.currentPage.appendChild(canvas)
  canvas.name = template.title
  canvas.fills = [solidFill(CANVAS_FILL)]
  canvas.resizeWithoutConstraints(layout.width, layout.height)
  markNode(canvas, { role: 'canvas', templateId: template.id })
  canvas.setPluginData(PLUGIN_DATA_KEYS.schemaVersion, PLACEMENT_SCHEMA_VERSION)
  canvas.setPluginData(PLUGIN_DATA_KEYS.template, encodeCanvasTemplateData(template))
  canvas.setRelaunchData(CANVAS_RELAUNCH_DATA)

  const areas = new Map<string, PlacedArea>()
  for (const areaLayout of layout.areas) {
    const area = template.areas.find((candidate) => candidate.id === areaLayout.areaId)
    if (area !== undefined) {
      areas.set(
        area.id,
        placeArea(figma, track, canvas, template.id, area, areaLayout.rect, areaLayout.tint),
      )
    }
  }
  placeLabels(figma, track, canvas, template, layout)

  const stickies = placeNotes(figma, track, canvas, layout, planned.notes, areas)
  const size = growAroundStrayNotes(canvas, layout, stickies.stray)
  return { section: canvas, templateId: template.id, ...size, stickies: stickies.byRef }
}

/** Draws each connector between the stickies of its two note refs, on any of the canvases. */
function drawConnectors(
  figma: FigJamPort,
  track: TrackNode,
  canvases: readonly BuiltCanvas[],
  connectors: readonly PlannedConnector[],
): void {
  const stickies = new Map<string, PortSticky>()
  for (const canvas of canvases) {
    canvas.stickies.forEach((sticky, ref) => stickies.set(ref, sticky))
  }
  for (const [fromRef, toRef] of connectors) {
    const connector = track(figma.createConnector())
    connector.connectorStart = { endpointNodeId: stickyOf(stickies, fromRef).id, magnet: 'AUTO' }
    connector.connectorEnd = { endpointNodeId: stickyOf(stickies, toRef).id, magnet: 'AUTO' }
  }
}

function stickyOf(stickies: ReadonlyMap<string, PortSticky>, ref: string): PortSticky {
  const sticky = stickies.get(ref)
  if (sticky === undefined) {
    throw new Error(`no sticky was made for note "${ref}"`)
  }
  return sticky
}

function placeLabels(
  figma: FigJamPort,
  track: TrackNode,
  canvas: PortSection,
  template: CanvasDefinition,
  layout: TemplateLayout,
): void {
  for (const label of layout.partLabels) {
    createTextIn(
      figma,
      track,
      canvas,
      {
        characters: label.title,
        font: TITLE_FONT,
        fontSize: PART_LABEL_SIZE,
        x: label.rect.x,
        y: label.rect.y,
      },
      { role: 'header', templateId: template.id },
    )
  }
  for (const marker of layout.markers) {
    const height = Math.min(MARKER_HEIGHT, marker.rect.height)
    createLabelShapeIn(
      figma,
      track,
      canvas,
      {
        text: marker.text,
        font: TITLE_FONT,
        fontSize: MARKER_TEXT_SIZE,
        shapeType: 'ROUNDED_RECTANGLE',
        fill: MARKER_FILL,
        x: marker.rect.x,
        y: marker.rect.y + (marker.rect.height - height) / 2,
        width: marker.rect.width,
        height,
      },
      { role: 'header', templateId: template.id },
    )
  }
}

interface PlacedArea {
  section: PortSection
  /** The area's place in the canvas, px relative to the canvas section. */
  rect: Rect
  /** Bottom edge of the area's header texts, px relative to the area section. */
  headerBottom: number
}

function placeArea(
  figma: FigJamPort,
  track: TrackNode,
  canvas: PortSection,
  templateId: string,
  area: AreaDefinition,
  rect: Rect,
  tint: string,
): PlacedArea {
  const section = track(figma.createSection())
  canvas.appendChild(section)
  section.name = areaSectionName(area)
  section.fills = [solidFill(tint)]
  section.resizeWithoutConstraints(rect.width, rect.height)
  section.x = rect.x
  section.y = rect.y
  markNode(section, { role: 'area', templateId, areaId: area.id })

  const mark = { role: 'header', templateId, areaId: area.id } as const
  const width = rect.width - 2 * AREA_PADDING
  const title = createTextIn(
    figma,
    track,
    section,
    {
      characters: areaSectionName(area),
      font: TITLE_FONT,
      fontSize: AREA_TITLE_SIZE,
      x: AREA_PADDING,
      y: AREA_PADDING,
      width,
    },
    mark,
  )
  const promptY = AREA_PADDING + title.height + AREA_PROMPT_SIZE / 2
  const prompt = createTextIn(
    figma,
    track,
    section,
    {
      characters: area.prompt,
      font: BODY_FONT,
      fontSize: AREA_PROMPT_SIZE,
      x: AREA_PADDING,
      y: promptY,
      width,
    },
    mark,
  )
  return { section, rect, headerBottom: promptY + prompt.height }
}

interface PlacedNotes {
  byRef: Map<string, PortSticky>
  /** Stickies of notes with no area, on the canvas section. */
  stray: PortSticky[]
}

/**
 * Creates one sticky per note, in the given order, in its area's section or on the canvas, with
 * its text and colour, then puts each in its place (heights are known once the text is written).
 * Stray notes without a place, or whose place would put their centre on an area (where the board
 * reader would count them in that area), go in a band below the canvas's content.
 */
function placeNotes(
  figma: FigJamPort,
  track: TrackNode,
  canvas: PortSection,
  layout: TemplateLayout,
  notes: readonly PlannedNote[],
  areas: ReadonlyMap<string, PlacedArea>,
): PlacedNotes {
  const byRef = new Map<string, PortSticky>()
  const stray: NoteSticky[] = []
  const byArea = new Map<PlacedArea, NoteSticky[]>()
  for (const note of notes) {
    const area = note.areaId === null ? undefined : areas.get(note.areaId)
    const sticky = track(figma.createSticky())
    ;(area?.section ?? canvas).appendChild(sticky)
    sticky.text.characters = note.text
    sticky.fills = [solidFill(note.color)]
    byRef.set(note.ref, sticky)
    const group = area === undefined ? stray : (byArea.get(area) ?? [])
    group.push({ note, sticky })
    if (area !== undefined) {
      byArea.set(area, group)
    }
  }

  for (const [area, inArea] of byArea) {
    positionStickies(inArea, area.rect, {
      x: AREA_PADDING,
      y: area.headerBottom + AREA_PADDING,
      width: area.rect.width - 2 * AREA_PADDING,
    })
  }
  positionStickies(
    stray,
    { x: 0, y: 0 },
    { x: CANVAS_PADDING, y: layout.height, width: layout.width - 2 * CANVAS_PADDING },
    layout.areas.map((area) => area.rect),
  )
  return { byRef, stray: stray.map((entry) => entry.sticky) }
}

/**
 * Puts stickies with a planned position there (`origin` is the parent's place in the canvas, px)
 * unless their centre would lie in one of `keepOff` (px relative to the canvas), and the others in
 * rows inside `frame` (px relative to the parent), clear of the first ones.
 */
function positionStickies(
  stickies: readonly NoteSticky[],
  origin: { x: number; y: number },
  frame: { x: number; y: number; width: number },
  keepOff: readonly Rect[] = [],
): void {
  const taken: Rect[] = []
  const unplaced: { sticky: PortSticky; width: number; height: number }[] = []
  for (const { note, sticky } of stickies) {
    const size = { width: sticky.width, height: sticky.height }
    const planned = note.position === null ? null : { ...note.position, ...size }
    if (planned === null || keepOff.some((rect) => containsPoint(rect, rectCentre(planned)))) {
      unplaced.push({ sticky, ...size })
      continue
    }
    const at = { x: planned.x - origin.x, y: planned.y - origin.y }
    sticky.x = at.x
    sticky.y = at.y
    taken.push({ ...at, ...size })
  }
  const spots = arrangeInRows(unplaced, frame, taken, AREA_PADDING)
  unplaced.forEach(({ sticky }, index) => {
    const spot = spots[index]
    if (spot !== undefined) {
      sticky.x = spot.x
      sticky.y = spot.y
    }
  })
}

/** Grows the canvas section right and down to hold its stray stickies; returns its size, px. */
function growAroundStrayNotes(
  canvas: PortSection,
  layout: TemplateLayout,
  stray: readonly PortSticky[],
): { width: number; height: number } {
  let width = layout.width
  let height = layout.height
  for (const sticky of stray) {
    width = Math.max(width, sticky.x + sticky.width + CANVAS_PADDING)
    height = Math.max(height, sticky.y + sticky.height + CANVAS_PADDING)
  }
  if (width !== layout.width || height !== layout.height) {
    canvas.resizeWithoutConstraints(width, height)
  }
  return { width, height }
}
