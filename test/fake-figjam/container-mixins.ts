import type { FakeNode, NodeState } from './fake-node'
import type { FakeSceneNode } from './fake-scene-node'

/** The state of a node that holds others: a section, a group, a frame. */
export interface ParentState extends NodeState {
  /** Children in z-order, bottom first. */
  readonly children: FakeSceneNode[]
}

/** A section's or a frame's state: a size of its own; its children's x/y start at its top-left. */
export interface SpaceState extends ParentState {
  width: number
  height: number
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base takes any arguments
type NodeClass<S extends NodeState> = abstract new (...args: any[]) => FakeNode<S>

/**
 * `Base` with the members every node that holds others has: its children for the fake's own
 * walks (`childNodes`, uncounted) and Figma's `children` (counted, a frozen copy).
 */
export function withChildren<B extends NodeClass<ParentState>>(Base: B) {
  abstract class WithChildren extends Base {
    override childNodes(): readonly FakeSceneNode[] {
      return this.state.children
    }

    get children(): readonly FakeSceneNode[] {
      this.read('children')
      return Object.freeze([...this.state.children])
    }
  }
  return WithChildren
}

/**
 * `withChildren(Base)` for a section or a frame: its size is its own (`width`, `height`) and its
 * children's x/y are relative to its top-left, unlike a group's.
 */
export function withOwnSpace<B extends NodeClass<SpaceState>>(Base: B) {
  abstract class WithOwnSpace extends withChildren(Base) {
    size(): { width: number; height: number } {
      return { width: this.state.width, height: this.state.height }
    }

    /** The node's top-left on the page, px: the origin of its children's x/y. */
    absoluteOrigin(): Vector {
      const { x, y } = this.absoluteBox()
      return { x, y }
    }
  }
  return WithOwnSpace
}
