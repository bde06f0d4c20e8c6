/** Inter Regular, Medium, Semi Bold and Bold: the fonts the fake offers unless told otherwise. */
export const DEFAULT_AVAILABLE_FONTS: readonly FontName[] = [
  { family: 'Inter', style: 'Regular' },
  { family: 'Inter', style: 'Medium' },
  { family: 'Inter', style: 'Semi Bold' },
  { family: 'Inter', style: 'Bold' },
]

/** `"Inter Medium"`, or the family alone when no style is given: Figma's way of naming a font. */
export function fontKey(font: FontNameInput): string {
  return font.style === undefined ? font.family : `${font.family} ${font.style}`
}

/**
 * Figma's error for a text write before its font was loaded, e.g. `in set_characters: Cannot
 * write to node with unloaded font "Inter Medium". Please call figma.loadFontAsync(...)...`.
 */
export function unloadedFontError(member: string, font: FontName): Error {
  return new Error(
    `in ${member}: Cannot write to node with unloaded font "${fontKey(font)}". Please call ` +
      `figma.loadFontAsync({ family: "${font.family}", style: "${font.style}" }) and await the ` +
      'returned promise first.',
  )
}

/**
 * The fonts of a fake editor: which are available, which the plugin has loaded, and how often it
 * asked for each. A font counts as loaded only once the promise of `loadAsync` has resolved, as
 * in Figma.
 */
export class FontLibrary {
  readonly loads = new Map<string, number>()
  private readonly loaded = new Set<string>()

  constructor(private readonly available: readonly FontName[]) {}

  /**
   * Figma's `loadFontAsync`. Without a style every available style of the family is loaded.
   * @throws (rejects) `The font "Comic Sans Bold" could not be loaded` for a font not available.
   */
  async loadAsync(font: FontNameInput): Promise<void> {
    const key = fontKey(font)
    this.loads.set(key, (this.loads.get(key) ?? 0) + 1)
    await Promise.resolve()
    const matches = this.available.filter(
      (candidate) =>
        candidate.family === font.family &&
        (font.style === undefined || candidate.style === font.style),
    )
    if (matches.length === 0) throw new Error(`The font "${key}" could not be loaded`)
    for (const match of matches) this.loaded.add(fontKey(match))
  }

  isAvailable(font: FontName): boolean {
    return this.available.some(
      (candidate) => candidate.family === font.family && candidate.style === font.style,
    )
  }

  isLoaded(font: FontName): boolean {
    return this.loaded.has(fontKey(font))
  }

  /** @throws `unloadedFontError` unless `font` was loaded. */
  requireLoaded(member: string, font: FontName): void {
    if (!this.isLoaded(font)) throw unloadedFontError(member, font)
  }
}
