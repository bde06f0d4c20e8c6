import type { Area, Board, Canvas, Note } from '../model/board'

/** A note with the canvas and area it was read from; `area` is null for a stray note. */
export interface IndexedNote {
  readonly note: Note
  readonly canvas: Canvas
  readonly area: Area | null
}

/** Every note of the board (area notes and stray notes) by FigJam node id. */
export function indexNotes(board: Board): Map<string, IndexedNote> {
  const index = new Map<string, IndexedNote>()
  for (const canvas of board.canvases) {
    for (const area of canvas.areas) {
      for (const note of area.notes) index.set(note.id, { note, canvas, area })
    }
    for (const note of canvas.strayNotes) index.set(note.id, { note, canvas, area: null })
  }
  return index
}

/**
 * The notes some link points to, by FigJam node id: all that following links needs, and on a
 * big board a far smaller map than `indexNotes` (most notes are nobody's link target).
 */
export function indexLinkedNotes(board: Board): Map<string, IndexedNote> {
  const targets = new Set<string>()
  for (const canvas of board.canvases) {
    for (const area of canvas.areas) {
      for (const note of area.notes) for (const link of note.links) targets.add(link.noteId)
    }
    for (const note of canvas.strayNotes) for (const link of note.links) targets.add(link.noteId)
  }
  const index = new Map<string, IndexedNote>()
  if (targets.size === 0) return index
  for (const canvas of board.canvases) {
    for (const area of canvas.areas) {
      for (const note of area.notes) {
        if (targets.has(note.id)) index.set(note.id, { note, canvas, area })
      }
    }
    for (const note of canvas.strayNotes) {
      if (targets.has(note.id)) index.set(note.id, { note, canvas, area: null })
    }
  }
  return index
}
