import type { PortGroup, PortSceneNode } from '../../src/board/figjam-port'
import { unionOfRects } from '../../src/board/viewport-focus'
import { appendChild } from './append-child'
import type { BoardState } from './board-state'
import { withChildren } from './container-mixins'
import { FakeNode, newNodeState, type NodeState } from './fake-node'
import type { FakeSceneNode } from './fake-scene-node'

export interface GroupState extends NodeState {
  /**
   * Children in z-order, bottom first. Their x/y are relative to the group's parent, as the
   * group's own are: a group has no coordinate space of its own.
   */
  readonly children: FakeSceneNode[]
}

/**
 * A group people made with ⌘G (only `person.group` makes one; the port has no `figma.group`).
 * As Figma's GroupNode: its bounds are the union of its children's, moving it moves them, its
 * children's x/y are relative to its parent, and a group left without children deletes itself.
 */
export class FakeGroup extends withChildren(FakeNode<GroupState>) implements PortGroup {
  readonly nodeType = 'GROUP'

  constructor(board: BoardState) {
    super(board, { ...newNodeState(board.newId(), 'Group'), children: [] })
  }

  asSceneNode(): this {
    return this
  }

  /** The origin of the children's x/y on the page, px: the group's parent's origin. */
  absoluteOrigin(): Vector {
    return this.state.parent?.absoluteOrigin() ?? { x: 0, y: 0 }
  }

  /** The union of the children's bounds; where it was when removed, for a removed group. */
  override absoluteBox(): Rect {
    if (this.state.boxAtRemoval !== null) return this.state.boxAtRemoval
    const boxes = this.state.children.map((child) => child.absoluteBox())
    return unionOfRects(boxes) ?? { ...this.absoluteOrigin(), width: 0, height: 0 }
  }

  override localPosition(): Vector {
    const origin = this.absoluteOrigin()
    const box = this.absoluteBox()
    return { x: box.x - origin.x, y: box.y - origin.y }
  }

  /** Moves every child by the same distance, so the group's top-left lands at (`x`, `y`). */
  override moveLocal(x: number, y: number): void {
    const current = this.localPosition()
    for (const child of this.state.children) {
      const at = child.localPosition()
      child.moveLocal(at.x + x - current.x, at.y + y - current.y)
    }
  }

  size(): { width: number; height: number } {
    const { width, height } = this.absoluteBox()
    return { width, height }
  }

  get type(): 'GROUP' {
    this.read('type')
    return 'GROUP'
  }

  /**
   * Puts `child` on top of the group, x/y kept (so relative to the group's parent).
   * @throws Error for a removed node, or the group itself or one of its ancestors.
   */
  appendChild(child: PortSceneNode): void {
    this.call('appendChild')
    appendChild(this.board, this, child)
  }
}
