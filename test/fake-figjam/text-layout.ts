/**
 * A rough text layout for sizing nodes and drawing them: Inter's average glyph is taken as
 * 0.56 em wide and a line as 1.25 em high. Good to a line or two, which is all the fake needs
 * to make stickies and text boxes grow with their text.
 */
const AVERAGE_GLYPH_EM = 0.56
const LINE_HEIGHT_EM = 1.25
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })

/** Line height in px for a font size in px. */
export function lineHeight(fontSize: number): number {
  return Math.round(fontSize * LINE_HEIGHT_EM)
}

/** Estimated width in px of `text` on one line, without wrapping. */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(graphemes(text).length * fontSize * AVERAGE_GLYPH_EM)
}

/**
 * Splits `text` into the lines it takes in a box `maxWidth` px wide: hard breaks at `\n`, soft
 * breaks between words, and words longer than a line cut between characters (never inside an
 * emoji or a surrogate pair). An empty text is one empty line.
 */
export function wrapLines(text: string, maxWidth: number, fontSize: number): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * AVERAGE_GLYPH_EM)))
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, perLine))
}

function graphemes(text: string): string[] {
  if (/^[ -~]*$/.test(text)) return text.split('')
  return Array.from(segmenter.segment(text), (part) => part.segment)
}

function wrapParagraph(paragraph: string, perLine: number): string[] {
  const lines: string[] = []
  let line: string[] = []
  for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
    const glyphs = graphemes(word)
    const extra = line.length === 0 ? glyphs.length : glyphs.length + 1
    if (line.length + extra <= perLine) {
      line = line.length === 0 ? glyphs : [...line, ' ', ...glyphs]
      continue
    }
    if (line.length > 0) lines.push(line.join(''))
    let rest = glyphs
    while (rest.length > perLine) {
      lines.push(rest.slice(0, perLine).join(''))
      rest = rest.slice(perLine)
    }
    line = rest
  }
  lines.push(line.join(''))
  return lines
}
