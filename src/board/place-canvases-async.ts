import type { RelaunchTexts } from '../canvas/relaunch-texts'
import { computeTemplateLayout } from '../canvas/template-layout'
import { isLocale } from '../locale/locales'
import type { BoardText } from '../model/board-text'
import type { PlannedCanvas, PlannedPlacement } from '../model/planned-placement'
import { BoardError } from './board-error'
import { encodeCanvasTemplateData } from './canvas-template-data'
import type { FigJamPort, PortSection, PortSticky } from './figjam-port'
import { findFreeSpot } from './free-spot'
import { runWithRollbackAsync, type TrackNode } from './node-rollback'
import { solidFill } from './paint-color'
import { placeArea, type PlacedArea, placeLabels } from './place-area'
import { drawConnectors, growAroundStrayNotes, placeNotesAsync } from './place-notes'
import {
  PLACEMENT_SCHEMA_VERSION,
  PLUGIN_DATA_ENTRY_LIMIT,
  PLUGIN_DATA_KEYS,
  pluginDataEntryBytes,
  writeMarker,
} from './plugin-data'
import { loadPluginFontsAsync, type PluginFonts } from './plugin-fonts'
import { markNode } from './plugin-nodes'
import { unionOfRects, zoomViewportTo } from './viewport-focus'

/** A canvas the plugin has just placed. */
export interface PlacedCanvas {
  /** FigJam node id of the canvas section. */
  canvasId: string
  templateId: string
  /** Where the canvas section lies, absolute px. */
  bounds: Rect
}

/**
 * Relaunch buttons on a canvas section without descriptions; the commands are package.json's
 * `relaunchButtons`.
 */
export const BARE_RELAUNCH_DATA: RelaunchTexts = { 'check-fit': '', export: '' }

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
 * back without its definition, and the definition's `locale`), the canvas the relaunch buttons
 * with `relaunch`'s descriptions (one per canvas, in order; none given: buttons without a
 * description).
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
 * The placement is taken as typed: a file's plan is checked where it is read
 * (`plannedPlacementSchema`), the panel's own templates are built from checked definitions.
 * @throws Error when a template is too large for FigJam's 100 kB of plugin data (before anything
 *   is created), when a font cannot be loaded, or when FigJam refuses a change half-way; then
 *   every node created so far is removed again, so the page is as it was.
 */
export async function placeCanvasesAsync(
  figma: FigJamPort,
  placement: PlannedPlacement & { relaunch?: readonly RelaunchTexts[] },
): Promise<PlacedCanvas[]> {
  const { canvases: planned, connectors } = placement
  const templateData = planned.map((canvas) => templateDataOf(canvas))
  const fonts = await loadPluginFontsAsync(figma)

  const page = figma.currentPage
  const occupied = topLevelBounds(page.children)
  const [first] = planned
  const failure: BoardText =
    planned.length === 1 && first !== undefined
      ? { key: 'board.canvasNotPlaced', values: { title: first.definition.title } }
      : { key: 'board.canvasesNotPlaced', values: { count: planned.length } }

  let sections: PortSection[] = []
  const placed = await runWithRollbackAsync(failure, async (track) => {
    const built: BuiltCanvas[] = []
    for (const [index, canvas] of planned.entries()) {
      const relaunch = placement.relaunch?.[index] ?? BARE_RELAUNCH_DATA
      built.push(
        await buildCanvasAsync(figma, track, fonts, canvas, templateData[index] ?? '', relaunch),
      )
    }
    sections = built.map((canvas) => canvas.section)
    const row = placeRow(figma, built, occupied)
    const stickies = new Map<string, PortSticky>()
    for (const canvas of built) {
      canvas.stickies.forEach((sticky, ref) => stickies.set(ref, sticky))
    }
    drawConnectors(figma, track, stickies, connectors)
    return row
  })
  page.selection = sections
  const bounds = unionOfRects(placed.map((canvas) => canvas.bounds))
  if (bounds !== null) {
    zoomViewportTo(figma.viewport, bounds)
  }
  figma.commitUndo()
  return placed
}

/**
 * The template data written on a canvas section (`encodeCanvasTemplateData`).
 * @throws BoardError `board.templateTooLarge` when it passes Figma's limit on one plugin-data entry.
 */
function templateDataOf(canvas: PlannedCanvas): string {
  const data = encodeCanvasTemplateData(canvas.definition)
  const bytes = pluginDataEntryBytes(PLUGIN_DATA_KEYS.template, data)
  if (bytes > PLUGIN_DATA_ENTRY_LIMIT) {
    throw new BoardError('board.templateTooLarge', {
      title: canvas.definition.title,
      bytes,
      limit: PLUGIN_DATA_ENTRY_LIMIT,
    })
  }
  return data
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
    const canvasId = section.id
    writeMarker(section, PLUGIN_DATA_KEYS.placedAt, `${bounds.x},${bounds.y}`)
    writeMarker(section, PLUGIN_DATA_KEYS.placedId, canvasId)
    x += canvasWidth + PLACEMENT_GAP
    return { canvasId, templateId, bounds }
  })
}

async function buildCanvasAsync(
  figma: FigJamPort,
  track: TrackNode,
  fonts: PluginFonts,
  planned: PlannedCanvas,
  templateData: string,
  relaunch: RelaunchTexts,
): Promise<BuiltCanvas> {
  const template = planned.definition
  const layout = computeTemplateLayout(template)
  const canvas = track(figma.createSection())
  figma.currentPage.appendChild(canvas)
  canvas.name = template.title
  canvas.fills = [solidFill(CANVAS_FILL)]
  canvas.resizeWithoutConstraints(layout.width, layout.height)
  markNode(canvas, { role: 'canvas', templateId: template.id })
  writeMarker(canvas, PLUGIN_DATA_KEYS.schemaVersion, PLACEMENT_SCHEMA_VERSION)
  writeMarker(canvas, PLUGIN_DATA_KEYS.template, templateData)
  if (isLocale(template.locale)) writeMarker(canvas, PLUGIN_DATA_KEYS.locale, template.locale)
  canvas.setRelaunchData(relaunch)

  const areas = new Map<string, PlacedArea>()
  for (const areaLayout of layout.areas) {
    const area = template.areas.find((candidate) => candidate.id === areaLayout.areaId)
    if (area !== undefined) {
      areas.set(
        area.id,
        placeArea(figma, track, fonts, canvas, template.id, area, areaLayout.rect, areaLayout.tint),
      )
    }
  }
  placeLabels(figma, track, fonts, canvas, template, layout)

  const stickies = await placeNotesAsync(figma, track, canvas, layout, planned.notes, areas)
  const size = growAroundStrayNotes(canvas, layout, stickies.stray)
  return { section: canvas, templateId: template.id, ...size, stickies: stickies.byRef }
}
