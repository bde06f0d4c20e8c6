import * as z from 'zod/mini'

/**
 * What the fit check can report. Codes are stable: exports and the command line use them.
 * - `empty-area`: an area holds no notes.
 * - `unanswered-pain` / `unanswered-gain`: no pain reliever / gain creator is linked to it.
 * - `unused-pain-reliever` / `unused-gain-creator`: it answers no pain / gain.
 * - `mismatched-link`: a link between kinds that do not answer each other (a reliever tied to a gain).
 * - `stray-note`: a note on a canvas but in no area.
 * - `read-problem`: part of the canvas could not be read as placed (a deleted area section…).
 * - `cross-canvas-gap`: an area with notes whose counterpart on another canvas is empty
 *   (a revenue goal with no revenue streams…; rules in src/canvas/cross-canvas-rules.ts).
 * - `no-goal-chosen`: a business goals canvas with no goal filled in.
 * - `cross-canvas-skipped`: cross-canvas checks that need a canvas not on the board.
 */
export const findingCodeSchema = z.enum([
  'empty-area',
  'unanswered-pain',
  'unanswered-gain',
  'unused-pain-reliever',
  'unused-gain-creator',
  'mismatched-link',
  'stray-note',
  'read-problem',
  'cross-canvas-gap',
  'no-goal-chosen',
  'cross-canvas-skipped',
])
export type FindingCode = z.infer<typeof findingCodeSchema>

export const severitySchema = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof severitySchema>

export const findingSchema = z.object({
  code: findingCodeSchema,
  severity: severitySchema,
  /** One sentence a facilitator understands, quoting the sticky where there is one. */
  message: z.string().check(z.minLength(1)),
  canvasId: z.string(),
  areaId: z.nullable(z.string()),
  /** Stickies the finding is about; clicking the finding selects them. */
  noteIds: z.array(z.string()),
})
export type Finding = z.infer<typeof findingSchema>

/** Fit of one canvas: how many of its pains and gains something on the provider side answers. */
export const fitSummarySchema = z.object({
  canvasId: z.string(),
  painsAnswered: z.number().check(z.int(), z.nonnegative()),
  painsTotal: z.number().check(z.int(), z.nonnegative()),
  gainsAnswered: z.number().check(z.int(), z.nonnegative()),
  gainsTotal: z.number().check(z.int(), z.nonnegative()),
  /**
   * Dot votes on the canvas's pains and gains, and how many of them sit on answered ones
   * ("answered pains hold 12 of 19 votes"). Absent when no pain or gain has a vote.
   */
  votes: z.optional(
    z.object({
      painsAnswered: z.number().check(z.int(), z.nonnegative()),
      painsTotal: z.number().check(z.int(), z.nonnegative()),
      gainsAnswered: z.number().check(z.int(), z.nonnegative()),
      gainsTotal: z.number().check(z.int(), z.nonnegative()),
    }),
  ),
})
export type FitSummary = z.infer<typeof fitSummarySchema>

export const checkResultSchema = z.object({
  findings: z.array(findingSchema),
  fit: z.array(fitSummarySchema),
})
export type CheckResult = z.infer<typeof checkResultSchema>
