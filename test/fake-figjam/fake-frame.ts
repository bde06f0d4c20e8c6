import type { PortFrame } from '../../src/board/figjam-port'
import type { BoardState } from './board-state'
import { type SpaceState, withOwnSpace } from './container-mixins'
import { FakeNode, newNodeState } from './fake-node'

/**
 * A frame a person pasted from a Figma design file (FigJam has no frame tool; only
 * `person.addFrame` makes one). It can hold stickies, and its children's x/y are relative to it,
 * as for a section (https://developers.figma.com/docs/plugins/api/FrameNode).
 */
export class FakeFrame extends withOwnSpace(FakeNode<SpaceState>) implements PortFrame {
  readonly nodeType = 'FRAME'

  constructor(board: BoardState, size: { width: number; height: number }) {
    super(board, { ...newNodeState(board.newId(), 'Frame'), ...size, children: [] })
  }

  asSceneNode(): this {
    return this
  }

  get type(): 'FRAME' {
    this.read('type')
    return 'FRAME'
  }
}
