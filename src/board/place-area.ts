import type { AreaDefinition, CanvasDefinition } from '../canvas/canvas-definition'
import type { TemplateLayout } from '../canvas/template-layout'
import { areaSectionName } from './area-section-name'
import type { FigJamPort, PortSection } from './figjam-port'
import type { TrackNode } from './node-rollback'
import { solidFill } from './paint-color'
import type { PluginFonts } from './plugin-fonts'
import { createLabelShapeIn, createTextIn, markNode } from './plugin-nodes'

/** Space inside an area around its header and stickies, and between stickies, px. */
export const AREA_PADDING = 24
const AREA_TITLE_SIZE = 32
const AREA_PROMPT_SIZE = 20
const PART_LABEL_SIZE = 40
const MARKER_FILL = '#FFFFFF'
const MARKER_HEIGHT = 160
const MARKER_TEXT_SIZE = 28

/** An area section the plugin has drawn. */
export interface PlacedArea {
  section: PortSection
  /** The area's place in the canvas, px relative to the canvas section. */
  rect: Rect
  /** Bottom edge of the area's header texts, px relative to the area section. */
  headerBottom: number
}

/**
 * Draws one area: a section inside `canvas` at `rect` (px, canvas-relative) tinted `tint`,
 * named after the area, with its title and prompt at the top (in `fonts.title` and
 * `fonts.body`), all marked with plugin data.
 */
export function placeArea(
  figma: FigJamPort,
  track: TrackNode,
  fonts: PluginFonts,
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
      font: fonts.title,
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
      font: fonts.body,
      fontSize: AREA_PROMPT_SIZE,
      x: AREA_PADDING,
      y: promptY,
      width,
    },
    mark,
  )
  return { section, rect, headerBottom: promptY + prompt.height }
}

/** Draws the layout's part labels and fit markers on the canvas section (in `fonts.title`). */
export function placeLabels(
  figma: FigJamPort,
  track: TrackNode,
  fonts: PluginFonts,
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
        font: fonts.title,
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
        font: fonts.title,
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
