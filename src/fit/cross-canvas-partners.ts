import type { Board } from '../model/board'
import {
  type BoardAreaRef,
  type CrossCanvasFitRule,
  crossCanvasFitRules,
  resolveCrossCanvasFitRules,
} from './cross-canvas-fit-rules'

/** How the areas of one placed canvas take part in cross-canvas fit. */
export interface CrossCanvasPartners {
  /** Areas on other canvases whose linked notes answer the notes of this area; empty when none. */
  answeredBy: (canvasId: string, areaId: string) => readonly BoardAreaRef[]
  /** Areas on other canvases whose notes the linked notes of this area answer; empty when none. */
  answers: (canvasId: string, areaId: string) => readonly BoardAreaRef[]
  /** Method canvas id (e.g. `apiValuePropositionCanvas`) whose notes would answer this area, when no such canvas is on the board. */
  awaitsAnswersFrom: (canvasId: string, areaId: string) => string | undefined
  /** Method canvas id (e.g. `customerJourneyCanvas`) holding what this area answers, when no such canvas is on the board. */
  awaitsNeedsFrom: (canvasId: string, areaId: string) => string | undefined
  /** True when a note in area `from` answers, or is answered by, notes of area `to` by a rule. */
  pairs: (from: BoardAreaRef, to: BoardAreaRef) => boolean
}

/** Values by placed area: canvas section id, then area id. */
class AreaMap<T> {
  private readonly byCanvas = new Map<string, Map<string, T>>()

  get(canvasId: string, areaId: string): T | undefined {
    return this.byCanvas.get(canvasId)?.get(areaId)
  }

  set(ref: BoardAreaRef, value: T): void {
    this.areasOf(ref.canvasId).set(ref.areaId, value)
  }

  getOrAdd(ref: BoardAreaRef, make: () => T): T {
    const areas = this.areasOf(ref.canvasId)
    let value = areas.get(ref.areaId)
    if (value === undefined) {
      value = make()
      areas.set(ref.areaId, value)
    }
    return value
  }

  private areasOf(canvasId: string): Map<string, T> {
    let areas = this.byCanvas.get(canvasId)
    if (areas === undefined) {
      areas = new Map()
      this.byCanvas.set(canvasId, areas)
    }
    return areas
  }
}

const NO_AREAS: readonly BoardAreaRef[] = []

const reversed = (rules: readonly CrossCanvasFitRule[]): CrossCanvasFitRule[] =>
  rules.map((rule) => ({ needs: rule.answeredBy, answeredBy: rule.needs }))

/**
 * Applies cross-canvas fit rules (`crossCanvasFitRules`, data in src/method/) to a board through
 * `resolveCrossCanvasFitRules`: which placed areas answer which, in either direction, and which
 * areas wait for a canvas that is not on the board. Canvases that no rule names (every built-in
 * canvas) have no partners.
 */
export function crossCanvasPartners(
  board: Board,
  rules: readonly CrossCanvasFitRule[] = crossCanvasFitRules,
): CrossCanvasPartners {
  const forward = resolveCrossCanvasFitRules(board, rules)
  const backward = resolveCrossCanvasFitRules(board, reversed(rules))
  const answeredBy = new AreaMap<BoardAreaRef[]>()
  const answers = new AreaMap<BoardAreaRef[]>()
  const paired = new AreaMap<AreaMap<true>>()
  const newList = (): BoardAreaRef[] => []
  const newAreaMap = (): AreaMap<true> => new AreaMap()
  for (const pair of forward.pairs) {
    answeredBy.getOrAdd(pair.needs, newList).push(pair.answeredBy)
    answers.getOrAdd(pair.answeredBy, newList).push(pair.needs)
    paired.getOrAdd(pair.needs, newAreaMap).set(pair.answeredBy, true)
    paired.getOrAdd(pair.answeredBy, newAreaMap).set(pair.needs, true)
  }
  const awaiting = (entries: typeof forward.awaiting): AreaMap<string> => {
    const map = new AreaMap<string>()
    for (const entry of entries) map.set(entry.needs, entry.answeredByCanvas)
    return map
  }
  const awaitingAnswers = awaiting(forward.awaiting)
  const awaitingNeeds = awaiting(backward.awaiting)
  return {
    answeredBy: (canvasId, areaId) => answeredBy.get(canvasId, areaId) ?? NO_AREAS,
    answers: (canvasId, areaId) => answers.get(canvasId, areaId) ?? NO_AREAS,
    awaitsAnswersFrom: (canvasId, areaId) => awaitingAnswers.get(canvasId, areaId),
    awaitsNeedsFrom: (canvasId, areaId) => awaitingNeeds.get(canvasId, areaId),
    pairs: (from, to) =>
      paired.get(from.canvasId, from.areaId)?.get(to.canvasId, to.areaId) === true,
  }
}
