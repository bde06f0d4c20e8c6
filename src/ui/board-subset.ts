import type { Board } from '../model/board'

/**
 * The part of a board about one canvas: that canvas and its read problems. `canvasId` null
 * gives the whole board back.
 */
export function boardSubset(board: Board, canvasId: string | null): Board {
  if (canvasId === null) return board
  return {
    ...board,
    canvases: board.canvases.filter((canvas) => canvas.id === canvasId),
    problems: board.problems.filter((problem) => problem.canvasId === canvasId),
  }
}
