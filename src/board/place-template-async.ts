import {
  canvasDefinitionSchema,
  type AreaDefinition,
  type CanvasDefinition,
} from '../canvas/canvas-definition'
import {
  computeTemplateLayout,
  type LayoutRect,
  type TemplateLayout,
} from '../canvas/template-layout'
import { parsePayload } from './parse-payload'
import type { BoxRect } from '../model/note-area'
import { areaSectionName } from './area-section-name'
import type { FigJamPort, PortSection } from './figjam-port'
import { findFreeSpot } from './free-spot'
import { runWithRollbackAsync, type TrackNode } from './node-rollback'
import { solidFill } from './paint-color'
import { BODY_FONT, loadFontsAsync, TITLE_FONT } from './plugin-fonts'
import { PLACEMENT_SCHEMA_VERSION, PLUGIN_DATA_KEYS } from './plugin-data'
import { createLabelShapeIn, createTextIn, markNode } from './plugin-nodes'
import { zoomViewportTo } from './viewport-focus'

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

/** Space kept between a new canvas and the nodes already on the page, px. */
export const PLACEMENT_GAP = 160

const CANVAS_FILL = '#FFFFFF'
const MARKER_FILL = '#FFFFFF'
const AREA_PADDING = 24
const AREA_TITLE_SIZE = 32
const AREA_PROMPT_SIZE = 20
const PART_LABEL_SIZE = 40
const MARKER_HEIGHT = 160

/**
 * Places `definition` on the current page as one canvas section (named after the template)
 * holding one nested section per area, tinted by the area's part, each with its letter or
 * number, title and prompt at the top; part labels and markers go on the canvas. The canvas is
 * centred on the viewport, then moved right and/or down until it overlaps no node on the page.
 * Sections and labels carry plugin data (`plugin-data.ts`), the canvas the relaunch buttons.
 * Afterwards the canvas is selected and zoomed to, and the placement is one undo step.
 * @throws Error when the definition is not valid (before anything is created), when a font
 *   cannot be loaded, or when FigJam refuses a change half-way; then every node created so far is
 *   removed again, so the page is as it was.
 */
export async function placeTemplateAsync(
  figma: FigJamPort,
  definition: CanvasDefinition,
): Promise<PlacedCanvas> {
  const template = validateDefinition(definition)
  const layout = computeTemplateLayout(template)
  await loadFontsAsync(figma, [TITLE_FONT, BODY_FONT])

  const page = figma.currentPage
  const centre = figma.viewport.center
  const occupied = topLevelBounds(page.children)
  const spot = findFreeSpot(
    layout,
    { x: Math.round(centre.x - layout.width / 2), y: Math.round(centre.y - layout.height / 2) },
    occupied,
    PLACEMENT_GAP,
  )

  const canvas = await runWithRollbackAsync(`Could not place the ${template.title}`, (track) =>
    Promise.resolve(buildCanvas(figma, track, template, layout, spot)),
  )
  const bounds = { x: spot.x, y: spot.y, width: layout.width, height: layout.height }
  page.selection = [canvas]
  zoomViewportTo(figma.viewport, bounds)
  figma.commitUndo()
  return { canvasId: canvas.id, templateId: template.id, bounds }
}

function validateDefinition(definition: CanvasDefinition): CanvasDefinition {
  const template = parsePayload('The template is not valid', canvasDefinitionSchema, definition)
  const partIds = template.parts.map((part) => part.id)
  const seen: string[] = []
  for (const area of template.areas) {
    if (seen.includes(area.id)) {
      throw new Error(`Template "${template.title}" is not valid: area id "${area.id}" repeats.`)
    }
    seen.push(area.id)
    if (!partIds.includes(area.part)) {
      throw new Error(
        `Template "${template.title}" is not valid: area "${area.id}" belongs to part "${area.part}", which the template does not define.`,
      )
    }
  }
  return template
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

function buildCanvas(
  figma: FigJamPort,
  track: TrackNode,
  template: CanvasDefinition,
  layout: TemplateLayout,
  spot: { x: number; y: number },
): PortSection {
  const canvas = track(figma.createSection())
  figma.currentPage.appendChild(canvas)
  canvas.name = template.title
  canvas.fills = [solidFill(CANVAS_FILL)]
  canvas.resizeWithoutConstraints(layout.width, layout.height)
  canvas.x = spot.x
  canvas.y = spot.y
  markNode(canvas, { role: 'canvas', templateId: template.id })
  canvas.setPluginData(PLUGIN_DATA_KEYS.schemaVersion, PLACEMENT_SCHEMA_VERSION)
  canvas.setPluginData(PLUGIN_DATA_KEYS.placedAt, `${spot.x},${spot.y}`)
  canvas.setRelaunchData(CANVAS_RELAUNCH_DATA)

  for (const areaLayout of layout.areas) {
    const area = template.areas.find((candidate) => candidate.id === areaLayout.areaId)
    if (area !== undefined) {
      placeArea(figma, track, canvas, template.id, area, areaLayout.rect, areaLayout.tint)
    }
  }
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
  return canvas
}

function placeArea(
  figma: FigJamPort,
  track: TrackNode,
  canvas: PortSection,
  templateId: string,
  area: AreaDefinition,
  rect: LayoutRect,
  tint: string,
): void {
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
  createTextIn(
    figma,
    track,
    section,
    {
      characters: area.prompt,
      font: BODY_FONT,
      fontSize: AREA_PROMPT_SIZE,
      x: AREA_PADDING,
      y: AREA_PADDING + title.height + AREA_PROMPT_SIZE / 2,
      width,
    },
    mark,
  )
}
