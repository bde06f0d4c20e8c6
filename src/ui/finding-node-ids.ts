import type { Board } from '../model/board'
import type { Finding } from '../model/findings'

/**
 * The FigJam nodes to select when a person clicks a finding: its stickies; else the section of
 * its area; else its canvas section (also when the area's section was deleted).
 */
export function findingNodeIds(finding: Finding, board: Board): string[] {
  if (finding.noteIds.length > 0) return finding.noteIds
  const canvas = board.canvases.find((candidate) => candidate.id === finding.canvasId)
  const sectionId = canvas?.areas.find((area) => area.id === finding.areaId)?.sectionId ?? null
  return [sectionId ?? finding.canvasId]
}
