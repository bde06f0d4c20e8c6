import { join } from 'node:path'

import { exportJson } from '../export/board-export'
import { checkBoard } from '../fit/check-board'
import type { Locale } from '../locale/locales'
import { translator } from '../locale/translator'
import type { BoardInput } from './board-input'
import {
  failingFindings,
  type FailOn,
  formatCheckReportAsync,
  type ReportFormat,
} from './check-report'
import { cliKit, describeError, fileName, warn } from './cli-files'
import { checkHelp, commandHelp, COMMANDS, exportHelp, usageHelp } from './cli-help'
import { type CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE } from './cli-io'
import type { CliKit } from './cli-kit'
import {
  fileArgument,
  isoDate,
  LOCALE_OPTION,
  localeArgument,
  oneOf,
  parseCommandArgs,
  UsageError,
} from './cli-options'
import { type Environment, messageLocale } from './message-locale'
import { boardInLocale, runLocale } from './run-locale'
import { escapeControls, escapeLine } from './terminal-text'

const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'md']
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never']
const EXPORT_FORMATS = ['md', 'json', 'csv', 'canvascreator'] as const
type ExportFormat = (typeof EXPORT_FORMATS)[number]

async function checkAsync(args: readonly string[], io: CliIo, kit: CliKit): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      mermaid: { type: 'boolean' },
      ...LOCALE_OPTION,
    },
    () => checkHelp(kit.t),
    io,
  )
  if (parsed === undefined) return EXIT_OK
  const { values, positionals } = parsed
  const format = oneOf(values.format, REPORT_FORMATS, '--format') ?? 'text'
  const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on') ?? 'error'
  const locale = localeArgument(values.locale)
  const mermaid = values.mermaid === true
  if (mermaid && format !== 'md') {
    throw new UsageError('cli.goesWith', { option: '--mermaid', other: '--format md' })
  }
  const file = fileArgument(positionals)
  const board = boardInLocale((await kit.readBoardAsync(io, file, locale)).board, locale)
  const result = checkBoard(board)
  const report = await formatCheckReportAsync(
    board,
    result,
    format,
    failOn,
    mermaid,
    runLocale(board, locale),
  )
  io.stdout(format === 'text' ? escapeControls(report) : report)
  return failingFindings(result, failOn).length > 0 ? EXIT_FINDINGS : EXIT_OK
}

/** Markdown and CSV exporters are imported when asked for, so `check` never loads them. */
async function exportTextAsync(
  input: BoardInput,
  format: Exclude<ExportFormat, 'canvascreator'>,
  mermaid: boolean,
  locale: Locale | undefined,
): Promise<string> {
  const board = boardInLocale(input.board, locale)
  switch (format) {
    case 'md': {
      const { exportMarkdown } = await import('../export/export-markdown')
      return exportMarkdown(board, checkBoard(board), {
        mermaid,
        locale: runLocale(board, locale),
      })
    }
    case 'json':
      return exportJson(input.board, checkBoard(board))
    case 'csv': {
      const { exportCsv } = await import('../export/export-csv')
      return exportCsv(board, runLocale(board, locale))
    }
  }
}

