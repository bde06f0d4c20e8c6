import {
  type CanvasCreatorExportOptions,
  exportCanvasCreator,
} from '../interchange/canvas-creator-export'
import { readCanvasCreatorFile } from '../interchange/canvas-creator-import'
import type { BoardInput } from './board-input'

/** One Canvas Creator file to write: its name (Canvas Creator's naming) and its text. */
export interface CanvasCreatorOutputFile {
  fileName: string
  json: string
}

/** The Canvas Creator files of a board, and why canvases without a counterpart were left out. */
export interface CanvasCreatorOutput {
  files: CanvasCreatorOutputFile[]
  /** One sentence per canvas that has no counterpart in the APIOps Cycles method. */
  skipped: string[]
}

function withoutDate(json: string): string {
  const file = readCanvasCreatorFile(json)
  const { source, license, authors, website } = file.metadata
  return `${JSON.stringify({ ...file, metadata: { source, license, authors, website } }, null, 2)}\n`
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
 * order. `metadata.date` is `date` when given, else the date of the Canvas Creator file the board
 * was read from, else left out (the format allows that), so the same input gives the same bytes.
 * A board read from a Canvas Creator file keeps that file's source, license, authors and website.
 * A file name that repeats (two canvases with the same title) gets `-2`, `-3`… before `.json`.
 * Canvases with no counterpart in the method (the goals and product canvases) are left out and
 * said in `skipped`.
 */
export function canvasCreatorFiles(input: BoardInput, date?: string): CanvasCreatorOutput {
  const fileDate = date ?? (input.kind === 'canvas-creator' ? input.metadata.date : undefined)
  const options: CanvasCreatorExportOptions = { date: fileDate ?? '' }
  if (input.kind === 'canvas-creator') {
    const { source, license, authors, website } = input.metadata
    options.metadata = { source, license, authors, website }
  }
  const taken = new Set<string>()
  const output: CanvasCreatorOutput = { files: [], skipped: [] }
  for (const canvas of input.board.canvases) {
    let exported: ReturnType<typeof exportCanvasCreator>
    try {
      exported = exportCanvasCreator(input.board, canvas.id, options)
    } catch (error) {
      output.skipped.push(error instanceof Error ? error.message : String(error))
      continue
    }
    for (const file of exported) {
      output.files.push({
        fileName: uniqueName(file.fileName, taken),
        json: fileDate === undefined ? withoutDate(file.json) : file.json,
      })
    }
  }
  return output
}
