import { describeError, errorWithCause } from './describe-error'
import type { FigJamPort } from './figjam-port'

/** Font of the plugin's titles and labels. */
export const TITLE_FONT: FontName = { family: 'Inter', style: 'Bold' }
/** Font of the plugin's prompts and flags; FigJam's own font for stickies and shapes. */
export const BODY_FONT: FontName = { family: 'Inter', style: 'Medium' }
/**
 * Font of a new sticky's text (`createSticky().text.fontName`), which must be loaded before its
 * `characters` are written.
 */
export const STICKY_FONT: FontName = { family: 'Inter', style: 'Medium' }

/**
 * Loads each distinct font of `fonts` once, all in parallel; FigJam refuses to write text in a
 * font that is not loaded.
 * @throws Error naming the fonts when FigJam cannot load them.
 */
export async function loadFontsAsync(
  figma: Pick<FigJamPort, 'loadFontAsync'>,
  fonts: readonly FontName[],
): Promise<void> {
  const distinct = new Map(fonts.map((font) => [`${font.family} ${font.style}`, font]))
  try {
    await Promise.all(Array.from(distinct.values(), (font) => figma.loadFontAsync(font)))
  } catch (cause) {
    throw errorWithCause(
      `FigJam could not load the font ${Array.from(distinct.keys()).join(' / ')} (${describeError(cause)}). Check your connection and try again.`,
      cause,
    )
  }
}
