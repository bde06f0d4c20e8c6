import { parseMethodTemplateId } from '../method/method-template-id'
import type { GuideResource } from '../method/station-guide'
import type { Area, Board, Canvas } from '../model/board'
import type { CheckResult, FitSummary } from '../model/findings'
import type { CanvasEvidence } from '../model/station-report'
import { builtInToMethodSections } from './built-in-to-method-sections'

/** A canvas on the board as one method canvas: the areas that stand for it. */
interface MethodCanvasCopy {
  canvas: Canvas
  areas: readonly Area[]
}

/**
 * The method canvases each board canvas stands for: a method canvas for itself (any language),
 * a built-in canvas for the method canvases its areas map to (`builtInToMethodSections`: the
 * built-in API Value Proposition Canvas is today's value proposition and customer journey
 * canvases).
 */
export function methodCanvasCopies(board: Board): Map<string, MethodCanvasCopy[]> {
  const copies = new Map<string, MethodCanvasCopy[]>()
  const add = (canvasId: string, copy: MethodCanvasCopy): void => {
    copies.set(canvasId, [...(copies.get(canvasId) ?? []), copy])
  }
  for (const canvas of board.canvases) {
    const method = parseMethodTemplateId(canvas.templateId)
    if (method !== undefined) {
      add(method.canvasId, { canvas, areas: canvas.areas })
      continue
    }
    const byMethodCanvas = new Map<string, Area[]>()
    for (const mapping of builtInToMethodSections) {
      if (mapping.builtInTemplateId !== canvas.templateId) continue
      const area = canvas.areas.find((candidate) => candidate.id === mapping.builtInAreaId)
      if (area === undefined) continue
      byMethodCanvas.set(mapping.methodCanvasId, [
        ...(byMethodCanvas.get(mapping.methodCanvasId) ?? []),
        area,
      ])
    }
    for (const [canvasId, areas] of byMethodCanvas) add(canvasId, { canvas, areas })
  }
  return copies
}

function fitOf(summary: FitSummary | undefined): CanvasEvidence['fit'] {
  if (summary === undefined || summary.painsTotal + summary.gainsTotal === 0) return 'no-fit-check'
  const answered =
    summary.painsAnswered === summary.painsTotal && summary.gainsAnswered === summary.gainsTotal
  return answered ? 'fit' : 'not-fit'
}

const filledShare = (copy: MethodCanvasCopy): number =>
  copy.areas.filter((area) => area.notes.length > 0).length / Math.max(1, copy.areas.length)

/**
 * What the board shows of one recommended canvas: on the board or not, how full its fullest copy
 * is, and that copy's fit (`checkBoard`'s fit summary of the board canvas).
 */
export function canvasEvidence(
  resource: GuideResource,
  copies: ReadonlyMap<string, readonly MethodCanvasCopy[]>,
  result: CheckResult,
): CanvasEvidence {
  const found = resource.canvasId === null ? [] : (copies.get(resource.canvasId) ?? [])
  const fullest = found.reduce<MethodCanvasCopy | undefined>(
    (best, copy) => (best === undefined || filledShare(copy) > filledShare(best) ? copy : best),
    undefined,
  )
  return {
    resourceId: resource.id,
    canvasId: resource.canvasId,
    title: resource.title,
    inMethod: resource.kind === 'canvas',
    boardCanvasIds: found.map((copy) => copy.canvas.id),
    areasWithNotes: fullest?.areas.filter((area) => area.notes.length > 0).length ?? 0,
    areaCount: fullest?.areas.length ?? 0,
    fit:
      fullest === undefined
        ? null
        : fitOf(result.fit.find((summary) => summary.canvasId === fullest.canvas.id)),
  }
}

/** Placed, every area holding a note, and fit (or nothing to fit). */
export function canvasIsDone(evidence: CanvasEvidence): boolean {
  return (
    evidence.boardCanvasIds.length > 0 &&
    evidence.areaCount > 0 &&
    evidence.areasWithNotes === evidence.areaCount &&
    evidence.fit !== 'not-fit'
  )
}
