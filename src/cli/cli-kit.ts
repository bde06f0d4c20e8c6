import type { Locale } from '../locale/locales'
import type { Translator } from '../locale/translator'
import type { BoardInput } from './board-input'
import type { CliIo } from './cli-io'

/**
 * The parts of `api-canvas` (src/cli/api-canvas.ts) that its other command files share: it
 * hands them in, so those files do not import it back.
 */
export interface CliKit {
  /**
   * The command line's own words (help, usage errors, file errors before a board is read), in
   * `messageLocale`: `--locale`, else the environment's language, else English.
   */
  t: Translator
  /**
   * Reads FILE as a board, saying its warnings on standard error in `locale` (`--locale`), by
   * default the board's language; rejects with a file error naming FILE and each JSON path at
   * fault.
   */
  readBoardAsync: (io: CliIo, file: string, locale?: Locale) => Promise<BoardInput>
  /** Writes OUT; rejects with a file error naming OUT, or when OUT is the file `input`. */
  writeAsync: (io: CliIo, path: string, text: string, input: string) => Promise<void>
}
