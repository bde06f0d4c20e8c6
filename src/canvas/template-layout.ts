import type { CanvasDefinition, GridPlacement } from './canvas-definition'

export interface AreaLayout {
  areaId: string
  rect: Rect
  /** Section fill of the area: its part's tint, `#RRGGBB`. */
  tint: string
}

export interface PartLabelLayout {
  partId: string
  title: string
  rect: Rect
}

export interface MarkerLayout {
  markerId: string
  text: string
  rect: Rect
}

/**
 * Where everything of a template goes inside its canvas section; every `rect` in px, relative to
 * the section's top-left corner.
 */
export interface TemplateLayout {
  /** Size of the canvas section. */
  width: number
  height: number
  areas: AreaLayout[]
  /** Part and view labels, in bands above and below the areas. */
  partLabels: PartLabelLayout[]
  markers: MarkerLayout[]
}

/** Space between areas, px. */
export const AREA_GAP = 24
/** Space between the canvas section's edge and its content, px. */
export const CANVAS_PADDING = 48
/** Height of a band of part labels, px. */
export const PART_LABEL_BAND = 96

/**
 * Lays a template out on the board: each grid cell is `grid.cellWidth` × `grid.cellHeight` px,
 * areas are separated by `AREA_GAP`, and part labels sit in a band above the areas (parts with an
 * area in the first row) or below them (the others), spanning their areas' columns.
 * Pure: the same definition always gives the same layout.
 */
export function computeTemplateLayout(definition: CanvasDefinition): TemplateLayout {
  const { grid } = definition
  const topParts = definition.parts.filter((part) =>
    definition.areas.some((area) => area.part === part.id && area.grid.row === 0),
  )
  const bottomParts = definition.parts.filter((part) => !topParts.includes(part))
  const top = CANVAS_PADDING + (topParts.length > 0 ? PART_LABEL_BAND : 0)
  const gridWidth = grid.columns * grid.cellWidth + (grid.columns - 1) * AREA_GAP
  const gridHeight = grid.rows * grid.cellHeight + (grid.rows - 1) * AREA_GAP
  const gridBottom = top + gridHeight

  const place = (placement: GridPlacement): Rect => ({
    x: CANVAS_PADDING + placement.column * (grid.cellWidth + AREA_GAP),
    y: top + placement.row * (grid.cellHeight + AREA_GAP),
    width: placement.columnSpan * grid.cellWidth + (placement.columnSpan - 1) * AREA_GAP,
    height: placement.rowSpan * grid.cellHeight + (placement.rowSpan - 1) * AREA_GAP,
  })
  const tints = new Map(definition.parts.map((part) => [part.id, part.tint]))

  const areas = definition.areas.map((area) => ({
    areaId: area.id,
    rect: place(area.grid),
    tint: tints.get(area.part) ?? '#FFFFFF',
  }))

  const labelFor = (partId: string, title: string, y: number): PartLabelLayout => {
    const rects = areas
      .filter((area) => definition.areas.find((a) => a.id === area.areaId)?.part === partId)
      .map((area) => area.rect)
    const left = Math.min(...rects.map((rect) => rect.x))
    const right = Math.max(...rects.map((rect) => rect.x + rect.width))
    return {
      partId,
      title,
      rect: { x: left, y, width: right - left, height: PART_LABEL_BAND - AREA_GAP },
    }
  }

  const partLabels = [
    ...topParts.map((part) => labelFor(part.id, part.title, CANVAS_PADDING)),
    ...bottomParts
      .filter((part) => definition.areas.some((area) => area.part === part.id))
      .map((part) => labelFor(part.id, part.title, gridBottom + AREA_GAP)),
  ]

  return {
    width: 2 * CANVAS_PADDING + gridWidth,
    height: gridBottom + (bottomParts.length > 0 ? PART_LABEL_BAND : 0) + CANVAS_PADDING,
    areas,
    partLabels,
    markers: definition.markers.map((marker) => ({
      markerId: marker.id,
      text: marker.text,
      rect: place(marker.grid),
    })),
  }
}
