import * as z from 'zod/mini'

import { plannedCanvasSchema, type PlannedCanvas } from '../message-schemas'
import { parsePayload } from './parse-payload'

const plannedCanvasesSchema = z.object({
  canvases: z.array(plannedCanvasSchema).check(z.minLength(1)),
})

/**
 * Checks everything about canvases to place before anything is placed: each against
 * `plannedCanvasSchema` (definitions, `#RRGGBB` colours, finite positions), and then, per canvas,
 * that area ids are unique and each area's part exists, each note's `areaId` is an area of the
 * definition or null, note refs are unique, and each connector joins two different notes of the
 * canvas. Returns the parsed copy.
 * @throws Error `The canvases to place are not valid: canvases.<i>.<field>: <what>` for the
 *   first problem found (all schema problems at once).
 */
export function validatePlannedCanvases(canvases: readonly PlannedCanvas[]): PlannedCanvas[] {
  const parsed = parsePayload('The canvases to place are not valid', plannedCanvasesSchema, {
    canvases,
  }).canvases
  parsed.forEach(checkCanvas)
  return parsed
}

function checkCanvas(planned: PlannedCanvas, index: number): void {
  const fail = (field: string, what: string): never => {
    throw new Error(`The canvases to place are not valid: canvases.${index}.${field}: ${what}`)
  }
  const { definition, notes, connectors } = planned
  const partIds = new Set(definition.parts.map((part) => part.id))
  const areaIds = new Set<string>()
  definition.areas.forEach((area, at) => {
    if (areaIds.has(area.id)) {
      fail(`definition.areas.${at}.id`, `area id "${area.id}" repeats.`)
    }
    areaIds.add(area.id)
    if (!partIds.has(area.part)) {
      fail(
        `definition.areas.${at}.part`,
        `area "${area.id}" belongs to part "${area.part}", which template "${definition.title}" does not define.`,
      )
    }
  })

  const refs = new Set<string>()
  notes.forEach((note, at) => {
    if (refs.has(note.ref)) {
      fail(`notes.${at}.ref`, `note ref "${note.ref}" repeats.`)
    }
    refs.add(note.ref)
    if (note.areaId !== null && !areaIds.has(note.areaId)) {
      fail(
        `notes.${at}.areaId`,
        `template "${definition.title}" has no area "${note.areaId}"; give one of its areas or null.`,
      )
    }
  })
  connectors.forEach(([from, to], at) => {
    for (const [end, ref] of [
      [0, from],
      [1, to],
    ] as const) {
      if (!refs.has(ref)) {
        fail(`connectors.${at}.${end}`, `no note of this canvas has ref "${ref}".`)
      }
    }
    if (from === to) {
      fail(`connectors.${at}`, `a connector joins two different notes, not "${from}" to itself.`)
    }
  })
}
