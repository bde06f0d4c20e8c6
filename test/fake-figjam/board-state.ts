import { FakeDocument } from './fake-document'
import { FakeNode } from './fake-node'
import { FakePage } from './fake-page'
import type { FakeReadings } from './fake-readings'
import type { FakeSceneNode } from './fake-scene-node'
import { FontLibrary } from './font-library'
import { HostCalls } from './host-calls'
import { NodeChanges } from './node-changes'

/**
 * Everything one fake board shares: the page and document, the node registry (removed nodes
 * stay in it, marked removed), fonts, host-call counts and the name of the user running the
 * plugin.
 */
export class BoardState {
  readonly hostCalls = new HostCalls()
  /** The page's `nodechange` events. */
  readonly changes = new NodeChanges()
  readonly fonts: FontLibrary
  readonly document: FakeDocument
  readonly page: FakePage
  private readonly nodes = new Map<string, FakeSceneNode>()
  private nextId = 2

  constructor(
    readonly userName: string,
    availableFonts: readonly FontName[],
    /** Which reading of Figma's docs the board takes where they leave room. */
    readonly readings: FakeReadings,
  ) {
    this.fonts = new FontLibrary(availableFonts)
    this.document = new FakeDocument(this)
    this.page = new FakePage(this)
  }

  /** A fresh node id in Figma's `session:local` form, e.g. `"1:2"`. */
  newId(): string {
    const id = `1:${this.nextId}`
    this.nextId += 1
    return id
  }

  /** Registers a new node and puts it on top of the page, as Figma's `create*` methods do. */
  addToPage<N extends FakeSceneNode>(node: N): N {
    this.nodes.set(node.state.id, node)
    node.attachTo(this.page)
    this.changes.created(node)
    return node
  }

  /** The node with `id`, removed ones included. */
  nodeWithId(id: string): FakeSceneNode | undefined {
    return this.nodes.get(id)
  }

  /**
   * The fake node behind a port node.
   * @throws Error `in <member>: ...` for an object this board did not create.
   */
  resolve(candidate: object, member: string): FakeSceneNode {
    const node = candidate instanceof FakeNode ? this.nodes.get(candidate.registryId()) : undefined
    if (node === undefined || node !== candidate) {
      throw new Error(`in ${member}: Expected a node of this document`)
    }
    return node
  }
}
