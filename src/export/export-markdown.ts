import type {
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  TableRow,
} from 'mdast'
import { gfmTableToMarkdown } from 'mdast-util-gfm-table'
import { defaultHandlers, toMarkdown, type Handle, type Unsafe } from 'mdast-util-to-markdown'

import { answersRole } from '../fit/fit-rules'
import { indexNotes, type IndexedNote, type NoteIndex } from '../fit/note-index'
import { quoteNote } from '../fit/quote-note'
import type { Area, Board, Canvas, Note } from '../model/board'
import type { CheckResult, Finding } from '../model/findings'
import { breakWithLineEndingPatterns, textWithMatchingPatterns } from './markdown-text-handler'
import { noteListHandler, type NoteList, type NoteListItem } from './markdown-note-list'
import { noteVotesDetail, votesSection } from './markdown-votes'
import { fitMermaidDiagram } from './mermaid-fit'

const DOCUMENT_TITLE = 'API Canvas workshop results'

// `checked` list items become GFM task list items (`- [ ] …`),
// as in mdast-util-gfm-task-list-item.
const listItemWithCheckbox: Handle = (node: ListItem, parent, state, info) => {
  const value = defaultHandlers.listItem(node, parent, state, info)
  if (typeof node.checked !== 'boolean') return value
  return value.replace(/^[-*+] /, (bullet) => `${bullet}[${node.checked === true ? 'x' : ' '}] `)
}

// The core leaves `~` unescaped mid-line, where GFM reads strikethrough
// (as in mdast-util-gfm-strikethrough).
const strikethroughUnsafe: Unsafe = {
  character: '~',
  inConstruct: 'phrasing',
  notInConstruct: [
    'autolink',
    'destinationLiteral',
    'destinationRaw',
    'reference',
    'titleQuote',
    'titleApostrophe',
  ],
}

// Readers turn U+0000 into U+FFFD (CommonMark §2.3), which can close emphasis;
// the escaper must see it too.
const literal = (value: string): string =>
  value.includes('\0') ? value.replace(/\0/g, '\uFFFD') : value

const text = (value: string): PhrasingContent => ({ type: 'text', value: literal(value) })

const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim()

// Blank lines and edge spaces would become paragraphs or hard breaks;
// the other line breaks stay soft.
const noteLines = (value: string): string =>
  /[\r\n]/.test(value)
    ? value
        .split(/\r\n?|\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join('\n')
    : value.trim()

const heading = (depth: 1 | 2 | 3, value: string): Heading => ({
  type: 'heading',
  depth,
  children: [text(value)],
})

const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children })

const list = (items: ListItem[]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items,
})

const emptyNote = (value: string): Paragraph =>
  paragraph([{ type: 'emphasis', children: [text(value)] }])

const canvasTitle = (canvas: Canvas): string => oneLine(canvas.title) || 'Untitled canvas'

const areaHeading = (area: Area): string =>
  area.label === '' ? oneLine(area.title) : `${area.label} · ${oneLine(area.title)}`

function linkRelation(from: IndexedNote, to: IndexedNote): string {
  const fromRole = from.area?.role ?? 'context'
  const toRole = to.area?.role ?? 'context'
  if (from.canvas.id === to.canvas.id && answersRole(fromRole, toRole)) return 'answers'
  if (from.canvas.id === to.canvas.id && answersRole(toRole, fromRole)) return 'answered by'
  return 'linked to'
}

/** The board's notes by id, and each note's quote made once however often it is quoted. */
interface NoteLookup {
  readonly index: NoteIndex
  quote(note: Note): string
}

function noteLookup(board: Board): NoteLookup {
  const quotes = new Map<string, string>()
  return {
    index: indexNotes(board),
    quote: (note) => {
      let quote = quotes.get(note.id)
      if (quote === undefined) {
        quote = quoteNote(note.text)
        quotes.set(note.id, quote)
      }
      return quote
    },
  }
}

/** The quoted texts of the notes `note` links to, by relation ("answers", "linked to", …). */
function linkedQuotes(note: Note, canvas: Canvas, notes: NoteLookup): Map<string, string[]> {
  const related = new Map<string, string[]>()
  const self = notes.index.find(note.id, canvas)
  if (self === undefined) return related
  const seen = new Set<string>()
  for (const link of note.links) {
    const other = notes.index.find(link.noteId, canvas)
    if (other === undefined || seen.has(link.noteId)) continue
    seen.add(link.noteId)
    const relation = linkRelation(self, other)
    const quotes = related.get(relation)
    if (quotes === undefined) related.set(relation, [notes.quote(other.note)])
    else quotes.push(notes.quote(other.note))
  }
  return related
}

function noteItem(note: Note, canvas: Canvas, notes: NoteLookup): NoteListItem {
  const author = note.author === null ? '' : oneLine(note.author)
  const details = author === '' ? [] : [`by ${author}`]
  const votes = noteVotesDetail(note.votes)
  if (votes !== '') details.push(votes)
  if (note.links.length > 0) {
    for (const [relation, quotes] of linkedQuotes(note, canvas, notes)) {
      details.push(`${relation}: ${quotes.join(', ')}`)
    }
  }
  return {
    text: literal(noteLines(note.text) || notes.quote(note)),
    details: literal(details.join(' · ')),
  }
}

function* noteItems(items: Note[], canvas: Canvas, notes: NoteLookup): Generator<NoteListItem> {
  for (const note of items) yield noteItem(note, canvas, notes)
}

const noteList = (items: Note[], canvas: Canvas, notes: NoteLookup): NoteList => ({
  type: 'noteList',
  items: noteItems(items, canvas, notes),
})

