import type { PortPage, PortSceneNode } from '../../src/board/figjam-port'
import { moveIntoContainer } from './append-child'
import type { BoardState } from './board-state'
import { duplicateNode } from './duplicate-node'
import { FakeConnector } from './fake-connector'
import { FakeFrame } from './fake-frame'
import { FakeGroup } from './fake-group'
import { nodeDoesNotExist } from './fake-node'
import { FakeOtherNode, type OtherNodeType } from './fake-other-node'
import type { FakeContainer, FakeSceneNode } from './fake-scene-node'
import { FakeSection } from './fake-section'
import { FakeStamp } from './fake-stamp'
import { FakeSticky } from './fake-sticky'
import { FakeText } from './fake-text'
import { checkedPaints, solidPaint } from './paints'

/** Where a person puts a node: absolute top-left on the page, px, and optionally its parent. */
export interface PersonPlacement {
  x: number
  y: number
  /**
   * The page, a section or a group to put the node in. Left out, the node lands in the
   * innermost section under its centre (as in FigJam's UI), else on the page.
   */
  parent?: FakeContainer | PortPage | PortSceneNode
}

export interface PersonSticky extends PersonPlacement {
  text: string
  /** `#RRGGBB`; FigJam's palette is in DOMAIN.md §6. Default yellow `#FFE299`. */
  color?: string
  /** Default: the fake's user name. */
  author?: string
  wide?: boolean
}

export interface PersonSection extends PersonPlacement {
  name: string
  width: number
  height: number
  color?: string
}

export interface PersonText extends PersonPlacement {
  text: string
  fontSize?: number
}

export interface PersonOtherNode extends PersonPlacement {
  type: OtherNodeType
  width: number
  height: number
  name?: string
}

/**
 * What people do in FigJam's UI, for building hostile boards in tests. People type without
 * loading fonts and none of this counts as host calls. Nodes are given as the fake's nodes or
 * the port's view of them.
 * @throws Error (every method) for a removed node or one of another board.
 */
export class FakePerson {
  constructor(private readonly board: BoardState) {}

  /** Adds a sticky with `text` at absolute (`x`, `y`). */
  addSticky(sticky: PersonSticky): FakeSticky {
    const node = new FakeSticky(this.board)
    node.state.text.characters = sticky.text
    if (sticky.color !== undefined) node.state.fills = checkedPaints([solidPaint(sticky.color)])
    if (sticky.author !== undefined) node.state.authorName = sticky.author
    node.state.isWideWidth = sticky.wide ?? false
    return this.place(node, sticky)
  }

  /** Draws a section of `width`×`height` px at absolute (`x`, `y`); it adopts no nodes. */
  addSection(section: PersonSection): FakeSection {
    const node = new FakeSection(this.board)
    node.state.name = section.name
    node.state.width = section.width
    node.state.height = section.height
    if (section.color !== undefined) node.state.fills = checkedPaints([solidPaint(section.color)])
    return this.place(node, section)
  }

  /**
   * Pastes a frame of `width`×`height` px at absolute (`x`, `y`); put stickies in it with
   * `parent`. It adopts no nodes.
   */
  addFrame(frame: PersonSection): FakeFrame {
    const node = new FakeFrame(this.board, frame)
    node.state.name = frame.name
    return this.place(node, frame)
  }

  /**
   * Duplicates `node` (⌘D) with everything in it to absolute (`x`, `y`) in the same parent. The
   * copies get new ids and keep their plugin data, shared plugin data and relaunch data, as
   * Figma copies them (https://developers.figma.com/docs/plugins/api/node-properties).
   */
  duplicate(node: PortSceneNode, at: { x: number; y: number }): FakeSceneNode {
    const original = this.existing(node)
    const parent = original.state.parent
    if (parent === null) throw new Error('duplicate: the node has no parent')
    const copy = duplicateNode(this.board, original, parent)
    this.moveAbsolute(copy, at.x, at.y)
    return copy
  }

  /** Adds a text box sized to its text at absolute (`x`, `y`). */
  addText(text: PersonText): FakeText {
    const node = new FakeText(this.board)
    node.state.characters = text.text
    node.state.fontSize = text.fontSize ?? 16
    return this.place(node, text)
  }

  /** Adds a node of another kind (a stamp, a frame…) of `width`×`height` px. */
  addOther(other: PersonOtherNode): FakeOtherNode {
    const node =
      other.type === 'STAMP'
        ? new FakeStamp(this.board, other.name ?? 'Dot', other)
        : new FakeOtherNode(this.board, other.type, other)
    if (other.name !== undefined) node.state.name = other.name
    return this.place(node, other)
  }

  /**
   * Drops a stamp of `kind` (`+1`, `Thumbs up`…) on `target`, its top-left `offset` px from the
   * target's top-left (default 8, 8): it sticks to the topmost node under its centre.
   */
  addStamp(kind: string, target: PortSceneNode, offset: Vector = { x: 8, y: 8 }): FakeStamp {
    const box = this.existing(target).absoluteBox()
    return this.place(new FakeStamp(this.board, kind), {
      x: box.x + offset.x,
      y: box.y + offset.y,
    })
  }

