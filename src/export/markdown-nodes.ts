import type { Heading, List, ListItem, Paragraph, PhrasingContent } from 'mdast'

import type { Translator } from '../locale/translator'
import type { Canvas } from '../model/board'

/**
 * `value` with U+0000 replaced by U+FFFD, as every CommonMark reader replaces it (CommonMark
 * §2.3): the escaping then sees the character a reader will see, which can close emphasis.
 */
export const literal = (value: string): string =>
  value.includes('\0') ? value.replace(/\0/g, '\uFFFD') : value

/** A text node holding `value` as literal text (escaped when written). */
export const text = (value: string): PhrasingContent => ({ type: 'text', value: literal(value) })

/** `value` on one line: every run of white space one space, none at the ends. */
export const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim()

export const heading = (depth: 1 | 2 | 3, value: string): Heading => ({
  type: 'heading',
  depth,
  children: [text(value)],
})

export const paragraph = (children: PhrasingContent[]): Paragraph => ({
  type: 'paragraph',
  children,
})

/** A tight bullet list. */
export const list = (items: ListItem[]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items,
})

/** A tight list item holding one paragraph; `checked` makes it a GFM task list item. */
export const listItem = (children: PhrasingContent[], checked?: boolean): ListItem => ({
  type: 'listItem',
  spread: false,
  ...(checked === undefined ? {} : { checked }),
  children: [paragraph(children)],
})

/** A paragraph in emphasis, such as "_No notes yet._". */
export const emptyNote = (value: string): Paragraph =>
  paragraph([{ type: 'emphasis', children: [text(value)] }])

/** The canvas's title on one line, or "Untitled canvas" in the language of `t`. */
export const canvasTitle = (canvas: Canvas, t: Translator): string =>
  oneLine(canvas.title) || t('export.untitledCanvas')
