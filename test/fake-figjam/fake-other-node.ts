import type { PortOtherNode } from '../../src/board/figjam-port'
import type { BoardState } from './board-state'
import { FakeNode, newNodeState, type NodeState } from './fake-node'

/** Node types the adapter reads for their bounds only: frames, stamps, widgets… */
export type OtherNodeType = PortOtherNode['type']

export interface OtherNodeState extends NodeState {
  width: number
  height: number
}

/**
 * Any other node a person may leave on a board (a stamp, a frame, an image…), for testing that
 * the adapter reads it for its bounds only. Only `person.addOther` creates one.
 */
export class FakeOtherNode extends FakeNode<OtherNodeState> implements PortOtherNode {
  constructor(
    board: BoardState,
    readonly nodeType: OtherNodeType,
    size: { width: number; height: number },
  ) {
    super(board, { ...newNodeState(board.newId(), nodeType.toLowerCase()), ...size })
  }

  asSceneNode(): this {
    return this
  }

  size(): { width: number; height: number } {
    return { width: this.state.width, height: this.state.height }
  }

  get type(): OtherNodeType {
    this.read('type')
    return this.nodeType
  }
}
