import { join } from 'node:path'
import { parseArgs } from 'node:util'

import { exportJson } from '../export/board-export'
import { checkBoard } from '../fit/check-board'
import { parseBoardInputAsync, type BoardInput } from './board-input'
import {
  failingFindings,
  formatCheckReportAsync,
  type FailOn,
  type ReportFormat,
} from './check-report'

/** What the command line reads and writes; Node's in `node-cli.ts`, in-memory ones in tests. */
export interface CliIo {
  /** Writes text to standard output as it is. */
  stdout: (text: string) => void
  /** Writes text to standard error as it is. */
  stderr: (text: string) => void
  /** Reads a UTF-8 text file; rejects when it cannot be read. */
  readTextFileAsync: (path: string) => Promise<string>
  /** Writes a UTF-8 text file, making missing parent folders; rejects when it cannot be written. */
  writeTextFileAsync: (path: string, text: string) => Promise<void>
}

/** Exit status: nothing reached `--fail-on` (or the export was written). */
export const EXIT_OK = 0
/** Exit status: `check` found something at or above `--fail-on`. */
export const EXIT_FINDINGS = 1
/** Exit status: wrong arguments, or a file that cannot be read, is not valid or cannot be written. */
export const EXIT_UNUSABLE = 2

const USAGE = `Usage: api-canvas <command> [options]

Check and convert API Canvas boards exported from the FigJam plugin (JSON) or saved by the
APIOps Cycles Canvas Creator, with the plugin's own check and exporters.

Commands:
  check FILE    print the findings and the fit; exit status 1 when a finding is serious enough
  export FILE   write the board as Markdown, JSON, CSV or Canvas Creator files

Run "api-canvas <command> --help" for a command's options.
Exit status: 0 fine, 1 check failed, 2 bad arguments or a file that cannot be read or written.
`

const CHECK_HELP = `Usage: api-canvas check FILE [--format text|json|md] [--fail-on error|warning|never] [--mermaid]

Checks a board like the plugin's Check tab: the fit of every canvas (each pain answered by a
pain reliever, each gain by a gain creator, no empty areas) and the cross-canvas rules.
FILE is the plugin's JSON export or a Canvas Creator JSON file (told apart by content). The
findings are worked out afresh, not read from the file.

Options:
  --format text|json|md          report format (default text)
  --fail-on error|warning|never  least severity that fails the check (default error)
  --mermaid                      with --format md: add a Mermaid diagram of each canvas's fit
  -h, --help                     show this help

Exit status: 0 no finding reaches --fail-on, 1 one does, 2 FILE cannot be read or is not valid
(the message names the file and the JSON path at fault).
`

const EXPORT_HELP = `Usage: api-canvas export FILE --to md|json|csv|canvascreator [-o OUT] [--mermaid] [--date ISO]

Converts a board, checked afresh, to another format. FILE is the plugin's JSON export or a
Canvas Creator JSON file (told apart by content). Output is the same bytes for the same input.

Options:
  --to md|json|csv|canvascreator
        md: Markdown report (notes, fit, findings); json: the plugin's JSON export;
        csv: one row per note (canvas, area, text, author, colour, tags, linked notes);
        canvascreator: one Canvas Creator file per method canvas (the seed's API Value
        Proposition Canvas gives two: apiValuePropositionCanvas and customerJourneyCanvas)
  -o, --output OUT
        write to OUT instead of standard output. With --to canvascreator OUT is a folder
        (made if missing) that gets one file per method canvas, named like Canvas Creator
        names them; without -o, canvascreator writes a JSON array of those files' contents
  --mermaid      with --to md: add a Mermaid diagram of each canvas's fit
  --date ISO     with --to canvascreator: metadata.date of the files (default: the input
                 Canvas Creator file's date, else none)
  -h, --help     show this help

Exit status: 0 written, 2 bad arguments, or FILE cannot be read or is not valid, or OUT cannot
be written.
`

const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'md']
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never']
const EXPORT_FORMATS = ['md', 'json', 'csv', 'canvascreator'] as const
type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Wrong arguments: said on standard error with a pointer to `--help`, exit status 2. */
class UsageError extends Error {}

/** A file that cannot be read, used or written: said on standard error, exit status 2. */
class FileError extends Error {}

