import type { NoteLink } from './board'

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
 * Links of every note: one `connector` link per other note a connector joins it to (however
 * many connectors there are, in either direction), and one `tag` link per tag it shares with
 * another note. Connectors with an end outside `notes`, and a note's links to itself, are left
 * out. Each note's links are sorted by note id, then connector before tag, then tag.
 * @returns a map from every note id to its links (an empty array when it has none).
 */
export function buildNoteLinks(
  notes: readonly LinkableNote[],
  connections: readonly NoteConnection[],
): Map<string, NoteLink[]> {
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

  const notesByTag = new Map<string, string[]>()
  for (const note of notes) {
    for (const tag of note.tags) {
      const ids = notesByTag.get(tag)
      if (ids === undefined) {
        notesByTag.set(tag, [note.id])
      } else if (!ids.includes(note.id)) {
        ids.push(note.id)
      }
    }
  }
  notesByTag.forEach((ids, tag) => {
    for (const from of ids) {
      for (const to of ids) {
        if (from !== to) {
          add(from, { noteId: to, via: 'tag', tag })
        }
      }
    }
  })

  links.forEach((list) => list.sort(compareLinks))
  return links
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
