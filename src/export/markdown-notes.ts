import type { ListItem, PhrasingContent, RootContent } from 'mdast'

import { answersRole } from '../fit/fit-rules'
import { type IndexedNote, indexNotes, type NoteIndex } from '../fit/note-index'
import { quoteNote } from '../fit/quote-note'
import type { Translator } from '../locale/translator'
import type { Area, Board, Canvas, Note } from '../model/board'
import { canvasTitle, emptyNote, heading, list, listItem, literal, oneLine } from './markdown-nodes'
import { noteVotesDetail } from './markdown-votes'

/** The board's notes by id, and each note's quote made once however often it is quoted. */
export interface NoteLookup {
  readonly index: NoteIndex
  quote(note: Note): string
}

/** A `NoteLookup` of every note on `board`. */
export function noteLookup(board: Board): NoteLookup {
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

const areaHeading = (area: Area): string =>
  area.label === '' ? oneLine(area.title) : `${area.label} · ${oneLine(area.title)}`

type Relation = 'export.noteAnswers' | 'export.noteAnsweredBy' | 'export.noteLinkedTo'

function linkRelation(from: IndexedNote, to: IndexedNote): Relation {
  const fromRole = from.area?.role ?? 'context'
  const toRole = to.area?.role ?? 'context'
  if (from.canvas.id === to.canvas.id && answersRole(fromRole, toRole)) return 'export.noteAnswers'
  if (from.canvas.id === to.canvas.id && answersRole(toRole, fromRole)) {
    return 'export.noteAnsweredBy'
  }
  return 'export.noteLinkedTo'
}

/** The quoted texts of the notes `note` links to, by relation ("answers", "linked to", …). */
function linkedQuotes(note: Note, canvas: Canvas, notes: NoteLookup): Map<Relation, string[]> {
  const related = new Map<Relation, string[]>()
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

/** A sticky as a list item: its text, then (after a hard break) author and links in emphasis. */
function noteItem(note: Note, canvas: Canvas, notes: NoteLookup, t: Translator): ListItem {
  const author = note.author === null ? '' : oneLine(note.author)
  const details = author === '' ? [] : [t('export.noteAuthor', { author })]
  const votes = noteVotesDetail(note.votes, t)
  if (votes !== '') details.push(votes)
  if (note.links.length > 0) {
    for (const [relation, quotes] of linkedQuotes(note, canvas, notes)) {
      details.push(t(relation, { notes: quotes.join(', ') }))
    }
  }
  const children: PhrasingContent[] = [
    { type: 'text', value: literal(noteLines(note.text) || notes.quote(note)) },
  ]
  if (details.length > 0) {
    children.push(
      { type: 'break' },
      { type: 'emphasis', children: [{ type: 'text', value: literal(details.join(' · ')) }] },
    )
  }
  return listItem(children)
}

const noteList = (items: Note[], canvas: Canvas, notes: NoteLookup, t: Translator): RootContent =>
  list(items.map((note) => noteItem(note, canvas, notes, t)))

/**
 * A canvas as Markdown nodes: a `##` heading, then per area (fill order) a `###` heading ("C ·
 * Pains") and its notes or "_No notes yet._", then the notes outside any area; the words the
 * export adds in the language of `t`.
 */
export function canvasSection(canvas: Canvas, notes: NoteLookup, t: Translator): RootContent[] {
  const content: RootContent[] = [heading(2, canvasTitle(canvas, t))]
  for (const area of canvas.areas) {
    content.push(
      heading(3, areaHeading(area)),
      area.notes.length === 0
        ? emptyNote(t('export.noNotesYet'))
        : noteList(area.notes, canvas, notes, t),
    )
  }
  if (canvas.strayNotes.length > 0) {
    content.push(
      heading(3, t('export.outsideAnyArea')),
      noteList(canvas.strayNotes, canvas, notes, t),
    )
  }
  return content
}
