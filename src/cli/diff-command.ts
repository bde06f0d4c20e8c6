import { diffBoards } from '../export/board-diff'
import { type DiffFormat, formatDiffReport } from '../export/board-diff-report'
import { checkBoard } from '../fit/check-board'
import type { Severity } from '../model/findings'
import type { CliIo } from './cli-io'
import type { CliKit } from './cli-kit'
import { LOCALE_OPTION, localeArgument, oneOf, parseCommandArgs, UsageError } from './cli-options'
import { boardInLocale, runLocale } from './run-locale'
import { escapeControls } from './terminal-text'

/** When `api-canvas diff` fails: a new error, a new error or warning, or never. */
type DiffFailOn = 'new-error' | 'new-warning' | 'never'

const FORMATS: readonly DiffFormat[] = ['text', 'md', 'json']
const FAIL_ON: readonly DiffFailOn[] = ['new-error', 'new-warning', 'never']
const FAILING: Readonly<Record<DiffFailOn, readonly Severity[]>> = {
  'new-error': ['error'],
  'new-warning': ['error', 'warning'],
  never: [],
}

/** Help of `api-canvas diff`. */
export const DIFF_HELP = `Usage: api-canvas diff BEFORE AFTER [--format text|md|json] [--fail-on new-error|new-warning|never] [-o OUT]
                        [--locale de|en|fi|fr|pt]

What changed between two sessions of one board: BEFORE and AFTER are the plugin's JSON exports
or Canvas Creator files (an earlier export and a later one, or a Canvas Creator file and the
export of the board it was imported into). Stickies are matched by id, then by text.

Reports stickies added, removed and edited (text or area), links added and removed, findings
resolved and new, and each canvas's fit before and after.

Options:
  --format text|md|json     report format (default text)
  --fail-on new-error|new-warning|never
                            exit status 1 when AFTER has a new finding this serious (default never)
  -o, --output OUT          write the report to OUT instead of standard output
  --locale de|en|fi|fr|pt   language of the report and its findings (default: AFTER's)
  -h, --help                show this help

Exit status: 0 compared, 1 AFTER added a finding that --fail-on counts, 2 bad arguments, a file
that cannot be read or is not valid, or two boards that share no canvas and no sticky.
`

/**
 * Runs `api-canvas diff BEFORE AFTER` (see `DIFF_HELP`) and returns its exit status: 0, or 1
 * when `--fail-on` counts a new finding. Bad arguments throw `UsageError`; an unreadable or
 * invalid file, or two unrelated boards, throw `kit.fileError` (exit status 2).
 */
export async function diffAsync(args: readonly string[], io: CliIo, kit: CliKit): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      output: { type: 'string', short: 'o' },
      ...LOCALE_OPTION,
    },
    DIFF_HELP,
    io,
  )
  if (parsed === undefined) return 0
  const { values, positionals } = parsed
  const format = oneOf(values.format, FORMATS, '--format') ?? 'text'
  const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on') ?? 'never'
  const locale = localeArgument(values.locale)
  const [beforeFile, afterFile, ...rest] = positionals
  if (beforeFile === undefined || afterFile === undefined) {
    throw new UsageError('Name the two files to compare: BEFORE and AFTER.')
  }
  if (rest.length > 0) throw new UsageError(`Give two files, not ${String(positionals.length)}.`)
  const before = boardInLocale((await kit.readBoardAsync(io, beforeFile, locale)).board, locale)
  const after = boardInLocale((await kit.readBoardAsync(io, afterFile, locale)).board, locale)
  const diff = diffBoards(
    { board: before, result: checkBoard(before) },
    { board: after, result: checkBoard(after) },
  )
  if (!diff.related) {
    throw kit.fileError(
      `${beforeFile} and ${afterFile} share no canvas and no sticky: they are not two sessions of one board, so there is nothing to compare.`,
    )
  }
  const names = { before: beforeFile, after: afterFile }
  const text = formatDiffReport(diff, format, names, runLocale(after, locale))
  const { output } = values
  if (output === undefined) {
    io.stdout(format === 'text' ? escapeControls(text) : text)
  } else {
    if (beforeFile !== '-' && (await io.sameFileAsync(output, beforeFile))) {
      throw kit.fileError(`will not write ${output}: it is BEFORE, which would be lost.`)
    }
    await kit.writeAsync(io, output, text, afterFile)
  }
  const failing = FAILING[failOn]
  return diff.new.some((item) => failing.includes(item.finding.severity)) ? 1 : 0
}
