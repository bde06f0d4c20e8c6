import { FakeNode, type NodeState } from './fake-node'
import { checkedPaints } from './paints'

export interface FilledNodeState extends NodeState {
  fills: ReadonlyArray<Paint>
}

/** A node with `fills`: sticky, text, shape with text, section. Fills are frozen, as in Figma. */
export abstract class FakeFilledNode<S extends FilledNodeState> extends FakeNode<S> {
  get fills(): ReadonlyArray<Paint> {
    this.read('fills')
    return this.state.fills
  }

  /** @throws Error for `figma.mixed` or a colour channel or opacity outside 0..1. */
  set fills(value: ReadonlyArray<Paint> | PluginAPI['mixed']) {
    this.write('fills')
    this.state.fills = checkedPaints(value)
  }
}
