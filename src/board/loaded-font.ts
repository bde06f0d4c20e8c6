import type { FigJamPort } from './figjam-port'

/**
 * Proof that a font was loaded with `figma.loadFontAsync` in this plugin run. Only
 * `LoadedFont.loadAsync` makes one (the constructor is private), and every text write of the
 * plugin (`text-writes.ts`) takes one, so writing text in a font that was not loaded does not
 * compile. Figma's rule: writing `characters`, `fontSize` or `fontName` needs the font loaded
 * (TextNode docs, "Working with text").
 */
export class LoadedFont {
  private constructor(readonly fontName: Readonly<FontName>) {}

  /**
   * Loads `font` through the host and resolves to the proof.
   * @throws (rejects) whatever `loadFontAsync` throws for a font FigJam cannot load.
   */
  static async loadAsync(
    figma: Pick<FigJamPort, 'loadFontAsync'>,
    font: FontName,
  ): Promise<LoadedFont> {
    await figma.loadFontAsync(font)
    return new LoadedFont(Object.freeze({ family: font.family, style: font.style }))
  }

  /** `"Inter Medium"`: the font as people name it. */
  get label(): string {
    return `${this.fontName.family} ${this.fontName.style}`
  }

  /** Whether `font` is this font (family and style). */
  is(font: FontName): boolean {
    return font.family === this.fontName.family && font.style === this.fontName.style
  }
}
