import { DEFAULT_LOCALE, type Locale, localeSchema, matchLocale } from '../locale/locales'

/** The environment variables the command line reads its language from (`process.env` in Node). */
export type Environment = Readonly<Record<string, string | undefined>>

/** A valid `--locale xx` or `--locale=xx` among `argv`, for what is said before it is parsed. */
function askedLocale(argv: readonly string[]): Locale | undefined {
  const given = argv.flatMap((arg, index) =>
    arg === '--locale'
      ? [argv[index + 1] ?? '']
      : arg.startsWith('--locale=')
        ? [arg.slice(9)]
        : [],
  )
  return given.map((value) => localeSchema.safeParse(value)).find((parsed) => parsed.success)?.data
}

/**
 * The language of the environment's messages as POSIX sets it: the first of `LC_ALL`,
 * `LC_MESSAGES` and `LANG` that is set and not empty, read as `language[_territory][.codeset]
 * [@modifier]` (`fi_FI.UTF-8` and `fi.UTF-8` are Finnish), or undefined when that one names no
 * language of `LOCALES` (`C`, `C.UTF-8`, `POSIX`, `sv_SE`) or none is set.
 */
function environmentLocale(environment: Environment): Locale | undefined {
  const setting = [environment.LC_ALL, environment.LC_MESSAGES, environment.LANG].find(
    (value) => value !== undefined && value !== '',
  )
  return setting === undefined
    ? undefined
    : (matchLocale([setting.split(/[.@]/)[0] ?? '']) ?? undefined)
}

/**
 * The language of the command line's own words (help, usage errors, file errors said before a
 * board is read): a valid `--locale` among `argv` (the arguments after the program name), else
 * the environment's (`environmentLocale`), else English.
 */
export function messageLocale(argv: readonly string[], environment: Environment): Locale {
  return askedLocale(argv) ?? environmentLocale(environment) ?? DEFAULT_LOCALE
}
