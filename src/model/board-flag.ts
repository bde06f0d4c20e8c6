/** A mark the plugin draws on the board next to an empty area or an unanswered note. */
export interface BoardFlag {
  /** FigJam node id of the canvas section the flag goes on. */
  canvasId: string
  /** Area to mark; null when the flag is about notes only. */
  areaId: string | null
  /** FigJam node ids of the stickies the flag is about. */
  noteIds: string[]
  /** Short text shown on the board, 1–200 characters, e.g. "No pain reliever answers this pain". */
  message: string
}
