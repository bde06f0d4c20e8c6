import type { PortText, PortTextSublayer } from './figjam-port'
import type { LoadedFont } from './loaded-font'

/**
 * The text members Figma lets a plugin write only once the font is loaded (TextNode and
 * TextSublayerNode docs: "Setting this property requires the font to be loaded"). The port
 * declares them read-only, so this file is the plugin's one way to write text, and each of its
 * functions takes a `LoadedFont` as proof.
 */
type WritableLayer = Pick<TextSublayerNode, 'characters' | 'fontName' | 'fontSize'>
type WritableText = Pick<TextNode, 'characters' | 'fontName' | 'fontSize' | 'textAutoResize'>

/**
 * Sets the font of a text node or of a sticky's or shape's text layer. Set it on a new node
 * before appending or resizing it: Figma requires the fonts of nodes holding text to be loaded
 * for those too.
 */
export function setFont(target: PortText | PortTextSublayer, font: LoadedFont): void {
  const writable: Pick<WritableLayer, 'fontName'> = target
  writable.fontName = font.fontName
}

/**
 * Writes `characters` (and `fontSize`, px, when given) into a text layer whose font is the
 * loaded one passed as proof: read from that layer and loaded, or set with `setFont`.
 */
export function writeLayerText(
  layer: PortTextSublayer,
  _loaded: LoadedFont,
  characters: string,
  fontSize?: number,
): void {
  const writable: WritableLayer = layer
  if (fontSize !== undefined) writable.fontSize = fontSize
  writable.characters = characters
}

/**
 * Writes a text node whose font is the loaded one passed as proof (set with `setFont`):
 * `fontSize` px, `characters`, and with `width` (px) a fixed width the text wraps to, growing
 * in height.
 */
export function writeTextNode(
  text: PortText,
  _loaded: LoadedFont,
  spec: { characters: string; fontSize: number; width?: number },
): void {
  const writable: WritableText = text
  writable.fontSize = spec.fontSize
  writable.characters = spec.characters
  if (spec.width !== undefined) {
    text.resize(spec.width, text.height)
    writable.textAutoResize = 'HEIGHT'
  }
}
