import { BoardError, reasonOf } from './board-error'
import type { FigJamPort } from './figjam-port'
import { LoadedFont } from './loaded-font'

/** Font of the plugin's titles and labels (set on its own text nodes and shapes). */
export const TITLE_FONT: FontName = { family: 'Inter', style: 'Bold' }
/** Font of the plugin's prompts and flags (set on its own text nodes and shapes). */
export const BODY_FONT: FontName = { family: 'Inter', style: 'Medium' }

/** Fonts loaded so far, per host (the `figma` global, or one in-memory FigJam), by `"Family Style"`. */
const loadedByHost = new WeakMap<object, Map<string, Promise<LoadedFont>>>()

function cacheOf(figma: object): Map<string, Promise<LoadedFont>> {
  let cache = loadedByHost.get(figma)
  if (cache === undefined) {
    cache = new Map()
    loadedByHost.set(figma, cache)
  }
  return cache
}

/**
 * Loads each distinct font of `fonts` once per plugin run (later calls reuse the first load,
 * without a call into the host), all in parallel; resolves to the proofs in the order given.
 * A font read from a node may be `figma.mixed` (a person styled part of a text): that is refused,
 * as the plugin writes whole texts in one font. A failed load is not remembered, so a later call
 * tries again.
 * @throws BoardError `board.fontNotLoaded` naming the fonts when FigJam cannot load one, or
 *   `board.mixedFonts` for `figma.mixed`.
 */
export async function loadFontsAsync(
  figma: Pick<FigJamPort, 'loadFontAsync'>,
  fonts: readonly (FontName | PluginAPI['mixed'])[],
): Promise<LoadedFont[]> {
  const cache = cacheOf(figma)
  const proofs = fonts.map((font) => {
    if (typeof font === 'symbol') {
      return Promise.reject(new BoardError('board.mixedFonts'))
    }
    const key = `${font.family} ${font.style}`
    let proof = cache.get(key)
    if (proof === undefined) {
      proof = LoadedFont.loadAsync(figma, font)
      cache.set(key, proof)
      void proof.catch(() => cache.delete(key))
    }
    return proof
  })
  try {
    return await Promise.all(proofs)
  } catch (cause) {
    if (cause instanceof BoardError) throw cause
    const names: string[] = []
    for (const font of fonts) {
      if (typeof font !== 'symbol') names.push(`${font.family} ${font.style}`)
    }
    throw new BoardError(
      'board.fontNotLoaded',
      { fonts: [...new Set(names)].join(' / '), cause: reasonOf(cause) },
      cause,
    )
  }
}

/**
 * Loads one font (once per plugin run, see `loadFontsAsync`), typically one read from a node the
 * plugin created, such as `sticky.text.fontName`.
 * @throws Error naming the font when FigJam cannot load it, or for `figma.mixed`.
 */
export async function loadFontAsync(
  figma: Pick<FigJamPort, 'loadFontAsync'>,
  font: FontName | PluginAPI['mixed'],
): Promise<LoadedFont> {
  const [proof] = await loadFontsAsync(figma, [font])
  if (proof === undefined) throw new BoardError('board.fontsNotLoaded')
  return proof
}

/** The plugin's own fonts, loaded. */
export interface PluginFonts {
  /** `TITLE_FONT`. */
  title: LoadedFont
  /** `BODY_FONT`. */
  body: LoadedFont
}

/**
 * Loads `TITLE_FONT` and `BODY_FONT` (once per plugin run).
 * @throws Error naming the fonts when FigJam cannot load them.
 */
export async function loadPluginFontsAsync(
  figma: Pick<FigJamPort, 'loadFontAsync'>,
): Promise<PluginFonts> {
  const [title, body] = await loadFontsAsync(figma, [TITLE_FONT, BODY_FONT])
  if (title === undefined || body === undefined) throw new BoardError('board.fontsNotLoaded')
  return { title, body }
}
