import type {
  PortNodeChangeEvent,
  PortPage,
  PortPageEvents,
  PortSceneNode,
} from '../../src/board/figjam-port'
import { appendChild } from './append-child'
import type { BoardState } from './board-state'
import type { FakeConnector } from './fake-connector'
import { nodeDoesNotExist } from './fake-node'
import type { FakeSceneNode } from './fake-scene-node'
import { FakeStamp } from './fake-stamp'

/** The plain data of the page; test code reads it without counting host calls. */
export interface PageState {
  readonly id: string
  name: string
  readonly parent: null
  /** Top-level nodes in z-order (append order), bottom first. */
  readonly children: FakeSceneNode[]
  selection: readonly FakeSceneNode[]
}

/** The board's only page, id `0:1`. Node x/y on the page are absolute. */
export class FakePage implements PortPage, PortPageEvents {
  readonly nodeType = 'PAGE'
  readonly state: PageState = {
    id: '0:1',
    name: 'Page 1',
    parent: null,
    children: [],
    selection: [],
  }

  constructor(private readonly board: BoardState) {}

  /** Every node on the page, depth first in z-order (a section before its children). */
  descendants(): FakeSceneNode[] {
    const found: FakeSceneNode[] = []
    const visit = (nodes: readonly FakeSceneNode[]): void => {
      for (const node of nodes) {
        found.push(node)
        visit(node.childNodes())
      }
    }
    visit(this.state.children)
    return found
  }

  /** The page's origin: (0, 0). */
  absoluteOrigin(): Vector {
    return { x: 0, y: 0 }
  }

  get type(): 'PAGE' {
    this.board.hostCalls.read('PAGE.type')
    return 'PAGE'
  }

  get id(): string {
    this.board.hostCalls.read('PAGE.id')
    return this.state.id
  }

  get name(): string {
    this.board.hostCalls.read('PAGE.name')
    return this.state.name
  }

  set name(value: string) {
    this.board.hostCalls.write('PAGE.name=')
    this.state.name = value
  }

  get children(): readonly FakeSceneNode[] {
    this.board.hostCalls.read('PAGE.children')
    return Object.freeze([...this.state.children])
  }

  get selection(): readonly FakeSceneNode[] {
    this.board.hostCalls.read('PAGE.selection')
    return Object.freeze([...this.state.selection])
  }

  /** @throws Error for a removed node, a node of another document or one not on this page. */
  set selection(nodes: readonly PortSceneNode[]) {
    this.board.hostCalls.write('PAGE.selection=')
    this.state.selection = nodes.map((candidate) => {
      const node = this.board.resolve(candidate, 'set_selection')
      if (node.state.removed) throw nodeDoesNotExist('set_selection', node.state.id)
      if (!node.isOnPage()) {
        throw new Error(`in set_selection: The node "${node.state.id}" is not on the current page`)
      }
      return node
    })
  }

  on(_type: 'nodechange', callback: (event: PortNodeChangeEvent) => void): void {
    this.board.hostCalls.call('PAGE.on()')
    this.board.changes.on(callback)
  }

  off(_type: 'nodechange', callback: (event: PortNodeChangeEvent) => void): void {
    this.board.hostCalls.call('PAGE.off()')
    this.board.changes.off(callback)
  }

  appendChild(child: PortSceneNode): void {
    this.board.hostCalls.call('PAGE.appendChild()')
    appendChild(this.board, this, child)
  }

  /**
   * Every connector or stamp (as `criteria.types` says) anywhere on the page (inside sections
   * too), in depth-first z-order.
   */
  findAllWithCriteria<T extends ('CONNECTOR' | 'STAMP')[]>(criteria: {
    types: T
  }): ({ type: T[number] } & (FakeConnector | FakeStamp))[] {
    this.board.hostCalls.call('PAGE.findAllWithCriteria()')
    const types: readonly string[] = criteria.types
    return this.descendants().filter(
      (node): node is { type: T[number] } & (FakeConnector | FakeStamp) =>
        (node.nodeType === 'CONNECTOR' || node instanceof FakeStamp) &&
        types.includes(node.nodeType),
    )
  }
}
