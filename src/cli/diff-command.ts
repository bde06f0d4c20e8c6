import { diffBoards } from '../export/board-diff'
import { type DiffFormat, formatDiffReport } from '../export/board-diff-report'
import { checkBoard } from '../fit/check-board'
import { translator } from '../locale/translator'
import type { Severity } from '../model/findings'
import { fileName } from './cli-files'
import { diffHelp } from './cli-help'
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

/**
 * Runs `api-canvas diff BEFORE AFTER` (see `diffHelp`) and returns its exit status: 0, or 1
 * when `--fail-on` counts a new finding. Bad arguments throw `UsageError`; an unreadable or
 * invalid file, or two unrelated boards, throw an `Error` saying why (exit status 2).
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
    () => diffHelp(kit.t),
    io,
  )
  if (parsed === undefined) return 0
  const { values, positionals } = parsed
  const format = oneOf(values.format, FORMATS, '--format') ?? 'text'
  const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on') ?? 'never'
  const locale = localeArgument(values.locale)
  const [beforeFile, afterFile, ...rest] = positionals
  if (beforeFile === undefined || afterFile === undefined) {
    throw new UsageError('cli.nameTwoFiles')
  }
  if (rest.length > 0) throw new UsageError('cli.twoFiles', { count: positionals.length })
  const before = boardInLocale((await kit.readBoardAsync(io, beforeFile, locale)).board, locale)
  const after = boardInLocale((await kit.readBoardAsync(io, afterFile, locale)).board, locale)
  const diff = diffBoards(
    { board: before, result: checkBoard(before) },
    { board: after, result: checkBoard(after) },
  )
  if (!diff.related) {
    const t = translator(runLocale(after, locale))
    throw new Error(
      t('cli.unrelatedBoards', { before: fileName(beforeFile, t), after: fileName(afterFile, t) }),
    )
  }
  const names = { before: beforeFile, after: afterFile }
  const text = formatDiffReport(diff, format, names, runLocale(after, locale))
  const { output } = values
  if (output === undefined) {
    io.stdout(format === 'text' ? escapeControls(text) : text)
  } else {
    if (beforeFile !== '-' && (await io.sameFileAsync(output, beforeFile))) {
      throw new Error(kit.t('cli.wouldLoseBefore', { file: output }))
    }
    await kit.writeAsync(io, output, text, afterFile)
  }
  const failing = FAILING[failOn]
  return diff.new.some((item) => failing.includes(item.finding.severity)) ? 1 : 0
}
