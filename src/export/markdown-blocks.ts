import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'

import { listItemWithCheckbox, literal, strikethroughUnsafe } from './export-markdown'
import { breakWithLineEndingPatterns, textWithMatchingPatterns } from './markdown-text-handler'

/** Literal text on one line: runs of white space become one space. */
export const mdText = (value: string): PhrasingContent => ({
  type: 'text',
  value: literal(value.replace(/\s+/g, ' ').trim()),
})

/** A label in bold and its value as literal text on one line: `**Canvas:** Acme`. */
export const mdField = (label: string, value: string): PhrasingContent[] => [
  { type: 'strong', children: [mdText(label)] },
  { type: 'text', value: literal(` ${value.replace(/\s+/g, ' ').trim()}`) },
]

export const mdParagraph = (...children: PhrasingContent[]): Paragraph => ({
  type: 'paragraph',
  children,
})

export const mdHeading = (depth: 1 | 2 | 3, value: string): Heading => ({
  type: 'heading',
  depth,
  children: [mdText(value)],
})

/** A tight bullet list, one paragraph an item; `checked` makes GFM task list items. */
export const mdList = (items: readonly PhrasingContent[][], checked?: boolean): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children) => ({
    type: 'listItem',
    spread: false,
    ...(checked === undefined ? {} : { checked }),
    children: [mdParagraph(...children)],
  })),
})

/**
 * GitHub-flavoured Markdown of `blocks`, written by mdast-util-to-markdown with the Markdown
 * export's escapers (`textWithMatchingPatterns`, `strikethroughUnsafe`): text made with `mdText`
 * always reads as literal text, never as headings, lists, links, emphasis or HTML. Ends with a
 * newline.
 */
export function writeMarkdown(blocks: readonly RootContent[]): string {
  const tree: Root = { type: 'root', children: [...blocks] }
  return toMarkdown(tree, {
    bullet: '-',
    emphasis: '_',
    handlers: {
      break: breakWithLineEndingPatterns,
      listItem: listItemWithCheckbox,
      text: textWithMatchingPatterns,
    },
    unsafe: [strikethroughUnsafe],
  })
}
