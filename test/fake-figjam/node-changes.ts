import type { PortNodeChange, PortNodeChangeEvent } from '../../src/board/figjam-port'
import type { FakeSceneNode } from './fake-scene-node'

type Listener = (event: PortNodeChangeEvent) => void

/**
 * The page's `nodechange` events (https://developers.figma.com/docs/plugins/api/properties/PageNode-on):
 * `CREATE` when a node is added to the page (only the highest-level node of a subtree),
 * `DELETE` when one is removed (again only the highest level), `PROPERTY_CHANGE` with the
 * properties changed. `origin` is `LOCAL` for the user running the plugin and `REMOTE` for
 * other people (https://developers.figma.com/docs/plugins/api/DocumentChange). Changes are not
 * delivered as they happen: everything changed in one turn of the event loop reaches the
 * listeners as one batched event afterwards, as FigJam delivers them asynchronously.
 */
export class NodeChanges {
  /** Origin given to changes recorded now; see `asRemote`. */
  private origin: 'LOCAL' | 'REMOTE' = 'LOCAL'
  private pending: PortNodeChange[] = []
  private readonly listeners = new Set<Listener>()
  private scheduled = false
  /** Events delivered so far. */
  delivered = 0

  on(listener: Listener): void {
    this.listeners.add(listener)
  }

  off(listener: Listener): void {
    this.listeners.delete(listener)
  }

  /** Runs `change` as another person in the file: its changes have origin `REMOTE`. */
  asRemote<T>(change: () => T): T {
    this.origin = 'REMOTE'
    try {
      return change()
    } finally {
      this.origin = 'LOCAL'
    }
  }

  created(node: FakeSceneNode): void {
    this.record({ type: 'CREATE', id: node.state.id, origin: this.origin, node })
  }

  deleted(node: FakeSceneNode): void {
    const removed = { removed: true, type: node.nodeType, id: node.state.id } as const
    this.record({ type: 'DELETE', id: node.state.id, origin: this.origin, node: removed })
  }

  changed(node: FakeSceneNode, property: NodeChangeProperty): void {
    const last = this.pending.at(-1)
    if (last?.type === 'PROPERTY_CHANGE' && last.id === node.state.id) {
      if (!last.properties.includes(property)) last.properties.push(property)
      return
    }
    this.record({
      type: 'PROPERTY_CHANGE',
      id: node.state.id,
      origin: this.origin,
      node,
      properties: [property],
    })
  }

  /** Delivers the changes of this turn now, as the end of the turn would. */
  flush(): void {
    this.scheduled = false
    if (this.pending.length === 0) return
    const nodeChanges = this.pending
    this.pending = []
    if (this.listeners.size === 0) return
    this.delivered += 1
    for (const listener of [...this.listeners]) listener({ nodeChanges: [...nodeChanges] })
  }

  private record(change: PortNodeChange): void {
    if (this.listeners.size === 0) return
    this.pending.push(change)
    if (this.scheduled) return
    this.scheduled = true
    setTimeout(() => {
      this.flush()
    }, 0)
  }
}
