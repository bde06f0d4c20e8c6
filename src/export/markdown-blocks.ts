import type { List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { mathToMarkdown } from 'mdast-util-math'
import { toMarkdown } from 'mdast-util-to-markdown'

import { emailAt } from './export-markdown'
import { heading, list, listItem, oneLine, paragraph, text } from './markdown-nodes'

/** Literal text on one line: runs of white space become one space. */
export const mdText = (value: string): PhrasingContent => text(oneLine(value))

/** A label in bold and its value as literal text on one line: `**Canvas:** Acme`. */
export const mdField = (label: string, value: string): PhrasingContent[] => [
  { type: 'strong', children: [text(label)] },
  text(` ${oneLine(value)}`),
]

export const mdParagraph = (...children: PhrasingContent[]): Paragraph => paragraph(children)

export const mdHeading = heading

/** A tight bullet list, one paragraph an item; `checked` makes GFM task list items. */
export const mdList = (items: readonly PhrasingContent[][], checked?: boolean): List =>
  list(items.map((children) => listItem(children, checked)))

/**
 * GitHub-flavoured Markdown of `blocks`, written as the Markdown export writes (`exportMarkdown`:
 * mdast-util-to-markdown with the GFM and math extensions and `emailAt`): text made with `mdText`
 * always reads as literal text, never as headings, lists, links, emphasis, math or HTML. Ends
 * with a newline.
 */
export function writeMarkdown(blocks: readonly RootContent[]): string {
  const tree: Root = { type: 'root', children: [...blocks] }
  return toMarkdown(tree, {
    bullet: '-',
    emphasis: '_',
    extensions: [gfmToMarkdown(), mathToMarkdown()],
    unsafe: [emailAt],
  })
}
