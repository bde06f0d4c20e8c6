import {
  plannedPlacementSchema,
  type PlannedCanvas,
  type PlannedPlacement,
} from '../message-schemas'
import { parsePayload } from './parse-payload'

const INVALID = 'The canvases to place are not valid'

/**
 * Checks everything about a placement before anything is placed: the whole of it against
 * `plannedPlacementSchema` (definitions, `#RRGGBB` colours, finite positions, at least one
 * canvas); then, per canvas, that area ids are unique and each area's part exists and each note's
 * `areaId` is an area of the definition or null; that note refs are unique across all the
 * canvases; and that each connector joins two different notes of the placement, on one canvas or
 * two. Returns the parsed copy.
 * @throws Error `The canvases to place are not valid: <path>: <what>` for the first problem
 *   found (all schema problems at once), the path as in the message, e.g.
 *   `canvases.1.notes.0.ref: note ref "a" repeats that of canvases.0.notes.2; …` or
 *   `connectors.3.1: no note has ref "x".`
 */
export function validatePlannedCanvases(placement: PlannedPlacement): PlannedPlacement {
  const parsed = parsePayload(INVALID, plannedPlacementSchema, placement)
  const fail = (path: string, what: string): never => {
    throw new Error(`${INVALID}: ${path}: ${what}`)
  }
  const refs = new Map<string, string>()
  parsed.canvases.forEach((canvas, index) => {
    const at = `canvases.${String(index)}`
    checkCanvas(canvas, at, fail)
    canvas.notes.forEach((note, noteIndex) => {
      const noteAt = `${at}.notes.${String(noteIndex)}`
      const first = refs.get(note.ref)
      if (first !== undefined) {
        fail(
          `${noteAt}.ref`,
          `note ref "${note.ref}" repeats that of ${first}; refs are unique across all the canvases placed together.`,
        )
      }
      refs.set(note.ref, noteAt)
    })
  })
  parsed.connectors.forEach(([from, to], index) => {
    const at = `connectors.${String(index)}`
    for (const [end, ref] of [
      [0, from],
      [1, to],
    ] as const) {
      if (!refs.has(ref)) {
        fail(`${at}.${String(end)}`, `no note has ref "${ref}".`)
      }
    }
    if (from === to) {
      fail(at, `a connector joins two different notes, not "${from}" to itself.`)
    }
  })
  return parsed
}

function checkCanvas(
  planned: PlannedCanvas,
  at: string,
  fail: (path: string, what: string) => never,
): void {
  const { definition, notes } = planned
  const partIds = new Set(definition.parts.map((part) => part.id))
  const areaIds = new Set<string>()
  definition.areas.forEach((area, index) => {
    const areaAt = `${at}.definition.areas.${String(index)}`
    if (areaIds.has(area.id)) {
      fail(`${areaAt}.id`, `area id "${area.id}" repeats.`)
    }
    areaIds.add(area.id)
    if (!partIds.has(area.part)) {
      fail(
        `${areaAt}.part`,
        `area "${area.id}" belongs to part "${area.part}", which template "${definition.title}" does not define.`,
      )
    }
  })
  notes.forEach((note, index) => {
    if (note.areaId !== null && !areaIds.has(note.areaId)) {
      fail(
        `${at}.notes.${String(index)}.areaId`,
        `template "${definition.title}" has no area "${note.areaId}"; give one of its areas or null.`,
      )
    }
  })
}
