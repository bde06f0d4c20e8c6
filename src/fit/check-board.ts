import type { Board } from '../model/board'
import type { CheckResult } from '../model/findings'
import { checkCrossCanvas } from './check-cross-canvas'
import { checkFit } from './check-fit'
import { addVoteFit, rankFindingsByVotes } from './vote-fit'

/**
 * Every check of the board: the fit check's findings and fit summaries (`checkFit`), then the
 * cross-canvas findings (`checkCrossCanvas`). The panel, the demo and the command line all check
 * a board through this function, so they report the same findings in the same order. On a board
 * with dot votes, findings of the same severity come most-voted first and each fit summary gets
 * its vote figures (`rankFindingsByVotes`, `addVoteFit`).
 */
export function checkBoard(board: Board): CheckResult {
  const { findings, fit } = checkFit(board)
  const all = [...findings, ...checkCrossCanvas(board)]
  return { findings: rankFindingsByVotes(all, board), fit: addVoteFit(board, all, fit) }
}