async function exportAsync(args: readonly string[], io: CliIo, kit: CliKit): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      to: { type: 'string' },
      output: { type: 'string', short: 'o' },
      mermaid: { type: 'boolean' },
      date: { type: 'string' },
      ...LOCALE_OPTION,
    },
    () => exportHelp(kit.t),
    io,
  )
  if (parsed === undefined) return EXIT_OK
  const { values, positionals } = parsed
  const format = oneOf(values.to, EXPORT_FORMATS, '--to')
  if (format === undefined) {
    throw new UsageError('cli.sayWhatToExport', { formats: EXPORT_FORMATS.join('|') })
  }
  const mermaid = values.mermaid === true
  if (mermaid && format !== 'md') {
    throw new UsageError('cli.goesWith', { option: '--mermaid', other: '--to md' })
  }
  const { date, output } = values
  if (date !== undefined && format !== 'canvascreator') {
    throw new UsageError('cli.goesWith', { option: '--date', other: '--to canvascreator' })
  }
  if (date !== undefined) isoDate(date)
  const locale = localeArgument(values.locale)
  const file = fileArgument(positionals)
  const input = await kit.readBoardAsync(io, file, locale)
  const t = translator(runLocale(input.board, locale))

  if (format !== 'canvascreator') {
    const text = await exportTextAsync(input, format, mermaid, locale)
    if (output === undefined) io.stdout(text)
    else await kit.writeAsync(io, output, text, file)
    return EXIT_OK
  }

  const { canvasCreatorFiles } = await import('./canvas-creator-files')
  const { files, skipped, leftOut } = canvasCreatorFiles(input.board, date)
  for (const reason of skipped) {
    const line = t('cli.skipped', { file: escapeLine(fileName(file, t)), text: escapeLine(reason) })
    io.stderr(`api-canvas: ${line}\n`)
  }
  for (const what of leftOut) warn(io, file, t('cli.notInCanvasCreatorFiles', { what }), t)
  if (files.length === 0) {
    throw new Error(t('cli.noCanvasCreatorCounterpart', { file: fileName(file, t) }))
  }
  if (output === undefined) {
    const documents = files.map((outputFile): unknown => JSON.parse(outputFile.json))
    io.stdout(`${JSON.stringify(documents, null, 2)}\n`)
  } else {
    for (const outputFile of files) {
      await kit.writeAsync(io, join(output, outputFile.fileName), outputFile.json, file)
    }
  }
  return EXIT_OK
}

/**
 * Runs `api-canvas` with `argv` (the arguments after the program name) on `io`. Prints help for
 * `--help`, `-h` or `help` (also after a command). Errors are said on standard error as
 * `api-canvas: …`, naming the file and, for an invalid file, each JSON path at fault. Help and
 * usage errors are in `messageLocale(argv, environment)` (`--locale`, else `LC_ALL`,
 * `LC_MESSAGES` or `LANG` of `environment`, else English). Never throws for bad input.
 * @returns the exit status: `EXIT_OK` (0), `EXIT_FINDINGS` (1: `check`, `diff` or `status`
 *   found what `--fail-on` names) or `EXIT_UNUSABLE` (2: bad arguments, or a file that cannot
 *   be read, is not valid or cannot be written).
 */
export async function runCliAsync(
  argv: readonly string[],
  io: CliIo,
  environment: Environment = {},
): Promise<number> {
  const [command, ...args] = argv
  const kit = cliKit(messageLocale(argv, environment))
  try {
    switch (command) {
      case 'check':
        return await checkAsync(args, io, kit)
      case 'export': {
        const tools = await import('./tool-export-command')
        if (tools.isToolExport(args)) return await tools.toolExportAsync(args, io, kit)
        return await exportAsync(args, io, kit)
      }
      case 'diff': {
        const { diffAsync } = await import('./diff-command')
        return await diffAsync(args, io, kit)
      }
      case 'status': {
        const { runStatusAsync } = await import('./status-command')
        return await runStatusAsync(args, io, kit)
      }
      case 'help':
      case '--help':
      case '-h':
        io.stdout(commandHelp(command === 'help' ? args[0] : undefined, kit.t) ?? usageHelp(kit.t))
        return EXIT_OK
      case undefined:
        io.stderr(usageHelp(kit.t))
        return EXIT_UNUSABLE
      default:
        throw new UsageError('cli.notACommand', { command })
    }
  } catch (error) {
    if (error instanceof UsageError) {
      const help = COMMANDS.includes(command ?? '') ? `${command ?? ''} --help` : '--help'
      const message = kit.t(error.key, error.values)
      io.stderr(`api-canvas: ${escapeControls(message)}\n${kit.t('cli.runForUsage', { help })}\n`)
      return EXIT_UNUSABLE
    }
    io.stderr(`api-canvas: ${escapeControls(describeError(error))}\n`)
    return EXIT_UNUSABLE
  }
}
