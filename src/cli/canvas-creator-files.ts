import { exportCanvasCreator } from '../interchange/canvas-creator-export'
import type { Board } from '../model/board'

/** One Canvas Creator file to write: its name (Canvas Creator's naming) and its text. */
export interface CanvasCreatorOutputFile {
  fileName: string
  json: string
}

/** The Canvas Creator files of a board, and what they could not hold. */
export interface CanvasCreatorOutput {
  files: CanvasCreatorOutputFile[]
  /** One sentence per canvas that has no counterpart in the APIOps Cycles method. */
  skipped: string[]
  /** One sentence per thing of a canvas the files cannot hold (stray notes, connectors). */
  leftOut: string[]
}

function uniqueName(fileName: string, taken: Set<string>): string {
  let name = fileName
  for (let count = 2; taken.has(name); count++) {
    name = fileName.replace(/\.json$/, `-${String(count)}.json`)
  }
  taken.add(name)
  return name
}

/**
 * Every canvas of the board as Canvas Creator files (`exportCanvasCreator`), canvases in board
 * order. `metadata.date` is `date` when given, else the date of the Canvas Creator file the
 * canvas was read from, else left out (the format allows that), so the same input gives the same
 * bytes; a canvas read from a Canvas Creator file is written back as that file was. A file name
 * that repeats (two canvases with the same title) gets `-2`, `-3`… before `.json`. Canvases with
 * no counterpart in the method (the goals and product canvases) are left out and said in
 * `skipped`.
 */
export function canvasCreatorFiles(board: Board, date?: string): CanvasCreatorOutput {
  const taken = new Set<string>()
  const output: CanvasCreatorOutput = { files: [], skipped: [], leftOut: [] }
  for (const canvas of board.canvases) {
    let exported: ReturnType<typeof exportCanvasCreator>
    try {
      exported = exportCanvasCreator(board, canvas.id, date === undefined ? {} : { date })
    } catch (error) {
      output.skipped.push(error instanceof Error ? error.message : String(error))
      continue
    }
    for (const file of exported) {
      output.files.push({ fileName: uniqueName(file.fileName, taken), json: file.json })
      output.leftOut.push(...file.leftOut)
    }
  }
  return output
}
