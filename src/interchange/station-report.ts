import type { StationGuide } from '../method/station-guide'
import type { Board } from '../model/board'
import type { CheckResult } from '../model/findings'
import type { StationReport, StationReportEntry, StationState } from '../model/station-report'
import type { StationTick } from '../model/station-ticks'
import { canvasEvidence, canvasIsDone, methodCanvasCopies } from './station-evidence'

/**
 * The station report of a board: for each station of `guide` in order, its recommended canvases
 * with what the board shows of them (`canvasEvidence`), its other resources, and its criteria
 * with the ticks of this cycle and station. A station is ready for its criteria review when each
 * of its canvases that this version of the method has is placed, filled and fit; one that
 * recommends no such canvas when all its criteria are ticked. The first station that is not ready
 * is `current` (where you are). Pure: `result` is `checkBoard(board)`.
 */
export function buildStationReport(
  guide: StationGuide,
  board: Board,
  result: CheckResult,
  ticks: readonly StationTick[],
): StationReport {
  const copies = methodCanvasCopies(board)
  let currentStationId: string | null = null
  const stations = guide.stations.map((station): StationReportEntry => {
    const canvases = station.resources
      .filter((resource) => resource.kind !== 'other')
      .map((resource) => canvasEvidence(resource, copies, result))
    const criteria = station.criteria.map((criterion) => ({
      ...criterion,
      tick:
        ticks.find(
          (tick) =>
            tick.cycleId === guide.cycleId &&
            tick.stationId === station.id &&
            tick.criterionId === criterion.id,
        ) ?? null,
    }))
    const placeable = canvases.filter((evidence) => evidence.inMethod)
    const allTicked = criteria.every((criterion) => criterion.tick !== null)
    const ready = placeable.length > 0 ? placeable.every(canvasIsDone) : allTicked
    let state: StationState
    if (ready) state = allTicked ? 'reviewed' : 'ready'
    else if (currentStationId === null) {
      currentStationId = station.id
      state = 'current'
    } else state = 'open'
    return {
      id: station.id,
      title: station.title,
      purpose: station.purpose,
      state,
      canvases,
      otherResources: station.resources
        .filter((resource) => resource.kind === 'other')
        .map(({ id, title }) => ({ id, title })),
      criteria,
    }
  })
  return {
    cycleId: guide.cycleId,
    cycleTitle: guide.cycleTitle,
    locale: guide.locale,
    currentStationId,
    stations,
  }
}

/**
 * Stations before the current one (or all, when every station is ready) with a criterion not yet
 * ticked: what `api-canvas status --fail-on open-criteria` fails on.
 */
export function stationsWithOpenCriteria(report: StationReport): StationReportEntry[] {
  const current = report.stations.findIndex((station) => station.id === report.currentStationId)
  const before = current === -1 ? report.stations : report.stations.slice(0, current)
  return before.filter((station) => station.criteria.some((criterion) => criterion.tick === null))
}
