import type { BoardInput } from './board-input'

/** What the command line reads and writes; Node's in `node-cli.ts`, in-memory ones in tests. */
export interface CliIo {
  /** Writes text to standard output as it is. */
  stdout: (text: string) => void
  /** Writes text to standard error as it is. */
  stderr: (text: string) => void
  /**
   * Reads a file's bytes, `-` standard input; of a file longer than `maxBytes` at most
   * `maxBytes + 1` bytes are read. Rejects when it cannot be read.
   */
  readFileAsync: (path: string, maxBytes: number) => Promise<Uint8Array>
  /**
   * Writes a UTF-8 text file, making missing parent folders: to a temporary file beside it, then
   * renamed over it, so a failed write leaves the old file as it was. Rejects when it cannot.
   */
  writeTextFileAsync: (path: string, text: string) => Promise<void>
  /** Whether two paths name the same file (one may not exist yet). */
  sameFileAsync: (a: string, b: string) => Promise<boolean>
}

/**
 * The parts of `api-canvas` (src/cli/api-canvas.ts) that its other command files share: it
 * hands them in, so those files do not import it back.
 */
export interface CliKit {
  /** Reads FILE as a board; rejects with a file error naming FILE and each JSON path at fault. */
  readBoardAsync: (io: CliIo, file: string) => Promise<BoardInput>
  /** Writes OUT; rejects with a file error naming OUT, or when OUT is the file `input`. */
  writeAsync: (io: CliIo, path: string, text: string, input: string) => Promise<void>
  /** A file that cannot be read, used or written: exit status 2. */
  fileError: (message: string) => Error
}
