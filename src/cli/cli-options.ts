import type { parseArgs, ParseArgsOptionsConfig } from 'node:util'

import { type Locale, LOCALES, localeSchema } from '../locale/locales'
import type { CliIo } from './cli-io'

/** Wrong arguments: said on standard error with a pointer to `--help`, exit status 2. */
export class UsageError extends Error {}

/** The value of an option that must be one of `allowed`, or undefined when not given. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T | undefined {
  if (value === undefined) return undefined
  const found = allowed.find((candidate) => candidate === value)
  if (found === undefined) {
    throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not "${value}".`)
  }
  return found
}

/** `--locale`, the language of a command's human text; each command that writes some takes it. */
export const LOCALE_OPTION = { locale: { type: 'string' } } as const

/**
 * The value of `--locale` checked with `localeSchema`, or undefined when not given (the command
 * then speaks the board's language, `boardLocale`).
 * @throws UsageError naming the languages there are, for any other value.
 */
export function localeArgument(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined
  const parsed = localeSchema.safeParse(value)
  if (!parsed.success) {
    throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}, not "${value}".`)
  }
  return parsed.data
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const

interface CommandConfig<O extends ParseArgsOptionsConfig> {
  args: string[]
  allowPositionals: true
  options: O & typeof HELP_OPTION
}

/** What a command was given: its options' values (`help` among them) and its positionals. */
export type CommandArgs<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<CommandConfig<O>>
>

/**
 * Reads a command's arguments with Node's `parseArgs`: `options` and `-h`/`--help`, positional
 * arguments allowed. `parseArgs` is taken from `process.getBuiltinModule`, not imported: an
 * `import` of node:util makes Node build a module facade that loads about thirty internal
 * modules (streams, workers, diff) at every start of the command line.
 * @returns the values and positionals, or undefined when help was asked for: then `help` has
 *   been written to standard output and the command is done (exit status 0).
 * @throws UsageError for an unknown option, a missing value and the like.
 */
export function parseCommandArgs<const O extends ParseArgsOptionsConfig>(
  args: readonly string[],
  options: O,
  help: string,
  io: CliIo,
): CommandArgs<O> | undefined {
  const { parseArgs: parse } = process.getBuiltinModule('node:util')
  let parsed: CommandArgs<O>
  try {
    parsed = parse<CommandConfig<O>>({
      args: [...args],
      allowPositionals: true,
      options: { ...options, ...HELP_OPTION },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  if (!('help' in parsed.values) || parsed.values.help !== true) return parsed
  io.stdout(help)
  return undefined
}

/** The one FILE of a command; `-` stands for standard input. */
export function fileArgument(positionals: readonly string[]): string {
  const [file, ...rest] = positionals
  if (file === undefined) throw new UsageError('Name the FILE to read (- for standard input).')
  if (rest.length > 0) throw new UsageError(`Give one FILE, not ${String(positionals.length)}.`)
  return file
}

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/

/**
 * `--date`: an ISO 8601 date or time (`2025-08-05`, `2025-08-05T17:06:07Z`,
 * `2025-08-05T17:06:07.965+02:00`) of a day the calendar has: `2025-02-30` is refused.
 * @throws UsageError for anything else.
 */
export function isoDate(value: string): string {
  const parts = ISO_TIME.exec(value)
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = (
    parts?.slice(1) ?? []
  ).map((part: string | undefined) => (part === undefined ? 0 : Number(part)))
  const calendar = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1))
  const valid =
    parts !== null &&
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() + 1 === month &&
    calendar.getUTCDate() === day &&
    (hour ?? 0) <= 23 &&
    (minute ?? 0) <= 59 &&
    (second ?? 0) <= 59 &&
    (offsetHours ?? 0) <= 23 &&
    (offsetMinutes ?? 0) <= 59
  if (!valid) {
    throw new UsageError(
      `--date must be a real ISO 8601 date or time like 2025-08-05 or 2025-08-05T17:06:07Z, not "${value}".`,
    )
  }
  return value
}
