import type { Translator } from '../locale/translator'
import type { Area, Board, Canvas } from '../model/board'
import type { BoardAreaRef } from './cross-canvas-fit-rules'
import type { CrossCanvasPartners } from './cross-canvas-partners'
import type { FitFindings } from './fit-findings'
import type { NoteIndex } from './note-index'

/** What the fit check of one board shares between its canvases, areas and notes. */
export interface FitContext {
  readonly board: Board
  readonly index: NoteIndex
  readonly partners: CrossCanvasPartners
  readonly findings: FitFindings
  /** Note id pairs (`"a b"`, lower id first) whose mismatched link is reported already. */
  readonly reportedPairs: Set<string>
}

/** The context of one canvas's check: its findings are worded by `t`, in the canvas's language. */
export interface CanvasFitContext extends FitContext {
  readonly t: Translator
}

/** An area's cross-canvas partners, looked up once for all its notes. */
export interface AreaPartners {
  readonly answeringAreas: readonly BoardAreaRef[]
  readonly answeredAreas: readonly BoardAreaRef[]
  /** Method canvas id whose notes would answer this area's, when it is not on the board. */
  readonly awaitsAnswers: string | undefined
  /** Method canvas id holding what this area's notes answer, when it is not on the board. */
  readonly awaitsNeeds: string | undefined
}

/** The cross-canvas partners of `area` on `canvas`. */
export const partnersOf = ({ partners }: FitContext, area: Area, canvas: Canvas): AreaPartners => ({
  answeringAreas: partners.answeredBy(canvas.id, area.id),
  answeredAreas: partners.answers(canvas.id, area.id),
  awaitsAnswers: partners.awaitsAnswersFrom(canvas.id, area.id),
  awaitsNeeds: partners.awaitsNeedsFrom(canvas.id, area.id),
})
