import {
  crossCanvasFitRules,
  resolveCrossCanvasFitRules,
  type BoardAreaRef,
  type CrossCanvasFitRule,
} from '../method/cross-canvas-fit-rules'
import type { Board } from '../model/board'

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

const keyOf = (ref: BoardAreaRef): string => `${ref.canvasId}\u0000${ref.areaId}`

const reversed = (rules: readonly CrossCanvasFitRule[]): CrossCanvasFitRule[] =>
  rules.map((rule) => ({ needs: rule.answeredBy, answeredBy: rule.needs }))

/**
 * Applies cross-canvas fit rules (`crossCanvasFitRules`, data in src/method/) to a board through
 * `resolveCrossCanvasFitRules`: which placed areas answer which, in either direction, and which
 * areas wait for a canvas that is not on the board. Canvases that no rule names (every seed
 * canvas) have no partners.
 */
export function crossCanvasPartners(
  board: Board,
  rules: readonly CrossCanvasFitRule[] = crossCanvasFitRules,
): CrossCanvasPartners {
  const forward = resolveCrossCanvasFitRules(board, rules)
  const backward = resolveCrossCanvasFitRules(board, reversed(rules))
  const answeredBy = new Map<string, BoardAreaRef[]>()
  const answers = new Map<string, BoardAreaRef[]>()
  const pairKeys = new Set<string>()
  for (const pair of forward.pairs) {
    answeredBy.set(keyOf(pair.needs), [
      ...(answeredBy.get(keyOf(pair.needs)) ?? []),
      pair.answeredBy,
    ])
    answers.set(keyOf(pair.answeredBy), [
      ...(answers.get(keyOf(pair.answeredBy)) ?? []),
      pair.needs,
    ])
    pairKeys.add(`${keyOf(pair.needs)}\u0001${keyOf(pair.answeredBy)}`)
    pairKeys.add(`${keyOf(pair.answeredBy)}\u0001${keyOf(pair.needs)}`)
  }
  const awaiting = (entries: typeof forward.awaiting): Map<string, string> =>
    new Map(entries.map((entry) => [keyOf(entry.needs), entry.answeredByCanvas]))
  const awaitingAnswers = awaiting(forward.awaiting)
  const awaitingNeeds = awaiting(backward.awaiting)
  return {
    answeredBy: (canvasId, areaId) => answeredBy.get(keyOf({ canvasId, areaId })) ?? [],
    answers: (canvasId, areaId) => answers.get(keyOf({ canvasId, areaId })) ?? [],
    awaitsAnswersFrom: (canvasId, areaId) => awaitingAnswers.get(keyOf({ canvasId, areaId })),
    awaitsNeedsFrom: (canvasId, areaId) => awaitingNeeds.get(keyOf({ canvasId, areaId })),
    pairs: (from, to) => pairKeys.has(`${keyOf(from)}\u0001${keyOf(to)}`),
  }
}
