import { exportMarkdown } from '../export/export-markdown'
import {
  canvasEvidenceText,
  currentStationTitle,
  stationStateLabel,
} from '../export/station-report-text'
import { checkBoard } from '../fit/check-board'
import { boardLocale } from '../fit/fit-locale'
import { buildStationReport, stationsWithOpenCriteria } from '../interchange/station-report'
import { DEFAULT_LOCALE, isLocale } from '../locale/locales'
import { translator } from '../locale/translator'
import { methodCanvasTitles, packagedGuide } from '../method/packaged-station-guide'
import { buildStationGuide, defaultCycleId, guideLocales } from '../method/station-guide'
import type { StationReport } from '../model/station-report'
import type { StationTick } from '../model/station-ticks'
import { statusHelp } from './cli-help'
import type { CliIo } from './cli-io'
import type { CliKit } from './cli-kit'
import { fileArgument, LOCALE_OPTION, oneOf, parseCommandArgs } from './cli-options'
import { boardInLocale } from './run-locale'
import { escapeControls } from './terminal-text'

const FORMATS = ['text', 'md', 'json'] as const
const FAIL_ON = ['open-criteria'] as const
const plain = (value: string): string => escapeControls(value.replace(/\s+/g, ' ').trim())

/**
 * The station report as lines for a terminal, its own words in the report's language (English
 * for one the plugin does not speak): runs of white space in any text become one space, other
 * control characters are shown escaped (`escapeControls`).
 */
export function statusText(report: StationReport): string {
  const t = translator(isLocale(report.locale) ? report.locale : DEFAULT_LOCALE)
  const current = currentStationTitle(report)
  const where =
    current === undefined
      ? t('cli.statusReady')
      : t('cli.statusWhereYouAre', { station: plain(current) })
  const lines = [`${plain(report.cycleTitle)} (${report.locale}): ${where}`]
  report.stations.forEach((station, index) => {
    lines.push(`${index + 1}. ${plain(station.title)}: ${stationStateLabel(station.state, t)}`)
    for (const canvas of station.canvases) {
      lines.push(`   ${plain(canvas.title)}: ${canvasEvidenceText(canvas, t)}`)
    }
    for (const resource of station.otherResources) {
      lines.push(`   ${t('cli.guideNotPlaced', { title: plain(resource.title) })}`)
    }
    for (const { text, tick } of station.criteria) {
      const evidence =
        tick === null || tick.note.trim() === '' ? '' : ` ${t('cli.evidence', { note: tick.note })}`
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
 * @throws UsageError for wrong arguments; the kit's file error for a FILE it cannot use.
 */
export async function runStatusAsync(
  args: readonly string[],
  io: CliIo,
  kit: CliKit,
): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      cycle: { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      ...LOCALE_OPTION,
    },
    () => statusHelp(kit.t),
    io,
  )
  if (parsed === undefined) return 0
  const { values, positionals } = parsed
  const format = oneOf(values.format, FORMATS, '--format') ?? 'text'
  const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on')
  const files = packagedGuide()
  const locales = guideLocales(files)
  const cycles = files.cycles.cycles.items.map((cycle) => cycle.id)
  oneOf(values.cycle, cycles, '--cycle')
  oneOf(values.locale, locales, '--locale')
  const asked = isLocale(values.locale) ? values.locale : undefined
  const input = await kit.readBoardAsync(io, fileArgument(positionals), asked)
  const saved = input.stationReport
  const cycleId =
    values.cycle ??
    (saved !== undefined && cycles.includes(saved.cycleId) ? saved.cycleId : defaultCycleId(files))
  const board = boardLocale(input.board)
  const locale =
    values.locale ??
    (saved !== undefined && locales.includes(saved.locale)
      ? saved.locale
      : locales.includes(board)
        ? board
        : 'en')
  const guide = buildStationGuide(files, cycleId, locale, methodCanvasTitles(locale))
  const result = checkBoard(input.board)
  const report = buildStationReport(guide, input.board, result, ticksOf(saved))
  if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`)
  else if (format === 'md') {
    const words = isLocale(locale) ? locale : DEFAULT_LOCALE
    const shown = boardInLocale(input.board, words)
    const options = { notes: false, stationReport: report, locale: words }
    io.stdout(exportMarkdown(shown, checkBoard(shown), options))
  } else io.stdout(statusText(report))
  return failOn === 'open-criteria' && stationsWithOpenCriteria(report).length > 0 ? 1 : 0
}
