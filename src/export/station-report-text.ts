import type { MessageKey } from '../locale/catalogues'
import type { Translator } from '../locale/translator'
import type { CanvasEvidence, StationReport, StationState } from '../model/station-report'

const STATION_STATE_KEYS = {
  reviewed: 'export.stationReviewed',
  ready: 'export.stationReady',
  current: 'export.stationCurrent',
  open: 'export.stationOpen',
} as const satisfies Record<StationState, MessageKey>

/** How a station state reads in a report, in the language of `t` (`ready for criteria review`). */
export function stationStateLabel(state: StationState, t: Translator): string {
  return t(STATION_STATE_KEYS[state])
}

/**
 * One line on what the board shows of a recommended canvas, in the language of `t`, e.g. `on the
 * board, 3 / 9 areas with notes, fit`, `not on the board` or `not in this version of the method`.
 */
export function canvasEvidenceText(evidence: CanvasEvidence, t: Translator): string {
  if (!evidence.inMethod) return t('export.evidenceNotInMethod')
  if (evidence.boardCanvasIds.length === 0) return t('export.evidenceNotOnBoard')
  return t('export.evidenceOnBoard', {
    filled: evidence.areasWithNotes,
    areas: evidence.areaCount,
    fit: evidence.fit === 'fit' ? 'fit' : evidence.fit === 'not-fit' ? 'notFit' : 'none',
  })
}

/** The station the report says the team is at, by title; undefined when every station is ready. */
export function currentStationTitle(report: StationReport): string | undefined {
  return report.stations.find((station) => station.id === report.currentStationId)?.title
}