  /**
   * Draws an elbowed connector from `from` to `to` (auto magnets), on the page.
   * @throws Error for a connector as an end, or a section unless
   *   `readings.connectorsAttachToSections`.
   */
  connect(from: PortSceneNode, to: PortSceneNode): FakeConnector {
    const connector = new FakeConnector(this.board)
    connector.state.lineType = 'ELBOWED'
    const ends = [from, to].map((end) =>
      connector.checkedEndpoint('connect', {
        endpointNodeId: this.existing(end).state.id,
        magnet: 'AUTO',
      }),
    )
    const [start, end] = ends
    if (start === undefined || end === undefined) throw new Error('connect: two ends needed')
    connector.state.start = start
    connector.state.end = end
    return this.board.addToPage(connector)
  }

  /**
   * Selects `nodes` and presses ⌘G: a new group holds them in their z-order and takes the place
   * of the topmost of them in their parent. They keep their x/y and so their place on the
   * screen, as a group's children's x/y are relative to the group's parent.
   * @throws Error for no nodes (Figma has no empty groups) or nodes of different parents.
   */
  group(nodes: readonly PortSceneNode[]): FakeGroup {
    const members = nodes.map((node) => this.existing(node))
    const parent = members[0]?.state.parent
    if (parent === undefined || parent === null) throw new Error('group: no nodes to group')
    if (members.some((member) => member.state.parent !== parent)) {
      throw new Error('group: the nodes must share a parent')
    }
    const inZOrder = parent.state.children.filter((node) => members.includes(node))
    const aboveTopmost = parent.state.children.findLastIndex((node) => members.includes(node)) + 1
    const group = this.board.addToPage(new FakeGroup(this.board))
    group.attachTo(parent, aboveTopmost)
    for (const member of inZOrder) member.attachTo(group)
    return group
  }

  /**
   * Drags `node` into `target` (a section, a group or the page); it keeps its place on the
   * screen.
   */
  dragInto(node: PortSceneNode, target: FakeContainer | PortPage | PortSceneNode): void {
    const moved = this.existing(node)
    const box = moved.absoluteBox()
    moveIntoContainer(this.container(target), moved)
    this.moveAbsolute(moved, box.x, box.y)
    this.board.changes.changed(moved, 'parent')
  }

  /** Moves `node` to absolute (`x`, `y`) without changing its parent (as arrow keys do). */
  moveTo(node: PortSceneNode, x: number, y: number): void {
    const moved = this.existing(node)
    this.moveAbsolute(moved, x, y)
    this.board.changes.changed(moved, 'x')
    this.board.changes.changed(moved, 'y')
  }

  /** Deletes `node` and, for a section, everything in it; connectors to it keep its id. */
  delete(node: PortSceneNode): void {
    const removed = this.existing(node)
    this.board.changes.deleted(removed)
    removed.markRemoved()
  }

  rename(node: PortSceneNode, name: string): void {
    const renamed = this.existing(node)
    renamed.state.name = name
    this.board.changes.changed(renamed, 'name')
  }

  /** Types `text` into a sticky, shape or text box, replacing what was there. */
  editText(node: PortSceneNode, text: string): void {
    const edited = this.existing(node)
    switch (edited.nodeType) {
      case 'STICKY':
      case 'SHAPE_WITH_TEXT':
        edited.state.text.characters = text
        this.board.changes.changed(edited, 'text')
        return
      case 'TEXT':
        edited.state.characters = text
        this.board.changes.changed(edited, 'characters')
        return
      default:
        throw new Error(`editText: a ${edited.nodeType} node holds no text`)
    }
  }

  select(nodes: readonly PortSceneNode[]): void {
    this.board.page.state.selection = nodes.map((node) => this.existing(node))
  }

  private place<N extends FakeSceneNode>(node: N, placement: PersonPlacement): N {
    this.board.addToPage(node)
    const { width, height } = node.size()
    const centre = { x: placement.x + width / 2, y: placement.y + height / 2 }
    const parent =
      placement.parent === undefined
        ? this.sectionUnder(centre, node)
        : this.container(placement.parent)
    moveIntoContainer(parent, node)
    this.moveAbsolute(node, placement.x, placement.y)
    return node
  }

  private sectionUnder(point: Vector, moving: FakeSceneNode): FakeContainer {
    let found: FakeContainer = this.board.page
    for (const node of this.board.page.descendants()) {
      if (node.nodeType !== 'SECTION' || node === moving || node.isDescendantOf(moving)) continue
      const box = node.absoluteBox()
      const inside =
        point.x >= box.x &&
        point.x <= box.x + box.width &&
        point.y >= box.y &&
        point.y <= box.y + box.height
      if (inside) found = node
    }
    return found
  }

  private moveAbsolute(node: FakeSceneNode, x: number, y: number): void {
    const origin = node.state.parent?.absoluteOrigin() ?? { x: 0, y: 0 }
    node.moveLocal(x - origin.x, y - origin.y)
  }

  private existing(candidate: object): FakeSceneNode {
    const node = this.board.resolve(candidate, 'person')
    if (node.state.removed) throw nodeDoesNotExist('person', node.state.id)
    return node
  }

  private container(candidate: FakeContainer | PortPage | PortSceneNode): FakeContainer {
    if (candidate === this.board.page) return this.board.page
    const node = this.existing(candidate)
    if (node.nodeType !== 'SECTION' && node.nodeType !== 'GROUP' && node.nodeType !== 'FRAME') {
      throw new Error(`A ${node.nodeType} node cannot hold nodes`)
    }
    return node
  }
}
