import fc from 'fast-check'
import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, test } from 'vitest'

import { exportMarkdown } from '../src/export/export-markdown'
import { checkFit } from '../src/fit/check-fit'
import type { Board, Note } from '../src/model/board'
import { sampleBoard } from './fixtures/sample-board'

const render = (board: Board): string => exportMarkdown(board, checkFit(board))

const plainText = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map(plainText).join('') : ''

/** Every node's kind in document order: what a reader sees as structure, without the words. */
function shape(node: Nodes): string[] {
  const kind = node.type === 'heading' ? `heading${node.depth}` : node.type
  return 'children' in node ? [kind, ...node.children.flatMap(shape)] : [kind]
}

/** The text of each note listed under the heading: its paragraph up to the hard break. */
function notesUnder(root: Root, headingText: string): string[] {
  const at = root.children.findIndex(
    (node) => node.type === 'heading' && plainText(node) === headingText,
  )
  const list = root.children[at + 1]
  if (list?.type !== 'list') throw new Error(`no list under ${headingText}`)
  return list.children.map((item) => {
    const [paragraph] = item.children
    if (paragraph?.type !== 'paragraph') throw new Error('a note item starts with a paragraph')
    const end = paragraph.children.findIndex((child) => child.type === 'break')
    return paragraph.children
      .slice(0, end === -1 ? undefined : end)
      .map(plainText)
      .join('')
  })
}

/** Lines that could be a GFM table's delimiter row (or a rule, or a setext underline), bullets aside. */
const delimiterRows = (markdown: string): number =>
  markdown.split('\n').filter((line) => /^[\s|:-]*-[\s|:-]*$/.test(line.replace(/^- /, ''))).length

function painNotes(board: Board): Note[] {
  const pains = board.canvases[0]?.areas.find((area) => area.id === 'pains')
  if (pains === undefined) throw new Error('fixture has pains')
  return pains.notes
}

describe('exportMarkdown on the sample workshop', () => {
  const markdown = render(sampleBoard)
  const root = fromMarkdown(markdown)
  const headings = root.children.flatMap((node) =>
    node.type === 'heading' ? [`${'#'.repeat(node.depth)} ${plainText(node)}`] : [],
  )

  test('matches the golden file', async () => {
    await expect(markdown).toMatchFileSnapshot('./golden/sample-board.md')
  })

  test('has a title, a section per canvas with its areas in fill order, fit and findings', () => {
    expect(headings.slice(0, 10)).toEqual([
      '# API Canvas workshop results',
      '## Acme Pay – API Value Proposition',
      '### A · Tasks',
      '### B · Gains',
      '### C · Pains',
      '### D · Gain creators',
      '### E · Pain relievers',
      '### F · API products and services',
      '### Outside any area',
      '## Acme Pay – API Canvas',
    ])
    expect(headings).toContain('### Name of the API')
    expect(headings.slice(-5)).toEqual([
      '### 9 · Cost structure',
      '## Fit',
      '## Findings',
      '### Acme Pay – API Value Proposition',
      '### Acme Pay – API Canvas',
    ])
  })

  test('lists notes with author and links, and marks empty areas', () => {
    expect(markdown).toContain(
      '- Hosted payment fields #Security\\\n  _by Farid · answers: “Card data must not touch our servers (PCI scope) #security”_\n',
    )
    expect(markdown).toContain(
      '- Go live in under a week\\\n  _by Ben · answered by: “Drop-in checkout UI & sandbox keys on sign-up”_\n',
    )
    expect(markdown).toContain(
      '_by Dmitri · linked to: “Drop-in checkout UI & sandbox keys on sign-up”_',
    )
    expect(markdown).toContain('### 8 · Key partners\n\n_No notes yet._\n')
  })

  test('gives the fit as a table and the findings as an unchecked task list', () => {
    expect(markdown).toMatch(/\n\| Acme Pay – API Value Proposition \| +2 \/ 4 \| +2 \/ 3 \|\n/)
    const findingItems = markdown.split('\n').filter((line) => line.startsWith('- [ ] '))
    expect(findingItems).toHaveLength(checkFit(sampleBoard).findings.length)
    expect(findingItems[0]).toBe(
      '- [ ] Gain “Payouts match orders without spreadsheets” in “Gains” has no gain creator linked to it.',
    )
  })

  test('writes a board without canvases as a short document', () => {
    const empty: Board = { schemaVersion: 1, canvases: [], problems: [] }
    expect(render(empty)).toBe(
      '# API Canvas workshop results\n\n_No canvases on this board yet._\n\n## Findings\n\n_No findings._\n',
    )
  })
})

