import { translator } from '../locale/translator'
import type { Board, Canvas } from '../model/board'
import type { CheckResult, FitSummary } from '../model/findings'
import { checkEmptyArea, checkWaitingArea } from './check-area'
import { checkNote } from './check-note'
import { crossCanvasPartners } from './cross-canvas-partners'
import { type CanvasFitContext, type FitContext, partnersOf } from './fit-context'
import { FitFindings } from './fit-findings'
import { boardLocale, canvasLocale } from './fit-locale'
import { indexNotes } from './note-index'
import { quoteNote } from './quote-note'

/**
 * Adds the findings of one canvas: its read problems, its areas in fill order (`empty-area`, a
 * waiting area's `cross-canvas-skipped`, each note's findings in reading order), its stray
 * notes. Returns its fit summary when it has a pain or a gain area.
 */
function checkCanvas(boardContext: FitContext, canvas: Canvas): FitSummary | undefined {
  const context: CanvasFitContext = { ...boardContext, t: translator(canvasLocale(canvas)) }
  const { findings, t } = context
  findings.addReadProblems(canvas.id, t)
  const counts = { pain: { answered: 0, total: 0 }, gain: { answered: 0, total: 0 } }
  for (const area of canvas.areas) {
    checkEmptyArea(context, area, canvas)
    const areaPartners = partnersOf(context, area, canvas)
    checkWaitingArea(context, area, canvas, areaPartners)
    // No fit rule names context, and a link from a context note is never mismatched.
    if (area.role === 'context') continue
    for (const note of area.notes) {
      const answered = checkNote(context, note, area, canvas, areaPartners)
      if (area.role === 'pain' || area.role === 'gain') {
        counts[area.role].total += 1
        if (answered) counts[area.role].answered += 1
      }
    }
  }
  for (const note of canvas.strayNotes) {
    findings.add(
      'stray-note',
      t('fit.strayNote', { note: quoteNote(note.text), canvas: canvas.title }),
      canvas.id,
      null,
      [note.id],
    )
  }
  if (!canvas.areas.some((area) => area.role === 'pain' || area.role === 'gain')) return undefined
  return {
    canvasId: canvas.id,
    painsAnswered: counts.pain.answered,
    painsTotal: counts.pain.total,
    gainsAnswered: counts.gain.answered,
    gainsTotal: counts.gain.total,
  }
}

/**
 * Checks the fit of every canvas on the board (the method's fit rule, in `fitRules`).
 * Pains and gains are answered by relievers and creators linked to them on the same canvas, and,
 * for method canvases, across canvases by `crossCanvasFitRules` (src/method/): when both
 * canvases of a rule are on the board, a note in its `needs` area linked to a note in its
 * `answeredBy` area counts as answered and the answer as used. When the other canvas of a rule
 * is missing, its notes are not reported one by one: the waiting area gets one
 * `cross-canvas-skipped` finding (info) naming the canvas to place. The plugin's own canvases
 * pair with no other canvas.
 *
 * Each canvas's findings are worded in its language (`canvasLocale`: the locale it records, else
 * `DEFAULT_LOCALE`), whoever runs the check; codes, severities and ids do not depend on it.
 *
 * Findings come canvas by canvas in board order: the canvas's read problems, then its areas in
 * fill order (`empty-area`, a waiting area's `cross-canvas-skipped`, then each note's findings in
 * reading order), then its stray notes. Read problems about canvases not on the board come last,
 * in the board's language (`boardLocale`).
 * An area whose section was deleted gets no `empty-area`: its read problem
 * (`area-section-missing`) already says so. On a canvas whose areas a team chooses among (the
 * business goals), `empty-area` is info, not a warning.
 * A link is reported once per pair of notes. `fit` has one summary per canvas that has a pain or
 * a gain area, in board order: the canvas holding the pains and gains, wherever their answers are.
 */
export function checkFit(board: Board): CheckResult {
  const context: FitContext = {
    board,
    index: indexNotes(board),
    partners: crossCanvasPartners(board),
    findings: new FitFindings(board),
    reportedPairs: new Set(),
  }
  const fit: FitSummary[] = []
  for (const canvas of board.canvases) {
    const summary = checkCanvas(context, canvas)
    if (summary !== undefined) fit.push(summary)
  }
  context.findings.addRemainingReadProblems(translator(boardLocale(board)))
  return { findings: context.findings.findings, fit }
}
