import type { Board } from '../model/board'
import type { CheckResult } from '../model/findings'
import { checkCrossCanvas } from './check-cross-canvas'
import { checkFit } from './check-fit'

/**
 * Every check of the board: the fit check's findings and fit summaries (`checkFit`), then the
 * cross-canvas findings (`checkCrossCanvas`). The panel, the demo and the command line all check
 * a board through this function, so they report the same findings in the same order.
 */
export function checkBoard(board: Board): CheckResult {
  const { findings, fit } = checkFit(board)
  return { findings: [...findings, ...checkCrossCanvas(board)], fit }
}
