import * as z from 'zod/mini'

import { fitRoleSchema } from './fit-role'

export type { FitRole } from './fit-role'

/**
 * A place in a canvas's grid, 0-based, in grid cells (not px). Cells may be fractional so
 * layouts such as the method data's (`gridPosition` with fractions) fit too.
 */
export const gridPlacementSchema = z.object({
  column: z.number().check(z.nonnegative()),
  row: z.number().check(z.nonnegative()),
  columnSpan: z.number().check(z.positive()),
  rowSpan: z.number().check(z.positive()),
})
export type GridPlacement = z.infer<typeof gridPlacementSchema>

/** FigJam section fill, `#RRGGBB`. */
export const hexColorSchema = z.string().check(z.regex(/^#[0-9A-F]{6}$/))

/** A group of areas drawn in one tint: a view of the AVP or a part of the API Canvas. */
export const canvasPartSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/)),
  title: z.string().check(z.minLength(1)),
  /** Section fill of the part's areas. */
  tint: hexColorSchema,
})

/** One area of a canvas: becomes one nested FigJam section holding stickies. */
export const areaDefinitionSchema = z.object({
  /** Stable id, written into plugin data; never shown. camelCase. */
  id: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/)),
  title: z.string().check(z.minLength(1)),
  /** Letter (AVP: A–F) or fill-order number (API Canvas: 1–9); empty for the API's name. */
  label: z.string(),
  /** Fill order, 1-based: the order the method fills areas and the order of exports. */
  fillOrder: z.number().check(z.int(), z.positive()),
  /** `id` of the part or view the area belongs to. */
  part: z.string(),
  role: fitRoleSchema,
  /** A short question or instruction for the workshop, in our own words. */
  prompt: z.string().check(z.minLength(1)),
  grid: gridPlacementSchema,
  /** The method marks this area as the one to start from or focus on (method data `highlight`). */
  highlight: z.optional(z.boolean()),
  /** Section id in the APIOps Cycles method data (`canvasData.json`), for method canvases. */
  methodSectionId: z.optional(z.string().check(z.minLength(1))),
})
export type AreaDefinition = z.infer<typeof areaDefinitionSchema>

/** A label of the template's own, drawn on the canvas but holding no notes (e.g. the fit marker). */
export const canvasMarkerSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/)),
  text: z.string().check(z.minLength(1)),
  grid: gridPlacementSchema,
})

/** Where a template's content comes from, for attribution (e.g. the method data's CC BY-SA 4.0). */
export const canvasSourceSchema = z.object({
  /** npm package the template was built from. */
  package: z.string().check(z.minLength(1)),
  version: z.string(),
  /** Licence of the canvas content, as the package states it. */
  license: z.string(),
  authors: z.array(z.string()),
  website: z.string(),
})

/**
 * A canvas template: pure data, validated by `canvasDefinitionSchema` in the tests.
 * `grid` is the number of columns and rows the areas' placements refer to.
 */
export const canvasDefinitionSchema = z.object({
  /**
   * Stable template id, written into plugin data: kebab-case for the built-in templates
   * (`api-canvas`), `method:<canvasId>:<locale>` for the APIOps Cycles method's canvases
   * (`method:apiBusinessModelCanvas:fi`), so the two can never clash.
   */
  id: z
    .string()
    .check(z.regex(/^(?:[a-z][a-z0-9-]*|method:[a-z][a-zA-Z0-9]*:[a-z]{2,3}(?:-[A-Za-z0-9]+)*)$/)),
  title: z.string().check(z.minLength(1)),
  /** One line: what the canvas is for. */
  purpose: z.string().check(z.minLength(1)),
  grid: z.object({
    columns: z.number().check(z.positive()),
    rows: z.number().check(z.positive()),
    /** Size of one grid cell on the board, px. */
    cellWidth: z.number().check(z.positive()),
    cellHeight: z.number().check(z.positive()),
  }),
  parts: z.array(canvasPartSchema).check(z.minLength(1)),
  areas: z.array(areaDefinitionSchema).check(z.minLength(1)),
  markers: z.array(canvasMarkerSchema),
  /** Language of the texts, e.g. `fi`; absent for the built-in English templates. */
  locale: z.optional(z.string().check(z.minLength(1))),
  /** How to fill the canvas, in the method's words. */
  howToUse: z.optional(z.string()),
  /** Canvas id in the APIOps Cycles method data (`canvasData.json`), for method canvases. */
  methodCanvasId: z.optional(z.string().check(z.minLength(1))),
  source: z.optional(canvasSourceSchema),
})
export type CanvasDefinition = z.infer<typeof canvasDefinitionSchema>