function canvasSection(canvas: Canvas, notes: NoteLookup): RootContent[] {
  const content: RootContent[] = [heading(2, canvasTitle(canvas))]
  for (const area of canvas.areas) {
    content.push(
      heading(3, areaHeading(area)),
      area.notes.length === 0 ? emptyNote('No notes yet.') : noteList(area.notes, canvas, notes),
    )
  }
  if (canvas.strayNotes.length > 0) {
    content.push(heading(3, 'Outside any area'), noteList(canvas.strayNotes, canvas, notes))
  }
  return content
}

/** Options of `exportMarkdown`. */
export interface MarkdownExportOptions {
  /** Add a Mermaid diagram of each canvas's fit under the fit table (`fitMermaidDiagram`). */
  mermaid?: boolean
  /** `false` leaves out the canvases and their notes: title, fit and findings only. */
  notes?: boolean
}

function fitDiagrams(board: Board, result: CheckResult): RootContent[] {
  return result.fit.flatMap((fit) => {
    const canvas = board.canvases.find((candidate) => candidate.id === fit.canvasId)
    const diagram = canvas === undefined ? undefined : fitMermaidDiagram(canvas, result)
    if (canvas === undefined || diagram === undefined) return []
    return [
      heading(3, `Fit diagram: ${canvasTitle(canvas)}`),
      { type: 'code', lang: 'mermaid', value: diagram },
    ]
  })
}

function fitSection(board: Board, result: CheckResult, mermaid: boolean): RootContent[] {
  if (result.fit.length === 0) return []
  const titles = new Map(board.canvases.map((canvas) => [canvas.id, canvasTitle(canvas)]))
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((cell) => ({ type: 'tableCell', children: [text(cell)] })),
  })
  return [
    heading(2, 'Fit'),
    {
      type: 'table',
      align: ['left', 'right', 'right'],
      children: [
        row(['Canvas', 'Pains answered', 'Gains answered']),
        ...result.fit.map((fit) =>
          row([
            titles.get(fit.canvasId) ?? fit.canvasId,
            `${fit.painsAnswered} / ${fit.painsTotal}`,
            `${fit.gainsAnswered} / ${fit.gainsTotal}`,
          ]),
        ),
      ],
    },
    ...(mermaid ? fitDiagrams(board, result) : []),
  ]
}

function findingsSection(board: Board, result: CheckResult): RootContent[] {
  const content: RootContent[] = [heading(2, 'Findings')]
  if (result.findings.length === 0) return [...content, emptyNote('No findings.')]
  const groups = new Map<string, Finding[]>(board.canvases.map((canvas) => [canvas.id, []]))
  for (const finding of result.findings) {
    const group = groups.get(finding.canvasId)
    if (group === undefined) groups.set(finding.canvasId, [finding])
    else group.push(finding)
  }
  const titles = new Map(board.canvases.map((canvas) => [canvas.id, canvasTitle(canvas)]))
  for (const [canvasId, findings] of groups) {
    if (findings.length === 0) continue
    content.push(
      heading(3, titles.get(canvasId) ?? `Canvas ${canvasId} (not read)`),
      list(
        findings.map((finding) => ({
          type: 'listItem',
          checked: false,
          spread: false,
          children: [paragraph([text(oneLine(finding.message))])],
        })),
      ),
    )
  }
  return content
}

/**
 * The board and its check result as GitHub-flavoured Markdown: a title; per canvas (board order)
 * a `##` heading and its areas in fill order as `###` headings ("C · Pains") with their notes
 * (text, author, links as "answers: …", "answered by: …" or "linked to: …" with quoted text),
 * then the notes outside any area; a fit table; on a board with dot votes the most-voted
 * unanswered pains and gains and the vote-weighted fit (`votesSection`, and each note's votes on
 * its details line); the findings as a task list grouped by canvas.
 * Sticky text is escaped by mdast-util-to-markdown, so it always reads as literal text: it
 * cannot add headings, list items, tables, emphasis, links or HTML (GitHub may still make a bare
 * URL clickable). Line breaks in a sticky become soft breaks; blank lines are dropped.
 * With `mermaid`, the fit table is followed by a `### Fit diagram: <canvas>` heading and a
 * ```` ```mermaid ```` block per canvas with fit notes; with `notes: false` the canvases' notes
 * are left out. Pure: the same input always gives the
 * same text.
 */
export function exportMarkdown(
  board: Board,
  result: CheckResult,
  options: MarkdownExportOptions = {},
): string {
  const notes = noteLookup(board)
  const tree: Root = {
    type: 'root',
    children: [
      heading(1, DOCUMENT_TITLE),
      ...(board.canvases.length === 0 ? [emptyNote('No canvases on this board yet.')] : []),
      ...(options.notes === false
        ? []
        : board.canvases.flatMap((canvas) => canvasSection(canvas, notes))),
      ...fitSection(board, result, options.mermaid === true),
      ...votesSection(
        board,
        result,
        (value) => ({ type: 'text', value: literal(value) }),
        (id) => {
          const canvas = board.canvases.find((candidate) => candidate.id === id)
          return canvas === undefined ? id : canvasTitle(canvas)
        },
      ),
      ...findingsSection(board, result),
    ],
  }
  return toMarkdown(tree, {
    bullet: '-',
    emphasis: '_',
    extensions: [gfmTableToMarkdown()],
    handlers: {
      break: breakWithLineEndingPatterns,
      listItem: listItemWithCheckbox,
      noteList: noteListHandler,
      text: textWithMatchingPatterns,
    },
    unsafe: [strikethroughUnsafe],
  })
}
