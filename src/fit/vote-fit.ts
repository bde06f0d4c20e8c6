import type { Board } from '../model/board'
import type { Finding, FitSummary } from '../model/findings'

/** Dot votes per note id, for the notes that have any. */
export function votesByNote(board: Board): Map<string, number> {
  const votes = new Map<string, number>()
  for (const canvas of board.canvases) {
    for (const note of [...canvas.areas.flatMap((area) => area.notes), ...canvas.strayNotes]) {
      if (note.votes !== undefined) votes.set(note.id, note.votes.total)
    }
  }
  return votes
}

/** The votes on a finding's stickies, summed. */
export function findingVotes(finding: Finding, votes: ReadonlyMap<string, number>): number {
  return finding.noteIds.reduce((sum, id) => sum + (votes.get(id) ?? 0), 0)
}

/**
 * Orders findings of the same severity by the votes on their stickies, most first: each severity
 * keeps the places it had in the list, and findings with equal votes keep their order. A board
 * without votes gets its findings back in the same order.
 */
export function rankFindingsByVotes(findings: readonly Finding[], board: Board): Finding[] {
  const votes = votesByNote(board)
  if (votes.size === 0) return [...findings]
  const ranked = new Map<Finding['severity'], Finding[]>()
  for (const finding of findings) {
    const same = ranked.get(finding.severity) ?? []
    same.push(finding)
    ranked.set(finding.severity, same)
  }
  for (const same of ranked.values()) {
    same.sort((a, b) => findingVotes(b, votes) - findingVotes(a, votes))
  }
  const next = new Map<Finding['severity'], number>()
  return findings.map((finding) => {
    const index = next.get(finding.severity) ?? 0
    next.set(finding.severity, index + 1)
    return ranked.get(finding.severity)?.[index] ?? finding
  })
}

/**
 * Whether a pain or gain counts as answered after the check: not when the check reports it
 * (`unanswered-pain`, `unanswered-gain`) nor when its area waits for a canvas not on the board
 * (`cross-canvas-skipped`), as `checkFit` counts it.
 */
export function answeredNeeds(
  findings: readonly Finding[],
): (canvasId: string, areaId: string, noteId: string) => boolean {
  const unanswered = new Set<string>()
  const waitingAreas = new Set<string>()
  for (const finding of findings) {
    if (finding.code === 'unanswered-pain' || finding.code === 'unanswered-gain') {
      for (const id of finding.noteIds) unanswered.add(id)
    } else if (finding.code === 'cross-canvas-skipped' && finding.areaId !== null) {
      waitingAreas.add(`${finding.canvasId} ${finding.areaId}`)
    }
  }
  return (canvasId, areaId, noteId) =>
    !unanswered.has(noteId) && !waitingAreas.has(`${canvasId} ${areaId}`)
}

/**
 * Adds to each canvas's fit summary the share of pain and gain votes that sit on answered
 * stickies (answered as `answeredNeeds` says). Summaries of canvases whose pains and gains have no votes are returned as they are.
 */
export function addVoteFit(
  board: Board,
  findings: readonly Finding[],
  fit: readonly FitSummary[],
): FitSummary[] {
  const isAnswered = answeredNeeds(findings)
  return fit.map((summary) => {
    const canvas = board.canvases.find((candidate) => candidate.id === summary.canvasId)
    const votes = { painsAnswered: 0, painsTotal: 0, gainsAnswered: 0, gainsTotal: 0 }
    for (const area of canvas?.areas ?? []) {
      if (area.role !== 'pain' && area.role !== 'gain') continue
      for (const note of area.notes) {
        const count = note.votes?.total ?? 0
        const answered = isAnswered(summary.canvasId, area.id, note.id)
        if (area.role === 'pain') {
          votes.painsTotal += count
          if (answered) votes.painsAnswered += count
        } else {
          votes.gainsTotal += count
          if (answered) votes.gainsAnswered += count
        }
      }
    }
    return votes.painsTotal + votes.gainsTotal === 0 ? summary : { ...summary, votes }
  })
}
