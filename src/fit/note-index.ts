import type { Area, Board, Canvas, Note } from '../model/board'

/** A note with the canvas and area it was read from; `area` is null for a stray note. */
export interface IndexedNote {
  readonly note: Note
  readonly canvas: Canvas
  readonly area: Area | null
}

/** Every note of a board (area notes and stray notes) by FigJam node id. */
export interface NoteIndex {
  /**
   * The note with id `noteId`, looked up among the notes of `near` first, then on the whole
   * board; `undefined` when the board has no such note.
   */
  find(noteId: string, near: Canvas): IndexedNote | undefined
}

function addNotes(index: Map<string, IndexedNote>, canvas: Canvas): Map<string, IndexedNote> {
  for (const area of canvas.areas) {
    for (const note of area.notes) index.set(note.id, { note, canvas, area })
  }
  for (const note of canvas.strayNotes) index.set(note.id, { note, canvas, area: null })
  return index
}

/**
 * Indexes the notes of `board` canvas by canvas, each canvas when a look-up first starts on it,
 * and the whole board only when a look-up misses its canvas. Links mostly join notes of one
 * canvas, and small maps stay in the processor's cache where one map of 20,000 notes does not
 * (measured in bench/results.md).
 */
export function indexNotes(board: Board): NoteIndex {
  const byCanvas = new Map<Canvas, Map<string, IndexedNote>>()
  let wholeBoard: Map<string, IndexedNote> | undefined
  return {
    find(noteId, near) {
      let canvasIndex = byCanvas.get(near)
      if (canvasIndex === undefined) {
        canvasIndex = addNotes(new Map(), near)
        byCanvas.set(near, canvasIndex)
      }
      const found = canvasIndex.get(noteId)
      if (found !== undefined) return found
      wholeBoard ??= board.canvases.reduce(addNotes, new Map<string, IndexedNote>())
      return wholeBoard.get(noteId)
    },
  }
}
