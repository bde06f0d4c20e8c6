import type { NoteLink, ReadProblem } from './board'

/**
 * Most stickies a `#tag` links. A tag on more is a label (`#mvp` across a board), not a pairing
 * of a pain with what answers it, and linking every pair of its stickies would cost the square
 * of their number (2,000 stickies: 4 million links).
 */
export const TAG_LINK_LIMIT = 20

/**
 * Most tags of one sticky that link. With `TAG_LINK_LIMIT` this bounds a sticky's tag links to
 * 30 × 19 = 570, whatever its text holds (20 stickies sharing 3,000 tags once made 1.1 million
 * links and 2.6 GB).
 */
export const MAX_LINKED_TAGS = 30

/** What `buildNoteLinks` needs of a note: its id and its lower-case tags. */
export interface LinkableNote {
  id: string
  tags: readonly string[]
}

/** A FigJam connector between two stickies, by node id; direction does not matter. */
export interface NoteConnection {
  fromId: string
  toId: string
}

/**
 * Tags that link less than they say: a tag on more than `TAG_LINK_LIMIT` notes, read as a label
 * that links none of them (`tag` set), or a note with more than `MAX_LINKED_TAGS` tags, of which
 * only the first link (`tag` null, `noteIds` that one note, `tagCount` how many it has).
 */
export type LabelTag =
  | {
      /** Lower-case, without `#`. */
      tag: string
      /** Ids of the notes carrying it, in the order given. */
      noteIds: string[]
    }
  | { tag: null; noteIds: string[]; tagCount: number }

function notesByTag(notes: readonly LinkableNote[], crowded: LabelTag[]): Map<string, Set<string>> {
  const byTag = new Map<string, Set<string>>()
  for (const note of notes) {
    if (note.tags.length > MAX_LINKED_TAGS) {
      crowded.push({ tag: null, noteIds: [note.id], tagCount: note.tags.length })
    }
    for (const tag of note.tags.slice(0, MAX_LINKED_TAGS)) {
      const ids = byTag.get(tag)
      if (ids === undefined) byTag.set(tag, new Set([note.id]))
      else ids.add(note.id)
    }
  }
  return byTag
}

/** What `buildNoteLinks` finds. */
export interface NoteLinks {
  /** Every note id's links (an empty array when it has none). */
  byNote: Map<string, NoteLink[]>
  /**
   * Tags on more than `TAG_LINK_LIMIT` notes, in order of first use (they link none), then notes
   * with more than `MAX_LINKED_TAGS` tags.
   */
  labelTags: LabelTag[]
}

/**
 * Links of every note: one `connector` link per other note a connector joins it to (however
 * many connectors there are, in either direction), and one `tag` link per tag it shares with
 * another note, unless more than `TAG_LINK_LIMIT` notes carry that tag (a label tag); of a
 * note's tags only the first `MAX_LINKED_TAGS` link. Linear in the notes, connectors and tags.
 * Connectors with an end outside `notes`, and a note's links to itself, are left out. Each
 * note's links are sorted by note id, then connector before tag, then tag.
 */
export function buildNoteLinks(
  notes: readonly LinkableNote[],
  connections: readonly NoteConnection[],
): NoteLinks {
  const links = new Map<string, NoteLink[]>(notes.map((note) => [note.id, []]))
  const seen = new Set<string>()
  const add = (from: string, link: NoteLink): void => {
    const key = `${from}\n${link.noteId}\n${link.via}\n${link.tag ?? ''}`
    const list = links.get(from)
    if (list !== undefined && !seen.has(key)) {
      seen.add(key)
      list.push(link)
    }
  }

  for (const { fromId, toId } of connections) {
    if (fromId !== toId && links.has(fromId) && links.has(toId)) {
      add(fromId, { noteId: toId, via: 'connector' })
      add(toId, { noteId: fromId, via: 'connector' })
    }
  }

  const labelTags: LabelTag[] = []
  const crowded: LabelTag[] = []
  notesByTag(notes, crowded).forEach((ids, tag) => {
    if (ids.size > TAG_LINK_LIMIT) {
      labelTags.push({ tag, noteIds: [...ids] })
      return
    }
    for (const from of ids) {
      for (const to of ids) {
        if (from !== to) {
          add(from, { noteId: to, via: 'tag', tag })
        }
      }
    }
  })

  links.forEach((list) => list.sort(compareLinks))
  return { byNote: links, labelTags: [...labelTags, ...crowded] }
}

/**
 * The read problem (`tag-not-linked`) that tells a facilitator a label tag links nothing; it is
 * reported on `canvasId`, the canvas of the first sticky carrying it.
 */
export function labelTagProblem(label: LabelTag, canvasId: string): ReadProblem {
  return {
    code: 'tag-not-linked',
    values:
      label.tag === null
        ? { count: label.tagCount, max: MAX_LINKED_TAGS }
        : { tag: label.tag, count: label.noteIds.length, limit: TAG_LINK_LIMIT },
    canvasId,
    areaId: null,
  }
}

/** The order of a note's links: by note id, then connector before tag, then tag. */
export function compareLinks(a: NoteLink, b: NoteLink): number {
  return (
    compareText(a.noteId, b.noteId) ||
    compareText(a.via, b.via) ||
    compareText(a.tag ?? '', b.tag ?? '')
  )
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
