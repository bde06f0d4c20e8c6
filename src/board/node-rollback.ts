import { describeError, errorWithCause } from './describe-error'

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
 * @throws Error `${failure} (${cause}). Nothing was left on the board; try again.`
 */
export async function runWithRollbackAsync<T>(
  failure: string,
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
    const what = `${failure} (${describeError(cause)}).`
    throw errorWithCause(
      leftOver === 0
        ? `${what} Nothing was left on the board; try again.`
        : `${what} ${leftOver} of its nodes could not be removed; undo once to clear them.`,
      cause,
    )
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
