import type { parseArgs, ParseArgsOptionsConfig } from 'node:util'

import type { MessageKey } from '../locale/catalogues'
import { type Locale, LOCALES, localeSchema } from '../locale/locales'
import type { MessageValues } from '../locale/translator'
import type { CliIo } from './cli-io'

/**
 * Wrong arguments: said on standard error with a pointer to `--help`, exit status 2. It carries
 * the message `key` of the `cli` catalogue part and its `values`, so `runCliAsync` words it in
 * the language of the command line's own words (`messageLocale`).
 */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly values: MessageValues = {},
  ) {
    super(key)
  }
}

/** The value of an option that must be one of `allowed`, or undefined when not given. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T | undefined {
  if (value === undefined) return undefined
  const found = allowed.find((candidate) => candidate === value)
  if (found === undefined) {
    throw new UsageError('cli.mustBeOneOf', { option, allowed: allowed.join(', '), value })
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
    throw new UsageError('cli.mustBeOneOf', {
      option: '--locale',
      allowed: LOCALES.join(', '),
      value,
    })
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
 * Why `parseArgs` refused `args`, found again in its tokens (a lenient parse): an unknown option,
 * a string option without a value or with an option for its value, a boolean option given one.
 * Node's own messages are English only.
 */
function argumentError(args: readonly string[], options: ParseArgsOptionsConfig): UsageError {
  const { parseArgs: parse } = process.getBuiltinModule('node:util')
  const { tokens } = parse({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  })
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const { rawName: option, value } = token
    const type = options[token.name]?.type
    if (type === undefined) return new UsageError('cli.unknownOption', { option })
    if (type === 'boolean' && value !== undefined) {
      return new UsageError('cli.optionTakesNoValue', { option, value })
    }
    if (type === 'string' && value === undefined) {
      return new UsageError('cli.optionNeedsValue', { option })
    }
    if (type === 'string' && !token.inlineValue && /^-./.test(value ?? '')) {
      return new UsageError('cli.optionValueIsOption', {
        option,
        value: value ?? '',
        long: `--${token.name}`,
      })
    }
  }
  return new UsageError('cli.badArguments')
}

/**
 * Reads a command's arguments with Node's `parseArgs`: `options` and `-h`/`--help`, positional
 * arguments allowed. `parseArgs` is taken from `process.getBuiltinModule`, not imported: an
 * `import` of node:util makes Node build a module facade that loads about thirty internal
 * modules (streams, workers, diff) at every start of the command line.
 * @param help the command's help text, made only when asked for
 * @returns the values and positionals, or undefined when help was asked for: then `help()` has
 *   been written to standard output and the command is done (exit status 0).
 * @throws UsageError for an unknown option, a missing value and the like.
 */
export function parseCommandArgs<const O extends ParseArgsOptionsConfig>(
  args: readonly string[],
  options: O,
  help: () => string,
  io: CliIo,
): CommandArgs<O> | undefined {
  const { parseArgs: parse } = process.getBuiltinModule('node:util')
  const config = { ...options, ...HELP_OPTION }
  let parsed: CommandArgs<O>
  try {
    parsed = parse<CommandConfig<O>>({ args: [...args], allowPositionals: true, options: config })
  } catch {
    throw argumentError(args, config)
  }
  if (!('help' in parsed.values) || parsed.values.help !== true) return parsed
  io.stdout(help())
  return undefined
}

/** The one FILE of a command; `-` stands for standard input. */
export function fileArgument(positionals: readonly string[]): string {
  const [file, ...rest] = positionals
  if (file === undefined) throw new UsageError('cli.nameFile')
  if (rest.length > 0) throw new UsageError('cli.oneFile', { count: positionals.length })
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
    throw new UsageError('cli.badDate', { value })
  }
  return value
}
