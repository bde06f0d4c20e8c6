import { methodAreaId, parseMethodTemplateId } from '../method/method-template-id'
import type { Board } from '../model/board'

/** A section of a method canvas, by the method data's ids (any locale). */
export interface MethodSectionRef {
  /** Canvas id in `canvasData.json`, e.g. `customerJourneyCanvas`. */
  readonly canvas: string
  readonly section: string
}

/** Notes in `needs` are answered by linked notes in `answeredBy`, which lies on another canvas. */
export interface CrossCanvasFitRule {
  readonly needs: MethodSectionRef
  readonly answeredBy: MethodSectionRef
}

/**
 * Fit across canvases of today's method: the Customer Journey Canvas holds the pains and gains,
 * the API Value Proposition Canvas the features that relieve and enable them
 * (Osterwalder's fit rule of §1 split over two canvases).
 */
export const crossCanvasFitRules: readonly CrossCanvasFitRule[] = [
  {
    needs: { canvas: 'customerJourneyCanvas', section: 'pains' },
    answeredBy: { canvas: 'apiValuePropositionCanvas', section: 'painRelievingFeatures' },
  },
  {
    needs: { canvas: 'customerJourneyCanvas', section: 'gains' },
    answeredBy: { canvas: 'apiValuePropositionCanvas', section: 'gainEnablingFeatures' },
  },
]

/** An area of a placed canvas: the canvas section's node id and the area id. */
export interface BoardAreaRef {
  canvasId: string
  areaId: string
}

/** The rules applied to one board. */
export interface ResolvedCrossCanvasFit {
  /** Every pair of placed areas where notes in `needs` are answered by linked notes in `answeredBy`. */
  pairs: { needs: BoardAreaRef; answeredBy: BoardAreaRef }[]
  /** Needing areas whose answering canvas is not on the board, with that canvas's method id. */
  awaiting: { needs: BoardAreaRef; answeredByCanvas: string }[]
}

/**
 * Applies cross-canvas fit rules to the canvases of a board made from method templates
 * (`method:<canvasId>:<locale>`, any mix of locales). Every placed canvas holding a rule's
 * `needs` area pairs with every placed canvas holding its `answeredBy` area, in board order.
 * Built-in canvases take no part: their pains and gains are answered on the same canvas.
 */
export function resolveCrossCanvasFitRules(
  board: Board,
  rules: readonly CrossCanvasFitRule[] = crossCanvasFitRules,
): ResolvedCrossCanvasFit {
  const placedAreas = (ref: MethodSectionRef): BoardAreaRef[] => {
    const areaId = methodAreaId(ref.section)
    return board.canvases
      .filter(
        (canvas) =>
          parseMethodTemplateId(canvas.templateId)?.canvasId === ref.canvas &&
          canvas.areas.some((area) => area.id === areaId),
      )
      .map((canvas) => ({ canvasId: canvas.id, areaId }))
  }
  const resolved: ResolvedCrossCanvasFit = { pairs: [], awaiting: [] }
  for (const rule of rules) {
    const answering = placedAreas(rule.answeredBy)
    for (const needs of placedAreas(rule.needs)) {
      if (answering.length === 0) {
        resolved.awaiting.push({ needs, answeredByCanvas: rule.answeredBy.canvas })
      }
      for (const answeredBy of answering) {
        resolved.pairs.push({ needs, answeredBy })
      }
    }
  }
  return resolved
}
