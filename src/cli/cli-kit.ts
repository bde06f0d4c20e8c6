import type { CliIo } from './api-canvas'
import type { BoardInput } from './board-input'

/**
 * The parts of `api-canvas` (src/cli/api-canvas.ts) that its other command files share: it
 * hands them in, so those files do not import it back.
 */
export interface CliKit {
  /** Reads FILE as a board; rejects with a file error naming FILE and each JSON path at fault. */
  readBoardAsync: (io: CliIo, file: string) => Promise<BoardInput>
  /** Writes OUT; rejects with a file error naming OUT. */
  writeAsync: (io: CliIo, path: string, text: string) => Promise<void>
  /** Wrong arguments: said with a pointer to `--help`, exit status 2. */
  usageError: (message: string) => Error
  /** A file that cannot be read, used or written: exit status 2. */
  fileError: (message: string) => Error
  /** Runs `parseArgs`, turning its errors into usage errors. */
  parseCommandArgs: <T>(parse: () => T) => T
  /** `value` when it is one of `allowed`, undefined when absent; else a usage error naming `option`. */
  oneOf: <T extends string>(
    value: string | undefined,
    allowed: readonly T[],
    option: string,
  ) => T | undefined
}
