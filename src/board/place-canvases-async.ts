import { computeTemplateLayout } from '../canvas/template-layout'
import type { PlannedCanvas, PlannedPlacement } from '../message-schemas'
import type { BoxRect } from '../model/note-area'
import { encodeCanvasTemplateData } from './canvas-template-data'
import type { FigJamPort, PortSection, PortSticky } from './figjam-port'
import { findFreeSpot } from './free-spot'
import { runWithRollbackAsync, type TrackNode } from './node-rollback'
import { solidFill } from './paint-color'
import { placeArea, placeLabels, type PlacedArea } from './place-area'
import { drawConnectors, growAroundStrayNotes, placeNotes } from './place-notes'
import { BODY_FONT, loadFontsAsync, STICKY_FONT, TITLE_FONT } from './plugin-fonts'
import { PLACEMENT_SCHEMA_VERSION, PLUGIN_DATA_KEYS } from './plugin-data'
import { markNode } from './plugin-nodes'
import { validatePlannedCanvases } from './validate-planned-canvases'
import { unionOfRects, zoomViewportTo } from './viewport-focus'

/** A canvas the plugin has just placed. */
export interface PlacedCanvas {
  /** FigJam node id of the canvas section. */
  canvasId: string
  templateId: string
  /** Where the canvas section lies, absolute px. */
  bounds: BoxRect
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
    const stickies = new Map<string, PortSticky>()
    for (const canvas of built) {
      canvas.stickies.forEach((sticky, ref) => stickies.set(ref, sticky))
    }
    drawConnectors(figma, track, stickies, connectors)
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

function topLevelBounds(children: FigJamPort['currentPage']['children']): BoxRect[] {
  const rects: BoxRect[] = []
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
  occupied: readonly BoxRect[],
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