const hostileTexts = [
  '# Heading',
  'Title\n===',
  'Title\n---',
  '- item\n* item\n+ item',
  '1. first\n2) second',
  '> quoted',
  '| a | b |\n| - | - |\n| c | d |',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- hidden -->',
  '&lt;b&gt; &amp; &#60;',
  '[click](javascript:alert(1)) ![pic](https://example.com/x.png)',
  '[ref]: https://example.com',
  '```js\nalert(1)\n```',
  '    indented code',
  '**bold** _em_ ~~strike~~ ~one~ `code`',
  'ends with a backslash\\',
  'two spaces  \nhard break?',
  'first\n\n\nsecond paragraph?',
  '<https://example.com> [ ] task [x] done [^1]',
  '***\n___',
]

function hostileBoard(): Board {
  const board = structuredClone(sampleBoard)
  const pains = painNotes(board)
  const template = pains[0]
  if (template === undefined) throw new Error('fixture has a pain')
  pains.splice(
    0,
    pains.length,
    ...hostileTexts.map((text, i) => ({ ...template, id: `9:${i}`, text, links: [] })),
  )
  const canvas = board.canvases[0]
  if (canvas) canvas.title = '## Fit | <b>bold</b>\n- list'
  return board
}

describe('hostile sticky text', () => {
  const board = hostileBoard()
  const markdown = render(board)
  const root = fromMarkdown(markdown)

  test('comes out as literal text, line breaks as spaces', () => {
    expect(notesUnder(root, 'C · Pains').map((text) => text.replace(/\s+/g, ' '))).toEqual(
      hostileTexts.map((text) => text.replace(/\s+/g, ' ').trim()),
    )
  })

  test('adds no HTML, heading, list item or table', () => {
    const plain = structuredClone(board)
    for (const note of painNotes(plain)) note.text = 'x'
    const canvas = plain.canvases[0]
    if (canvas) canvas.title = 'x'
    const plainMarkdown = render(plain)
    expect(shape(root)).toEqual(shape(fromMarkdown(plainMarkdown)))
    expect(shape(root)).not.toContain('html')
    expect(delimiterRows(markdown)).toBe(delimiterRows(plainMarkdown))
  })

  test('cannot strike text through or tick a task', () => {
    expect(markdown).not.toMatch(/(?<!\\)~/)
    expect(markdown).toContain('\\~\\~strike\\~\\~')
    expect(markdown).toContain('\\[x] done')
  })

  test('keeps a renamed canvas title on one line in headings and the fit table', () => {
    const title = '## Fit | <b>bold</b> - list'
    const headings = root.children.filter((node) => node.type === 'heading').map(plainText)
    expect(headings.filter((heading) => heading === title)).toHaveLength(2)
    expect(markdown).toMatch(/\n\| ## Fit \\\| \\<b>bold\\<\/b> - list \|/)
  })
})

describe('any sticky text', () => {
  const fragments = ['#', '-', '*', '+', '_', '`', '~', '[', ']', '(', ')', '!', '<', '>', '|']
  const more = ['\\', '&', ';', '=', ':', '1.', '1)', ' ', '  ', '\t', '\n', '\r', 'a', 'div', '\0']
  const stickyText = fc.string({
    unit: fc.oneof(
      fc.constantFrom(...fragments, ...more),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 40,
  })

  test('never adds structure and always reads back as typed', () => {
    fc.assert(
      fc.property(stickyText, stickyText, fc.string({ maxLength: 12 }), (pain, reliever, who) => {
        const canvases = structuredClone(sampleBoard.canvases.slice(0, 1))
        const board: Board = { schemaVersion: 1, canvases, problems: [] }
        const [first] = painNotes(board)
        const relievers = board.canvases[0]?.areas.find((area) => area.id === 'painRelievers')
        const [firstReliever] = relievers?.notes ?? []
        if (first === undefined || firstReliever === undefined) throw new Error('fixture notes')
        const plain = structuredClone(board)
        first.text = pain
        first.author = who
        firstReliever.text = reliever
        const [plainFirst] = painNotes(plain)
        if (plainFirst === undefined) throw new Error('fixture notes')
        plainFirst.author = who.trim() === '' ? who : 'x'

        const markdown = render(board)
        const plainMarkdown = render(plain)
        const root = fromMarkdown(markdown)
        expect(shape(root)).toEqual(shape(fromMarkdown(plainMarkdown)))
        expect(delimiterRows(markdown)).toBe(delimiterRows(plainMarkdown))
        expect(markdown).not.toMatch(/(?<!\\)~/)
        const oneLine = (text: string): string =>
          text.replaceAll('\0', '\uFFFD').replace(/\s+/g, ' ').trim()
        expect(oneLine(notesUnder(root, 'C · Pains')[0] ?? '')).toBe(oneLine(pain) || '“”')
        expect(oneLine(notesUnder(root, 'E · Pain relievers')[0] ?? '')).toBe(
          oneLine(reliever) || '“”',
        )
      }),
    )
  })
})
