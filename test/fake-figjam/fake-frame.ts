import type { PortFrame } from '../../src/board/figjam-port'
import type { BoardState } from './board-state'
import { FakeNode, newNodeState, type NodeState } from './fake-node'
import type { FakeSceneNode } from './fake-scene-node'

export interface FrameState extends NodeState {
  width: number
  height: number
  /** Children in z-order, bottom first; their x/y are relative to this frame. */
  readonly children: FakeSceneNode[]
}

/**
 * A frame a person pasted from a Figma design file (FigJam has no frame tool; only
 * `person.addFrame` makes one). It can hold stickies, and its children's x/y are relative to it,
 * as for a section (https://developers.figma.com/docs/plugins/api/FrameNode).
 */
export class FakeFrame extends FakeNode<FrameState> implements PortFrame {
  readonly nodeType = 'FRAME'

  constructor(board: BoardState, size: { width: number; height: number }) {
    super(board, { ...newNodeState(board.newId(), 'Frame'), ...size, children: [] })
  }

  asSceneNode(): this {
    return this
  }

  override childNodes(): readonly FakeSceneNode[] {
    return this.state.children
  }

  size(): { width: number; height: number } {
    return { width: this.state.width, height: this.state.height }
  }

  /** The frame's top-left on the page, px: the origin of its children's x/y. */
  absoluteOrigin(): Vector {
    const { x, y } = this.absoluteBox()
    return { x, y }
  }

  get type(): 'FRAME' {
    this.read('type')
    return 'FRAME'
  }

  get children(): readonly FakeSceneNode[] {
    this.read('children')
    return Object.freeze([...this.state.children])
  }
}
