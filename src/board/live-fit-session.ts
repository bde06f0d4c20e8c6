import type { Board } from '../model/board'
import { type LiveFit, type LiveFitPort, startLiveFit } from './live-fit'
import { readBoardAsync, type ReadScope } from './read-board-async'

/** The main thread's live fit: on while the panel shows the Check tab with "Live" on. */
export interface LiveFitSession {
  /** Keeps the board the panel last read, so live mode starts from it without a read. */
  remember(board: Board, scope: ReadScope): void
  /** Turns live mode on (reading the board first when none with `scope` is known) or off. */
  setAsync(on: boolean, scope: ReadScope): Promise<void>
}

/**
 * Runs `startLiveFit` while the panel asks for it, sending each updated board to `send`.
 * Turning it on twice restarts it; off stops it and drops a pending update.
 */
export function liveFitSession(
  figma: LiveFitPort,
  send: (board: Board, scope: ReadScope) => void,
  onError: (error: Error) => void,
): LiveFitSession {
  let last: { board: Board; scope: ReadScope } | null = null
  let live: LiveFit | null = null
  return {
    remember(board, scope) {
      last = { board, scope }
    },
    async setAsync(on, scope) {
      live?.stop()
      live = null
      if (!on) return
      const board = last?.scope === scope ? last.board : await readBoardAsync(figma, scope)
      live = startLiveFit(figma, {
        scope,
        board,
        onBoard: (updated) => {
          last = { board: updated, scope }
          send(updated, scope)
        },
        onError,
      })
    },
  }
}
