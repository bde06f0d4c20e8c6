import type { CanvasDefinition } from '../canvas/canvas-definition'
import type { PlannedNote } from './planned-placement'
import type { FileIssueParams } from './zod-file-issues'

/** One problem of a placement: the path of the bad field and what is wrong with it, unworded. */
export interface PlacementIssue extends FileIssueParams {
  path: (string | number)[]
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
          key: 'common.issueIdTwice',
          values: { id: note.ref, path: first },
        })
      } else {
        refs.set(note.ref, `canvases[${String(index)}].notes[${String(noteIndex)}]`)
      }
    })
  })
  placement.connectors.forEach(([from, to], index) => {
    ;[from, to].forEach((ref, end) => {
      if (!refs.has(ref)) {
        issues.push({
          path: ['connectors', index, end],
          key: 'common.issueNotBoardNote',
          values: { id: ref },
        })
      }
    })
    if (from === to) {
      issues.push({ path: ['connectors', index], key: 'common.issueLinksItself' })
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
      issues.push({ path: [...at, 'id'], key: 'common.issueAreaTwice', values: { id: area.id } })
    }
    areaIds.add(area.id)
    if (!partIds.has(area.part)) {
      issues.push({ path: [...at, 'part'], key: 'common.issueInvalid' })
    }
  })
  notes.forEach((note, noteIndex) => {
    if (note.areaId !== null && !areaIds.has(note.areaId)) {
      issues.push({
        path: ['canvases', index, 'notes', noteIndex, 'areaId'],
        key: 'common.issueNotArea',
        values: { id: note.areaId, template: definition.title, ids: [...areaIds].join(', ') },
      })
    }
  })
  return issues
}
