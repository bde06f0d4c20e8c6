import type { Note, ReadProblem } from '../model/board'
import { buildNoteLinks, labelTagProblem, type NoteConnection } from '../model/note-links'
import { readConnectorEnds } from './connector-ends'
import type { PortPage } from './figjam-port'
import type { CanvasRead } from './read-canvas'

/**
 * Fills in the `links` of every note read: from connectors on the page between two notes read
 * (one `findAllWithCriteria` call) and from shared `#tags`. A tag on too many stickies to link
 * adds a `tag-not-linked` problem on the canvas of its first sticky.
 */
export function linkReadNotes(
  page: Pick<PortPage, 'findAllWithCriteria'>,
  reads: readonly CanvasRead[],
  problems: ReadProblem[],
): void {
  const notes: Note[] = []
  for (const read of reads) {
    for (const placed of read.placed) {
      notes.push(placed.note)
    }
  }
  if (notes.length < 2) {
    return
  }
  const connections: NoteConnection[] = []
  for (const connector of page.findAllWithCriteria({ types: ['CONNECTOR'] })) {
    const [fromId, toId] = readConnectorEnds(connector) ?? [null, null]
    if (fromId !== null && toId !== null) {
      connections.push({ fromId, toId })
    }
  }
  const { byNote, labelTags } = buildNoteLinks(notes, connections)
  for (const note of notes) {
    note.links = byNote.get(note.id) ?? []
  }
  if (labelTags.length === 0) return
  const canvasOf = new Map<string, string>()
  for (const read of reads) {
    for (const { note } of read.placed) canvasOf.set(note.id, read.canvas.id)
  }
  for (const label of labelTags) {
    const canvasId = canvasOf.get(label.noteIds[0] ?? '')
    if (canvasId !== undefined) problems.push(labelTagProblem(label, canvasId))
  }
}
