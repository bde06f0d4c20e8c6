import * as z from 'zod/mini'

import { DEFAULT_AREA_MINUTES, isAreaMinutes } from './area-minutes'
import { idSchema } from './id-schema'

/**
 * A facilitation plan as stored on a canvas section (shared plugin data, JSON): layout version
 * 1, and the areas to walk through, in order, each with its timer in whole minutes
 * (`isAreaMinutes`). Checks are `refine`s: the zod parts `z.int()` and `z.gte()` would take
 * 2 KB of the main thread's bundle.
 */
const facilitationPlanSchema = z.object({
  version: z.number().check(z.refine((version) => version === 1)),
  steps: z.array(
    z.object({
      areaId: idSchema,
      minutes: z.number().check(z.refine(isAreaMinutes)),
    }),
  ),
})
export type FacilitationPlan = z.infer<typeof facilitationPlanSchema>
export type PlanStep = FacilitationPlan['steps'][number]

/** An area of the canvas as the plan needs it: its id and its place in the fill order. */
export interface PlanArea {
  id: string
  fillOrder: number
}

/** One step per area in fill order, each `DEFAULT_AREA_MINUTES` long. */
export function defaultPlan(areas: readonly PlanArea[]): FacilitationPlan {
  return fitPlanToAreas({ version: 1, steps: [] }, areas)
}

/**
 * The plan for the canvas's areas as they are: steps of areas the canvas no longer has and
 * repeated areas are dropped, and areas the plan lacks are added after the others, in fill
 * order, with `DEFAULT_AREA_MINUTES`.
 */
export function fitPlanToAreas(
  plan: FacilitationPlan,
  areas: readonly PlanArea[],
): FacilitationPlan {
  const known = new Set(areas.map((area) => area.id))
  const steps: PlanStep[] = []
  for (const step of plan.steps) {
    if (known.delete(step.areaId)) steps.push({ areaId: step.areaId, minutes: step.minutes })
  }
  const missing = areas
    .filter((area) => known.has(area.id))
    .sort((a, b) => a.fillOrder - b.fillOrder)
  for (const area of missing) steps.push({ areaId: area.id, minutes: DEFAULT_AREA_MINUTES })
  return { version: 1, steps }
}

/** The plugin-data value of a plan: JSON text. */
export function encodePlan(plan: FacilitationPlan): string {
  return JSON.stringify(plan)
}

/**
 * The plan stored on a canvas, fitted to its `areas` (`fitPlanToAreas`). An empty value (no plan
 * saved yet) gives the default plan; a value that is not JSON or does not fit the plan's schema
 * (damaged by a person or another plugin) gives the default plan with `damaged` set. Never throws.
 */
export function decodePlan(
  value: string,
  areas: readonly PlanArea[],
): { plan: FacilitationPlan; damaged: boolean } {
  if (value === '') return { plan: defaultPlan(areas), damaged: false }
  let json: unknown
  try {
    json = JSON.parse(value)
  } catch {
    return { plan: defaultPlan(areas), damaged: true }
  }
  const parsed = z.safeParse(facilitationPlanSchema, json)
  return parsed.success
    ? { plan: fitPlanToAreas(parsed.data, areas), damaged: false }
    : { plan: defaultPlan(areas), damaged: true }
}