function oneOf<T extends string>(
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
function parseCommandArgs<T>(parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

function fileArgument(positionals: readonly string[]): string {
  const [file, ...rest] = positionals
  if (file === undefined) throw new UsageError('Name the FILE to read.')
  if (rest.length > 0) throw new UsageError(`Give one FILE, not ${String(positionals.length)}.`)
  return file
}

const describeError = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

const indentLines = (text: string): string => text.split('\n').join('\n  ')

async function readBoardAsync(io: CliIo, file: string): Promise<BoardInput> {
  let text: string
  try {
    text = await io.readTextFileAsync(file)
  } catch (error) {
    throw new FileError(`cannot read ${file}: ${describeError(error)}`)
  }
  try {
    return await parseBoardInputAsync(text)
  } catch (error) {
    throw new FileError(`${file}: ${indentLines(describeError(error))}`)
  }
}

async function writeAsync(io: CliIo, path: string, text: string): Promise<void> {
  try {
    await io.writeTextFileAsync(path, text)
  } catch (error) {
    throw new FileError(`cannot write ${path}: ${describeError(error)}`)
  }
}

async function checkAsync(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        mermaid: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  )
  if (values.help === true) {
    io.stdout(CHECK_HELP)
    return EXIT_OK
  }
  const format = oneOf(values.format, REPORT_FORMATS, '--format') ?? 'text'
  const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on') ?? 'error'
  const mermaid = values.mermaid === true
  if (mermaid && format !== 'md') throw new UsageError('--mermaid goes with --format md.')
  const file = fileArgument(positionals)
  const { board } = await readBoardAsync(io, file)
  const result = checkBoard(board)
  io.stdout(await formatCheckReportAsync(board, result, format, failOn, mermaid))
  return failingFindings(result, failOn).length > 0 ? EXIT_FINDINGS : EXIT_OK
}

/** Markdown and CSV exporters are imported when asked for, so `check` never loads them. */
async function exportTextAsync(
  input: BoardInput,
  format: Exclude<ExportFormat, 'canvascreator'>,
  mermaid: boolean,
): Promise<string> {
  const { board } = input
  switch (format) {
    case 'md': {
      const { exportMarkdown } = await import('../export/export-markdown')
      return exportMarkdown(board, checkBoard(board), { mermaid })
    }
    case 'json':
      return exportJson(board, checkBoard(board))
    case 'csv': {
      const { exportCsv } = await import('../export/export-csv')
      return exportCsv(board)
    }
  }
}

async function exportAsync(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        mermaid: { type: 'boolean' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  )
  if (values.help === true) {
    io.stdout(EXPORT_HELP)
    return EXIT_OK
  }
  const format = oneOf(values.to, EXPORT_FORMATS, '--to')
  if (format === undefined) {
    throw new UsageError(`Say what to export to: --to ${EXPORT_FORMATS.join('|')}.`)
  }
  const mermaid = values.mermaid === true
  if (mermaid && format !== 'md') throw new UsageError('--mermaid goes with --to md.')
  const { date, output } = values
  if (date !== undefined && format !== 'canvascreator') {
    throw new UsageError('--date goes with --to canvascreator.')
  }
  if (date !== undefined && (!/^\d{4}-\d{2}-\d{2}/.test(date) || Number.isNaN(Date.parse(date)))) {
    throw new UsageError(
      `--date must be an ISO 8601 date or time like 2025-08-05T17:06:07Z, not "${date}".`,
    )
  }
  const file = fileArgument(positionals)
  const input = await readBoardAsync(io, file)

  if (format !== 'canvascreator') {
    const text = await exportTextAsync(input, format, mermaid)
    if (output === undefined) io.stdout(text)
    else await writeAsync(io, output, text)
    return EXIT_OK
  }

  const { canvasCreatorFiles } = await import('./canvas-creator-files')
  const { files, skipped } = canvasCreatorFiles(input, date)
  for (const reason of skipped) io.stderr(`api-canvas: ${file}: skipped: ${reason}\n`)
  if (files.length === 0) {
    throw new FileError(`${file}: no canvas on this board has a Canvas Creator counterpart.`)
  }
  if (output === undefined) {
    const documents = files.map((outputFile): unknown => JSON.parse(outputFile.json))
    io.stdout(`${JSON.stringify(documents, null, 2)}\n`)
  } else {
    for (const outputFile of files) {
      await writeAsync(io, join(output, outputFile.fileName), outputFile.json)
    }
  }
  return EXIT_OK
}

/**
 * Runs `api-canvas` with `argv` (the arguments after the program name) on `io`. Prints help for
 * `--help`, `-h` or `help` (also after a command). Errors are said on standard error as
 * `api-canvas: …`, naming the file and, for an invalid file, each JSON path at fault.
 * Never throws for bad input.
 * @returns the exit status: `EXIT_OK` (0), `EXIT_FINDINGS` (1, `check` only) or `EXIT_UNUSABLE`
 *   (2: bad arguments, or a file that cannot be read, is not valid or cannot be written).
 */
export async function runCliAsync(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv
  try {
    switch (command) {
      case 'check':
        return await checkAsync(args, io)
      case 'export':
        return await exportAsync(args, io)
      case 'help':
        io.stdout(args[0] === 'check' ? CHECK_HELP : args[0] === 'export' ? EXPORT_HELP : USAGE)
        return EXIT_OK
      case '--help':
      case '-h':
        io.stdout(USAGE)
        return EXIT_OK
      case undefined:
        io.stderr(USAGE)
        return EXIT_UNUSABLE
      default:
        throw new UsageError(`"${command}" is not a command: use check or export.`)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      const help = command === 'check' || command === 'export' ? `${command} --help` : '--help'
      io.stderr(`api-canvas: ${error.message}\nRun "api-canvas ${help}" for usage.\n`)
      return EXIT_UNUSABLE
    }
    io.stderr(`api-canvas: ${describeError(error)}\n`)
    return EXIT_UNUSABLE
  }
}
