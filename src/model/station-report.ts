import * as z from 'zod/mini'

import { stationTickSchema } from './station-ticks'

/**
 * A recommended canvas at a station and what the board shows of it. Fullness counts the areas
 * that hold at least one note (`areasWithNotes` of `areaCount`) on the fullest copy on the board.
 * `fit`: `fit` every pain and gain answered, `not-fit` some are not, `no-fit-check` the canvas
 * has no pains or gains to answer, null when it is not on the board.
 */
export const canvasEvidenceSchema = z.object({
  /** Id the cycle recommends it by. */
  resourceId: z.string(),
  /** Canvas id in the method data; null for a resource this version of the method lacks. */
  canvasId: z.nullable(z.string()),
  title: z.string(),
  /** `false` for a canvas this version of the method does not have. */
  inMethod: z.boolean(),
  /** FigJam node ids of the canvas sections that show it (a built-in canvas may show two). */
  boardCanvasIds: z.array(z.string()),
  areasWithNotes: z.number().check(z.int(), z.nonnegative()),
  areaCount: z.number().check(z.int(), z.nonnegative()),
  fit: z.nullable(z.enum(['fit', 'not-fit', 'no-fit-check'])),
})
export type CanvasEvidence = z.infer<typeof canvasEvidenceSchema>

/**
 * Where a station stands.
 * - `reviewed`: its canvases are placed, filled and fit, and every criterion is ticked.
 * - `ready`: placed, filled and fit: ready for its criteria review.
 * - `current`: the first station that is not ready: where the team is.
 * - `open`: a later station that is not ready yet.
 * A station that recommends no canvas is ready once its criteria are all ticked.
 */
export const stationStateSchema = z.enum(['reviewed', 'ready', 'current', 'open'])
export type StationState = z.infer<typeof stationStateSchema>

export const stationReportEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  purpose: z.string(),
  state: stationStateSchema,
  canvases: z.array(canvasEvidenceSchema),
  /** Guides, checklists and other resources: listed, never placed. */
  otherResources: z.array(z.object({ id: z.string(), title: z.string() })),
  criteria: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      /** The tick with its evidence note; null while it is open. */
      tick: z.nullable(stationTickSchema),
    }),
  ),
})
export type StationReportEntry = z.infer<typeof stationReportEntrySchema>

/** The station report: one cycle's stations, their evidence on the board and their ticks. */
export const stationReportSchema = z.object({
  cycleId: z.string(),
  cycleTitle: z.string(),
  locale: z.string(),
  /** The first station that is not ready; null when every station is. */
  currentStationId: z.nullable(z.string()),
  stations: z.array(stationReportEntrySchema),
})
export type StationReport = z.infer<typeof stationReportSchema>
