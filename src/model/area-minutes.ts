/** Minutes an area of a facilitation plan gets when the plan does not say. */
export const DEFAULT_AREA_MINUTES = 5
/** Fewest and most minutes FigJam's timer can be set to for one area of a facilitation plan. */
export const AREA_MINUTES_RANGE = { min: 1, max: 120 } as const

/** True for a whole number of minutes in `AREA_MINUTES_RANGE`. */
export function isAreaMinutes(minutes: number): boolean {
  return (
    Number.isInteger(minutes) &&
    minutes >= AREA_MINUTES_RANGE.min &&
    minutes <= AREA_MINUTES_RANGE.max
  )
}
