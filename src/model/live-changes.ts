import type { Board, Canvas, Note } from './board'
import { containsPoint, findRegionOfNote, rectCentre } from './note-area'
import { buildNoteLinks, labelTagProblem, type NoteConnection } from './note-links'
import { parseNoteTags } from './note-tags'
import { tallyVotes } from './note-votes'
import { sortInReadingOrder } from './reading-order'

/**
 * What changed on the page since the board was read, as the live fit reads it: stickies read
 * again (`sticky: null` when deleted), stamps dropped on stickies, and the bounds of the canvases
 * and area sections the stickies may lie in (px, absolute).
 */
export interface LiveChanges {
  stickies: {
    id: string
    sticky: { text: string; author: string | null; color: string; box: Rect } | null
  }[]
  stamps: { stickyId: string; kind: string }[]
  regions: { canvasId: string; box: Rect; areas: { areaId: string; box: Rect }[] }[]
}

/** Height used to order a changed note among the others, px: FigJam's sticky side. */
const NOTE_HEIGHT = 240

function noteLists(canvas: Canvas): Note[][] {
  const lists = canvas.areas.map((area) => area.notes)
  lists.push(canvas.strayNotes)
  return lists
}

const allNotes = (canvas: Canvas): Note[] => ([] as Note[]).concat(...noteLists(canvas))

function removeNote(board: Board, id: string): Note | undefined {
  for (const canvas of board.canvases) {
    for (const list of noteLists(canvas)) {
      const index = list.findIndex((note) => note.id === id)
      if (index >= 0) return list.splice(index, 1)[0]
    }
  }
  return undefined
}

function placeNote(board: Board, note: Note, box: Rect, regions: LiveChanges['regions']): void {
  const region = regions.find((candidate) => containsPoint(candidate.box, rectCentre(box)))
  const canvas = board.canvases.find((candidate) => candidate.id === region?.canvasId)
  if (region === undefined || canvas === undefined) return
  note.position = { x: box.x - region.box.x, y: box.y - region.box.y }
  const areas = region.areas.map((area) => ({ id: area.areaId, rect: area.box }))
  const areaId = findRegionOfNote(box, areas)?.id
  const target = canvas.areas.find((area) => area.id === areaId)?.notes ?? canvas.strayNotes
  target.push(note)
  const sorted = sortInReadingOrder(target, (entry) => ({ ...entry.position, height: NOTE_HEIGHT }))
  target.splice(0, target.length, ...sorted)
}

/**
 * Applies live changes to `board` in place, as a read would see them: a changed sticky goes to
 * the area whose section holds its centre, else is stray on the canvas that holds it, else leaves
 * the board; it keeps its votes; a stamp adds a vote of its kind. Links and label-tag problems
 * are rebuilt from the board's connector links and tags. Empty stickies are not counted.
 */
export function applyLiveChanges(board: Board, changes: LiveChanges): Board {
  for (const { id, sticky } of changes.stickies) {
    const previous = removeNote(board, id)
    if (sticky === null || sticky.text.trim() === '') continue
    const note: Note = {
      id,
      text: sticky.text,
      author: sticky.author,
      color: sticky.color,
      position: { x: 0, y: 0 },
      tags: parseNoteTags(sticky.text),
      links: [],
      ...(previous?.votes === undefined ? {} : { votes: previous.votes }),
    }
    placeNote(board, note, sticky.box, changes.regions)
  }
  const notes = ([] as Note[]).concat(...board.canvases.map(allNotes))
  for (const { stickyId, kind } of changes.stamps) {
    const note = notes.find((candidate) => candidate.id === stickyId)
    if (note === undefined) continue
    const kinds = new Map(Object.entries(note.votes?.byStamp ?? {}))
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
    note.votes = tallyVotes(kinds)
  }
  relink(board, notes)
  return board
}

function relink(board: Board, notes: readonly Note[]): void {
  const connections: NoteConnection[] = []
  for (const note of notes) {
    for (const link of note.links) {
      if (link.via === 'connector' && note.id < link.noteId) {
        connections.push({ fromId: note.id, toId: link.noteId })
      }
    }
  }
  const { byNote, labelTags } = buildNoteLinks(notes, connections)
  for (const note of notes) note.links = byNote.get(note.id) ?? []
  board.problems = board.problems.filter((problem) => problem.code !== 'tag-not-linked')
  for (const label of labelTags) {
    const first = label.noteIds[0]
    const canvas = board.canvases.find((candidate) =>
      allNotes(candidate).some((n) => n.id === first),
    )
    if (canvas !== undefined) board.problems.push(labelTagProblem(label, canvas.id))
  }
}
