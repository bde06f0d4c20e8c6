import type { CanvasEvidence, StationReport, StationState } from '../model/station-report'

/** How each station state reads in a report. */
export const STATION_STATE_LABELS: Record<StationState, string> = {
  reviewed: 'criteria reviewed',
  ready: 'ready for criteria review',
  current: 'where you are',
  open: 'not started',
}

/**
 * One line on what the board shows of a recommended canvas, e.g. `on the board, 3 / 9 areas
 * with notes, fit`, `not on the board` or `not in this version of the method`.
 */
export function canvasEvidenceText(evidence: CanvasEvidence): string {
  if (!evidence.inMethod) return 'not in this version of the method'
  if (evidence.boardCanvasIds.length === 0) return 'not on the board'
  const fit = evidence.fit === 'fit' ? ', fit' : evidence.fit === 'not-fit' ? ', not fit yet' : ''
  return `on the board, ${evidence.areasWithNotes} / ${evidence.areaCount} areas with notes${fit}`
}

/** The station the report says the team is at, by title; undefined when every station is ready. */
export function currentStationTitle(report: StationReport): string | undefined {
  return report.stations.find((station) => station.id === report.currentStationId)?.title
}
