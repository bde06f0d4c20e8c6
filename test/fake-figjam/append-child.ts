import type { PortSceneNode } from '../../src/board/figjam-port'
import type { BoardState } from './board-state'
import { nodeDoesNotExist } from './fake-node'
import type { FakeContainer, FakeSceneNode } from './fake-scene-node'
import { guardTextFonts } from './font-guard'

/**
 * Figma's `appendChild` on the page, a section or a group: the node leaves its old parent and
 * goes on top of `container`'s children. x/y are kept as numbers, so the node's absolute position
 * changes with the new parent's origin (a group's origin is its parent's).
 * @throws Error for a node of another document, a removed node, a move of a section or group
 *   into itself or one of its descendants, or (`readings.fontsGuardNodes`) a node holding text in
 *   a font not loaded.
 */
export function appendChild(
  board: BoardState,
  container: FakeContainer,
  candidate: PortSceneNode,
): void {
  const child = board.resolve(candidate, 'appendChild')
  if (child.state.removed) throw nodeDoesNotExist('appendChild', child.state.id)
  guardTextFonts(board, 'appendChild', child)
  moveIntoContainer(container, child)
}

/**
 * Puts `child` on top of `container`'s children, x/y unchanged.
 * @throws Error when `container` is `child` or one of its descendants.
 */
export function moveIntoContainer(container: FakeContainer, child: FakeSceneNode): void {
  if (child === container || (container.nodeType !== 'PAGE' && container.isDescendantOf(child))) {
    throw new Error(
      `in appendChild: Cannot move node "${child.state.id}" into itself or one of its descendants`,
    )
  }
  child.attachTo(container)
}
