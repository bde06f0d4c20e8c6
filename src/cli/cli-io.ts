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

/** Exit status: nothing reached `--fail-on` (or the export was written). */
export const EXIT_OK = 0
/** Exit status: `check` found something at or above `--fail-on`. */
export const EXIT_FINDINGS = 1
/** Exit status: wrong arguments, or a file that cannot be read, is not valid or cannot be written. */
export const EXIT_UNUSABLE = 2
