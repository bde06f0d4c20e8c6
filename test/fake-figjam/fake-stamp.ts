import type { PortStamp } from '../../src/board/figjam-port'
import { containsPoint } from '../../src/model/note-area'
import type { BoardState } from './board-state'
import { FakeOtherNode } from './fake-other-node'
import type { FakeSceneNode } from './fake-scene-node'
import { stick } from './stickables'

/**
 * The kinds FigJam's stamp wheel makes, as the stamp's `name` gives them
 * (https://developers.figma.com/docs/plugins/api/StampNode).
 */
export const STAMP_KINDS = [
  '+1',
  'Dot',
  'Heart',
  'Profile',
  'Question',
  'Star',
  'Thumbs down',
  'Thumbs up',
] as const

/** A stamp's size on the board, px. */
export const STAMP_SIZE = 40

/**
 * A FigJam stamp. Dropped (placed or moved) with its centre on another node, it sticks to the
 * topmost node there: `stuckTo` is that node; moved off every node, `stuckTo` is null
 * (https://developers.figma.com/docs/plugins/api/properties/nodes-stuckto). While stuck it moves
 * with its host and is removed with it
 * (https://developers.figma.com/docs/plugins/api/properties/nodes-stucknodes).
 */
export class FakeStamp extends FakeOtherNode implements PortStamp {
  private host: FakeSceneNode | null = null
  /** Top-left relative to the host's top-left while stuck, px. */
  private offset: Vector = { x: 0, y: 0 }

  constructor(board: BoardState, kind: string, size = { width: STAMP_SIZE, height: STAMP_SIZE }) {
    super(board, 'STAMP', size)
    this.state.name = kind
  }

  override get type(): 'STAMP' {
    this.read('type')
    return 'STAMP'
  }

  /** The node the stamp is stuck to, read without counting a host call. */
  stuckHost(): FakeSceneNode | null {
    return this.host !== null && !this.host.state.removed ? this.host : null
  }

  get stuckTo(): FakeSceneNode | null {
    this.read('stuckTo')
    return this.stuckHost()
  }

  override localPosition(): Vector {
    const host = this.stuckHost()
    if (host === null) return super.localPosition()
    const box = host.absoluteBox()
    const origin = this.state.parent?.absoluteOrigin() ?? { x: 0, y: 0 }
    return { x: box.x + this.offset.x - origin.x, y: box.y + this.offset.y - origin.y }
  }

  override moveLocal(x: number, y: number): void {
    super.moveLocal(x, y)
    stick(this, this.host, null)
    this.host = null
    if (this.state.parent === null) return
    const { x: left, y: top, width, height } = this.absoluteBox()
    const host = this.topmostNodeUnder({ x: left + width / 2, y: top + height / 2 })
    stick(this, null, host)
    this.host = host
    if (host !== null) {
      const box = host.absoluteBox()
      this.offset = { x: left - box.x, y: top - box.y }
    }
  }

  /** The last node in pre-order (the topmost) whose bounds hold `point`, this stamp aside. */
  private topmostNodeUnder(point: Vector): FakeSceneNode | null {
    let found: FakeSceneNode | null = null
    const visit = (nodes: readonly FakeSceneNode[]): void => {
      for (const node of nodes) {
        if (node === this || !containsPoint(node.absoluteBox(), point)) continue
        if (node.nodeType !== 'GROUP') found = node
        visit(node.childNodes())
      }
    }
    visit(this.board.page.state.children)
    return found
  }
}
