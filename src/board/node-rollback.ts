import type { BoardText } from '../model/board-text'
import { BoardError, reasonOf } from './board-error'

/** A node the plugin created and may have to take away again. */
export interface RemovableNode {
  readonly removed: boolean
  remove(): void
}

/** Registers a node the moment it is created; returns it unchanged. */
export type TrackNode = <N extends RemovableNode>(node: N) => N

/**
 * Runs `work`, which creates nodes and passes each to `track` as soon as it exists. When `work`
 * throws, every tracked node still on the board is removed, newest first (a section takes its
 * children with it; nodes not yet appended anywhere go one by one), so nothing half-built stays.
 * @throws BoardError `board.rollbackDone` (`failure`, the cause; nothing was left on the board), or
 *   `board.rollbackLeftOver` with the number of nodes that could not be removed.
 */
export async function runWithRollbackAsync<T>(
  failure: BoardText,
  work: (track: TrackNode) => Promise<T>,
): Promise<T> {
  const created: RemovableNode[] = []
  const track: TrackNode = (node) => {
    created.push(node)
    return node
  }
  try {
    return await work(track)
  } catch (cause) {
    const leftOver = removeAll(created)
    const reason = reasonOf(cause)
    throw leftOver === 0
      ? new BoardError('board.rollbackDone', { failure, cause: reason }, cause)
      : new BoardError('board.rollbackLeftOver', { failure, cause: reason, count: leftOver }, cause)
  }
}

function removeAll(nodes: readonly RemovableNode[]): number {
  let leftOver = 0
  for (let index = nodes.length - 1; index >= 0; index -= 1) {
    const node = nodes[index]
    try {
      if (node !== undefined && !node.removed) {
        node.remove()
      }
    } catch {
      leftOver += 1
    }
  }
  return leftOver
}
