import type { BoardState } from './board-state'
import { FakeConnector } from './fake-connector'
import { FakeFrame } from './fake-frame'
import { FakeGroup } from './fake-group'
import type { NodeState } from './fake-node'
import { FakeOtherNode } from './fake-other-node'
import type { FakeContainer, FakeSceneNode } from './fake-scene-node'
import { FakeSection } from './fake-section'
import { FakeShapeWithText } from './fake-shape-with-text'
import { FakeSticky } from './fake-sticky'
import { FakeText } from './fake-text'

/**
 * A deep copy of `node` with new ids, on top of `parent`'s children at the same x/y: name,
 * size, text, fills, plugin data, shared plugin data and relaunch data copied, children copied
 * in z-order. A copied connector keeps its ends.
 */
export function duplicateNode(
  board: BoardState,
  node: FakeSceneNode,
  parent: FakeContainer,
): FakeSceneNode {
  const copy = blankCopy(board, node)
  copyBase(node.state, copy.state)
  board.addToPage(copy)
  copy.attachTo(parent)
  for (const child of node.childNodes()) {
    if (copy.nodeType === 'SECTION' || copy.nodeType === 'GROUP' || copy.nodeType === 'FRAME') {
      duplicateNode(board, child, copy)
    }
  }
  return copy
}

function copyBase(from: NodeState, to: NodeState): void {
  to.name = from.name
  to.x = from.x
  to.y = from.y
  for (const [key, value] of from.pluginData) to.pluginData.set(key, value)
  for (const [namespace, entries] of from.sharedPluginData) {
    to.sharedPluginData.set(namespace, new Map(entries))
  }
}

function blankCopy(board: BoardState, node: FakeSceneNode): FakeSceneNode {
  switch (node.nodeType) {
    case 'SECTION': {
      const copy = new FakeSection(board)
      Object.assign(copy.state, {
        width: node.state.width,
        height: node.state.height,
        fills: node.state.fills,
        relaunchData: node.state.relaunchData,
      })
      return copy
    }
    case 'STICKY': {
      const copy = new FakeSticky(board)
      Object.assign(copy.state.text, node.state.text)
      Object.assign(copy.state, {
        fills: node.state.fills,
        authorName: node.state.authorName,
        isWideWidth: node.state.isWideWidth,
      })
      return copy
    }
    case 'TEXT': {
      const copy = new FakeText(board)
      const { characters, fontName, fontSize, fills, textAutoResize, width, height } = node.state
      Object.assign(copy.state, { characters, fontName, fontSize, fills, textAutoResize, width })
      copy.state.height = height
      return copy
    }
    case 'SHAPE_WITH_TEXT': {
      const copy = new FakeShapeWithText(board)
      Object.assign(copy.state.text, node.state.text)
      const { shapeType, fills, width, height } = node.state
      Object.assign(copy.state, { shapeType, fills, width, height })
      return copy
    }
    case 'CONNECTOR': {
      const copy = new FakeConnector(board)
      Object.assign(copy.state, {
        start: node.state.start,
        end: node.state.end,
        lineType: node.state.lineType,
      })
      return copy
    }
    case 'GROUP':
      return new FakeGroup(board)
    case 'FRAME':
      return new FakeFrame(board, node.size())
    default:
      return new FakeOtherNode(board, node.nodeType, node.size())
  }
}
