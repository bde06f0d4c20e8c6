/**
 * What placing canvases needs: canvases in order, each a template with the notes to fill it, and
 * the connectors between those notes. The panel plans one (a template, the workshop kit or an
 * imported file); `plannedPlacementSchema` checks an imported file's plan once, where it enters.
 */
import * as z from 'zod/mini'

import { canvasDefinitionSchema, hexColorSchema } from '../canvas/canvas-definition'
import { canvasPointSchema, idSchema } from './board'
import { placementIssues } from './placement-issues'

/** A sticky to create while placing canvases (an imported file's notes). */
export const plannedNoteSchema = z.object({
  /** Unique across the placement (all its canvases); connectors refer to it. */
  ref: idSchema,
  /** Area the sticky goes in; null puts it on the canvas, in no area. */
  areaId: z.nullable(idSchema),
  text: z.string(),
  /** Sticky fill, `#RRGGBB`. */
  color: hexColorSchema,
  /** Top-left corner, px, relative to the canvas section; null lets the plugin arrange it. */
  position: z.nullable(canvasPointSchema),
})
export type PlannedNote = z.infer<typeof plannedNoteSchema>

/** One canvas to place: its template, and the notes to fill it with. */
export const plannedCanvasSchema = z.object({
  definition: canvasDefinitionSchema,
  notes: z.array(plannedNoteSchema),
})
export type PlannedCanvas = z.infer<typeof plannedCanvasSchema>

/**
 * A connector to draw, `[fromRef, toRef]`: from one note's `ref` to another's, on the same canvas
 * or on two canvases of the placement.
 */
export const plannedConnectorSchema = z.tuple([idSchema, idSchema])
export type PlannedConnector = z.infer<typeof plannedConnectorSchema>

/**
 * Canvases to place side by side, in order, with their notes, and the connectors between those
 * notes. Beyond the shapes (definitions, `#RRGGBB` colours, finite positions, at least one
 * canvas), it checks what `placementIssues` lists: unique area ids whose parts exist, note areas
 * of the note's template, note refs unique across the placement, connectors between two different
 * notes of it. Every problem is an issue with its path, e.g. `canvases.1.notes.0.ref`, and the
 * message that words it in its `params` (`zodFileIssues`).
 */
export const plannedPlacementSchema = z
  .object({
    canvases: z.array(plannedCanvasSchema).check(z.minLength(1)),
    connectors: z.array(plannedConnectorSchema),
  })
  .check(
    z.superRefine((placement, context) => {
      for (const { path, ...params } of placementIssues(placement)) {
        context.addIssue({ code: 'custom', path, params, input: placement })
      }
    }),
  )
export type PlannedPlacement = z.infer<typeof plannedPlacementSchema>
