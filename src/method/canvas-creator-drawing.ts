import { type NoteRange, noteRangeIn } from '../canvas/note-range'
import type { MethodGridPosition } from './method-data'

/**
 * Canvas Creator's drawing, in its own px: a 1000 × 712 SVG with an 80 px header, a 30 px footer
 * and 10 px padding; sticky notes are 80 × 80 and `position` is their top-left corner.
 * Source: `src/defaultStyles.js` and `renderCanvas` in `src/main.js` of the APIOps Cycles
 * CanvasCreator repository (Apache-2.0).
 */
export const CANVAS_CREATOR_DRAWING = {
  width: 1000,
  height: 712,
  headerHeight: 80,
  footerHeight: 30,
  padding: 10,
  noteSize: 80,
} as const

/** Size of one grid cell of a canvas in Canvas Creator's drawing, px (rounded down, as it does). */
export function canvasCreatorCellSize(layout: { columns: number; rows: number }): {
  width: number
  height: number
} {
  const { width, height, headerHeight, footerHeight, padding } = CANVAS_CREATOR_DRAWING
  return {
    width: Math.floor((width - layout.columns * padding) / layout.columns),
    height: Math.floor((height - headerHeight - footerHeight - 4 * padding) / layout.rows),
  }
}

/** The box Canvas Creator draws a section in, px in its 1000 × 712 drawing. */
export function canvasCreatorSectionBox(
  layout: { columns: number; rows: number },
  gridPosition: MethodGridPosition,
): Rect {
  const cell = canvasCreatorCellSize(layout)
  return {
    x: gridPosition.column * cell.width + 2 * CANVAS_CREATOR_DRAWING.padding,
    y: gridPosition.row * cell.height + CANVAS_CREATOR_DRAWING.headerHeight,
    width: gridPosition.colSpan * cell.width,
    height: gridPosition.rowSpan * cell.height,
  }
}

/** Where a Canvas Creator note's `position` may lie so the note stays inside `box`. */
export function canvasCreatorNoteRange(box: Rect): NoteRange {
  return noteRangeIn(box, CANVAS_CREATOR_DRAWING.noteSize, CANVAS_CREATOR_DRAWING.noteSize)
}
