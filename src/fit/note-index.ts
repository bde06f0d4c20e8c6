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
