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

/** Runs `parseArgs`, turning its errors (unknown option, missing value…) into usage errors. */
export function parseCommandArgs<T>(parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
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
