import type { NoteLink, ReadProblem } from './board'

/**
 * Most stickies a `#tag` links. A tag on more is a label (`#mvp` across a board), not a pairing
 * of a pain with what answers it, and linking every pair of its stickies would cost the square
 * of their number (2,000 stickies: 4 million links).
 */
export const TAG_LINK_LIMIT = 20

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

/** A tag on more than `TAG_LINK_LIMIT` notes, read as a label: it links none of them. */
export interface LabelTag {
  /** Lower-case, without `#`. */
  tag: string
  /** Ids of the notes carrying it, in the order given. */
  noteIds: string[]
}

function notesByTag(notes: readonly LinkableNote[]): Map<string, Set<string>> {
  const byTag = new Map<string, Set<string>>()
  for (const note of notes) {
    for (const tag of note.tags) {
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
  /** Tags on more than `TAG_LINK_LIMIT` notes, in order of first use: they link none. */
  labelTags: LabelTag[]
}

/**
 * Links of every note: one `connector` link per other note a connector joins it to (however
 * many connectors there are, in either direction), and one `tag` link per tag it shares with
 * another note, unless more than `TAG_LINK_LIMIT` notes carry that tag (a label tag).
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
  notesByTag(notes).forEach((ids, tag) => {
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
  return { byNote: links, labelTags }
}

/**
 * The read problem (`tag-not-linked`) that tells a facilitator a label tag links nothing; it is
 * reported on `canvasId`, the canvas of the first sticky carrying it.
 */
export function labelTagProblem(label: LabelTag, canvasId: string): ReadProblem {
  return {
    code: 'tag-not-linked',
    message: `#${label.tag} is on ${String(label.noteIds.length)} stickies, more than ${String(TAG_LINK_LIMIT)}, so it links none of them and reads as a label. Link a pain to what answers it with a connector or a tag of their own.`,
    canvasId,
    areaId: null,
  }
}

function compareLinks(a: NoteLink, b: NoteLink): number {
  return (
    compareText(a.noteId, b.noteId) ||
    compareText(a.via, b.via) ||
    compareText(a.tag ?? '', b.tag ?? '')
  )
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
