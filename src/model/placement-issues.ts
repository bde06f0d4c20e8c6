import type { CanvasDefinition } from '../canvas/canvas-definition'
import type { PlannedNote } from './planned-placement'

/** One problem of a placement: the path of the bad field and what is wrong with it. */
export interface PlacementIssue {
  path: (string | number)[]
  message: string
}

interface PlacementShape {
  canvases: readonly { definition: CanvasDefinition; notes: readonly PlannedNoteRef[] }[]
  connectors: readonly (readonly [string, string])[]
}

type PlannedNoteRef = Pick<PlannedNote, 'ref' | 'areaId'>

/**
 * What a placement's shape cannot say, in order: per canvas, that area ids are unique, each
 * area's part exists and each note's `areaId` is an area of its template or null; that note refs
 * are unique across all the canvases; that each connector joins two different notes of the
 * placement. Pure; an empty list when all is well.
 */
export function placementIssues(placement: PlacementShape): PlacementIssue[] {
  const issues: PlacementIssue[] = []
  const refs = new Map<string, string>()
  placement.canvases.forEach(({ definition, notes }, index) => {
    issues.push(...canvasIssues(definition, notes, index))
    notes.forEach((note, noteIndex) => {
      const first = refs.get(note.ref)
      if (first !== undefined) {
        issues.push({
          path: ['canvases', index, 'notes', noteIndex, 'ref'],
          message: `note ref "${note.ref}" repeats that of ${first}; refs are unique across all the canvases placed together.`,
        })
      } else {
        refs.set(note.ref, `canvases.${String(index)}.notes.${String(noteIndex)}`)
      }
    })
  })
  placement.connectors.forEach(([from, to], index) => {
    ;[from, to].forEach((ref, end) => {
      if (!refs.has(ref)) {
        issues.push({ path: ['connectors', index, end], message: `no note has ref "${ref}".` })
      }
    })
    if (from === to) {
      issues.push({
        path: ['connectors', index],
        message: `a connector joins two different notes, not "${from}" to itself.`,
      })
    }
  })
  return issues
}

function canvasIssues(
  definition: CanvasDefinition,
  notes: readonly PlannedNoteRef[],
  index: number,
): PlacementIssue[] {
  const issues: PlacementIssue[] = []
  const partIds = new Set(definition.parts.map((part) => part.id))
  const areaIds = new Set<string>()
  definition.areas.forEach((area, areaIndex) => {
    const at = ['canvases', index, 'definition', 'areas', areaIndex]
    if (areaIds.has(area.id)) {
      issues.push({ path: [...at, 'id'], message: `area id "${area.id}" repeats.` })
    }
    areaIds.add(area.id)
    if (!partIds.has(area.part)) {
      issues.push({
        path: [...at, 'part'],
        message: `area "${area.id}" belongs to part "${area.part}", which template "${definition.title}" does not define.`,
      })
    }
  })
  notes.forEach((note, noteIndex) => {
    if (note.areaId !== null && !areaIds.has(note.areaId)) {
      issues.push({
        path: ['canvases', index, 'notes', noteIndex, 'areaId'],
        message: `template "${definition.title}" has no area "${note.areaId}"; give one of its areas or null.`,
      })
    }
  })
  return issues
}
