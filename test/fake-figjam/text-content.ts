import type { FontLibrary } from './font-library'

/** Text and font of a text node or of a sticky's or shape's text sublayer. */
export interface TextContent {
  characters: string
  fontName: FontName
}

/** Text of a sticky's or shape's text sublayer, with its size in px. */
export interface SublayerContent extends TextContent {
  fontSize: number
}

/** Inter Medium, the font of sticky and shape text in FigJam. */
export const INTER_MEDIUM: FontName = Object.freeze({ family: 'Inter', style: 'Medium' })

/** Inter Regular, the font of a new text node. */
export const INTER_REGULAR: FontName = Object.freeze({ family: 'Inter', style: 'Regular' })

/**
 * Figma's `characters` write: the node's current font must be loaded.
 * @throws Error `in set_characters: Cannot write to node with unloaded font ...`.
 */
export function writeCharacters(fonts: FontLibrary, content: TextContent, value: string): void {
  fonts.requireLoaded('set_characters', content.fontName)
  content.characters = value
}

/**
 * Figma's `fontSize` write: the current font must be loaded, the size at least 1 px.
 * @throws Error for `figma.mixed`, a size below 1 or an unloaded font.
 */
export function writeFontSize(
  fonts: FontLibrary,
  content: SublayerContent,
  value: number | PluginAPI['mixed'],
): void {
  if (typeof value === 'symbol')
    throw new Error('in set_fontSize: Cannot set fontSize to figma.mixed')
  if (!(value >= 1))
    throw new Error(`in set_fontSize: Expected a number >= 1, got ${String(value)}`)
  fonts.requireLoaded('set_fontSize', content.fontName)
  content.fontSize = value
}

/**
 * Figma's `fontName` write: the new font must be loaded ("Setting this property to a different
 * value requires the new font to be loaded", TextNode.fontName in the plugin docs).
 * @throws Error for `figma.mixed` or a font that was not loaded.
 */
export function writeFontName(
  fonts: FontLibrary,
  content: TextContent,
  value: FontName | PluginAPI['mixed'],
): void {
  if (typeof value === 'symbol')
    throw new Error('in set_fontName: Cannot set fontName to figma.mixed')
  fonts.requireLoaded('set_fontName', value)
  content.fontName = Object.freeze({ family: value.family, style: value.style })
}
