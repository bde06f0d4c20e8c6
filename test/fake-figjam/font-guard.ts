import type { BoardState } from './board-state'
import type { FakeSceneNode } from './fake-scene-node'
import { unloadedFontError } from './font-library'

/** The font of the text a node holds (a sticky's, a shape's or a text node's), else null. */
export function fontOfNode(node: FakeSceneNode): FontName | null {
  switch (node.nodeType) {
    case 'STICKY':
    case 'SHAPE_WITH_TEXT':
      return node.state.text.fontName
    case 'TEXT':
      return node.state.fontName
    default:
      return null
  }
}

/**
 * Under `readings.fontsGuardNodes`, refuses `member` (appendChild, resize) on a node holding text
 * in a font that is not loaded, or on a section or group holding such a node: Figma's docs ask
 * for loaded fonts before "any operation that changes text" and list layout among them
 * (https://developers.figma.com/docs/plugins/working-with-text).
 * @throws Error `in <member>: Cannot write to node with unloaded font ...`.
 */
export function guardTextFonts(board: BoardState, member: string, node: FakeSceneNode): void {
  if (!board.readings.fontsGuardNodes) return
  const font = fontOfNode(node)
  if (font !== null && !board.fonts.isLoaded(font)) throw unloadedFontError(member, font)
  for (const child of node.childNodes()) guardTextFonts(board, member, child)
}
