import { type Locale } from '../locale/locales'
import { type Translator, translator } from '../locale/translator'
import { FileError, fileErrorText } from '../model/file-error'
import { MAX_FILE_BYTES } from '../model/file-text'
import { type BoardInput, parseBoardInputAsync } from './board-input'
import type { CliIo } from './cli-io'
import type { CliKit } from './cli-kit'
import { runLocale } from './run-locale'
import { escapeLine } from './terminal-text'

/** The message of a thrown value. */
export const describeError = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** The system errors `cli.systemError` words, by their code. */
const SYSTEM_ERRORS: readonly string[] = [
  'ENOENT',
  'EACCES',
  'EPERM',
  'EISDIR',
  'ENOTDIR',
  'ENOSPC',
  'EFBIG',
  'EROFS',
  'EMFILE',
  'ENAMETOOLONG',
  'EDQUOT',
]

/**
 * Why a file or stream could not be read or written, in `t`'s language: a system error of
 * `SYSTEM_ERRORS` by its code (`ENOENT: no such file or directory`; Node's own message is
 * English only), anything else by its message.
 */
export function describeFileError(error: unknown, t: Translator): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  return typeof code === 'string' && SYSTEM_ERRORS.includes(code)
    ? t('cli.systemError', { code })
    : describeError(error)
}

const indentLines = (text: string): string => text.split('\n').join('\n  ')

/** FILE as the command line names it: `-` is standard input, in `t`'s language. */
export const fileName = (file: string, t: Translator): string =>
  file === '-' ? t('cli.standardInput') : file

/** Says `warning` about FILE on standard error: `api-canvas: FILE: warning: …`, in `t`'s language. */
export const warn = (io: CliIo, file: string, warning: string, t: Translator): void => {
  const text = t('cli.warning', { file: escapeLine(fileName(file, t)), text: escapeLine(warning) })
  io.stderr(`api-canvas: ${text}\n`)
}

/**
 * The kit the commands share (`CliKit`): its own words and file errors are in `messageLocale`
 * (`--locale`, else the environment's language, else English), a board's warnings in `--locale`,
 * else the board's language.
 */
export function cliKit(messageLocale: Locale): CliKit {
  async function readBoardAsync(io: CliIo, file: string, locale?: Locale): Promise<BoardInput> {
    const before = translator(locale ?? messageLocale)
    let content: Uint8Array
    try {
      content = await io.readFileAsync(file, MAX_FILE_BYTES)
    } catch (error) {
      throw new Error(
        before('cli.cannotRead', {
          file: fileName(file, before),
          reason: describeFileError(error, before),
        }),
        { cause: error },
      )
    }
    let input: BoardInput
    try {
      input = await parseBoardInputAsync(content, locale)
    } catch (error) {
      const text = error instanceof FileError ? fileErrorText(error, before) : describeError(error)
      throw new Error(`${fileName(file, before)}: ${indentLines(text)}`, { cause: error })
    }
    const t = translator(runLocale(input.board, locale))
    for (const warning of input.warnings) warn(io, file, warning, t)
    return input
  }

  async function writeAsync(io: CliIo, path: string, text: string, input: string): Promise<void> {
    const t = translator(messageLocale)
    if (input !== '-' && (await io.sameFileAsync(path, input))) {
      throw new Error(t('cli.wouldLoseInput', { file: path }))
    }
    try {
      await io.writeTextFileAsync(path, text)
    } catch (error) {
      throw new Error(t('cli.cannotWrite', { file: path, reason: describeFileError(error, t) }), {
        cause: error,
      })
    }
  }

  return {
    t: translator(messageLocale),
    readBoardAsync,
    writeAsync,
  }
}
