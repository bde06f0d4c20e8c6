import { parseArgs } from 'node:util'

import { parseBoardExport } from '../export/board-export'
import { exportMarkdown } from '../export/export-markdown'
import {
  canvasEvidenceText,
  currentStationTitle,
  STATION_STATE_LABELS,
} from '../export/station-report-text'
import { checkBoard } from '../fit/check-board'
import { buildStationReport, stationsWithOpenCriteria } from '../fit/station-report'
import { methodCanvasTitles, packagedGuide } from '../method/packaged-station-guide'
import { buildStationGuide, defaultCycleId, guideLocales } from '../method/station-guide'
import type { StationReport } from '../model/station-report'
import type { StationTick } from '../model/station-ticks'
import { parseBoardInput } from './board-input'

export const STATUS_HELP = `Usage: api-canvas status FILE [--cycle ID] [--locale xx] [--format text|md|json] [--fail-on open-criteria]

Prints the station report of a board: the stations of an APIOps Cycles cycle in order, which of
the canvases the method recommends at each are on the board, how full and how fit they are, the
criteria ticked in the plugin's Guide tab (read from the plugin's JSON export), and where the
team is (the first station whose canvases are not yet placed, filled and fit).

Options:
  --cycle ID          cycle of the method (default: the export's, else the cycle for a new API)
  --locale xx         language of titles and criteria: de, en, fi, fr or pt (default: the
                      export's, else en)
  --format text|md|json
                      text (default); md: the Markdown report without the notes, ending with
                      the station report; json: the station report
  --fail-on open-criteria
                      exit status 1 when a station before the current one has a criterion
                      that is not ticked
  -h, --help          show this help

Exit status: 0 printed, 1 --fail-on open-criteria and such a criterion, 2 bad arguments or a
FILE that cannot be read or is not valid.
`

/** What `runStatus` needs from the command line's plumbing (src/cli/api-canvas.ts). */
export interface StatusContext {
  stdout: (text: string) => void
  readTextFileAsync: (path: string) => Promise<string>
  /** An error for wrong arguments (exit status 2, with a pointer to `--help`). */
  usageError: (message: string) => Error
  /** An error for a file that cannot be read or used (exit status 2). */
  fileError: (message: string) => Error
}

const FORMATS = ['text', 'md', 'json'] as const
const plain = (value: string): string =>
  value
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** The station report as lines for a terminal; control characters in any text become spaces. */
export function statusText(report: StationReport): string {
  const current = currentStationTitle(report)
  const lines = [
    `${plain(report.cycleTitle)} (${report.locale}): ${current === undefined ? 'every station is ready' : `where you are: ${plain(current)}`}`,
  ]
  report.stations.forEach((station, index) => {
    lines.push(`${index + 1}. ${plain(station.title)}: ${STATION_STATE_LABELS[station.state]}`)
    for (const canvas of station.canvases) {
      lines.push(`   ${plain(canvas.title)}: ${canvasEvidenceText(canvas)}`)
    }
    for (const resource of station.otherResources) {
      lines.push(`   ${plain(resource.title)} (guide, not placed)`)
    }
    for (const { text, tick } of station.criteria) {
      const evidence = tick === null || tick.note.trim() === '' ? '' : ` Evidence: ${tick.note}`
      lines.push(`   [${tick === null ? ' ' : 'x'}] ${plain(text + evidence)}`)
    }
  })
  return `${lines.join('\n')}\n`
}

function ticksOf(report: StationReport | undefined): StationTick[] {
  return (report?.stations ?? []).flatMap((station) =>
    station.criteria.flatMap((criterion) => (criterion.tick === null ? [] : [criterion.tick])),
  )
}

/**
 * `api-canvas status`: prints the station report of FILE (the plugin's JSON export, whose
 * `stationReport` gives the ticks and the default cycle and language, or a Canvas Creator file).
 * @returns 0, or 1 with `--fail-on open-criteria` when `stationsWithOpenCriteria` finds any.
 * @throws the context's usage or file errors.
 */
export async function runStatusAsync(args: readonly string[], io: StatusContext): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        cycle: { type: 'string' },
        locale: { type: 'string' },
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw io.usageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (values.help === true) {
    io.stdout(STATUS_HELP)
    return 0
  }
  const format = FORMATS.find((candidate) => candidate === (values.format ?? 'text'))
  if (format === undefined) throw io.usageError(`--format must be one of text, md, json.`)
  const failOn = values['fail-on']
  if (failOn !== undefined && failOn !== 'open-criteria') {
    throw io.usageError(`--fail-on must be open-criteria, not "${failOn}".`)
  }
  const [file, ...rest] = positionals
  if (file === undefined) throw io.usageError('Name the FILE to read.')
  if (rest.length > 0) throw io.usageError(`Give one FILE, not ${String(positionals.length)}.`)

  const files = packagedGuide()
  const locales = guideLocales(files)
  const cycles = files.cycles.cycles.items.map((cycle) => cycle.id)
  if (values.cycle !== undefined && !cycles.includes(values.cycle)) {
    throw io.usageError(`--cycle must be one of ${cycles.join(', ')}, not "${values.cycle}".`)
  }
  if (values.locale !== undefined && !locales.includes(values.locale)) {
    throw io.usageError(`--locale must be one of ${locales.join(', ')}, not "${values.locale}".`)
  }
  let text: string
  try {
    text = await io.readTextFileAsync(file)
  } catch (error) {
    throw io.fileError(
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  let input
  let saved: StationReport | undefined
  try {
    input = parseBoardInput(text)
    saved = input.kind === 'board-export' ? parseBoardExport(text).stationReport : undefined
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw io.fileError(`${file}: ${reason.split('\n').join('\n  ')}`)
  }
  const cycleId =
    values.cycle ??
    (saved !== undefined && cycles.includes(saved.cycleId) ? saved.cycleId : defaultCycleId(files))
  const locale =
    values.locale ?? (saved !== undefined && locales.includes(saved.locale) ? saved.locale : 'en')
  const guide = buildStationGuide(files, cycleId, locale, methodCanvasTitles(locale))
  const result = checkBoard(input.board)
  const report = buildStationReport(guide, input.board, result, ticksOf(saved))
  if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`)
  else if (format === 'md') {
    io.stdout(exportMarkdown(input.board, result, { notes: false, stationReport: report }))
  } else io.stdout(statusText(report))
  return failOn === 'open-criteria' && stationsWithOpenCriteria(report).length > 0 ? 1 : 0
}
