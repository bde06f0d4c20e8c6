import { boardLocale } from '../fit/fit-locale'
import type { Locale } from '../locale/locales'
import { type Translator, translator } from '../locale/translator'
import type { Board } from '../model/board'
import type { CheckResult, Severity } from '../model/findings'
import { csvLines } from './export-csv'
import { type BacklogItem, FINDING_MARKER_LABEL, findingBacklog } from './finding-backlog'

/**
 * The Jira CSV's header, in order: the columns Jira's CSV importer maps by these names. `Labels`
 * comes twice, as Jira reads one label a column.
 */
export const JIRA_COLUMNS = [
  'Summary',
  'Description',
  'Issue Type',
  'Priority',
  'Labels',
  'Labels',
] as const

/** Jira's default priority names for each severity. */
export const JIRA_PRIORITIES: Readonly<Record<Severity, string>> = {
  error: 'High',
  warning: 'Medium',
  info: 'Low',
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

function description(item: BacklogItem, t: Translator): string {
  const lines = [
    item.finding.message,
    '',
    t('export.jiraCanvas', { canvas: item.canvasTitle }),
    ...(item.areaTitle === null ? [] : [t('export.jiraArea', { area: item.areaTitle })]),
    t('export.jiraCheck', { check: `${item.finding.code} (${item.finding.severity})` }),
    ...(item.noteTexts.length === 0
      ? []
      : ['', t('export.jiraStickies'), ...item.noteTexts.map((text) => `- ${oneLine(text)}`)]),
    '',
    `${FINDING_MARKER_LABEL}: ${item.key}`,
  ]
  return lines.join('\n')
}

/**
 * The board's findings at or above `minSeverity` as a CSV file for Jira's CSV importer
 * (`JIRA_COLUMNS`): `Summary` is the canvas title and the finding's message on one line,
 * `Description` the message, canvas, area, check code, the stickies' texts and the line
 * `api-canvas-finding: <key>` (the key as in `findingBacklog`, for Jira's search), `Issue Type`
 * `Task`, `Priority` from the severity (`JIRA_PRIORITIES`), `Labels` `api-canvas` and the
 * finding's code. Written as the CSV export writes its cells (`csvLines`):
 * a cell a spreadsheet would run as a formula gets a leading `'`. Pure: the same input always
 * gives the same bytes. The description's labels are in `locale`, by default the board's language
 * (`boardLocale`); the column names, `Task`, the priorities and the labels stay as Jira's importer
 * maps them, whatever the language.
 */
export function exportJiraCsv(
  board: Board,
  result: CheckResult,
  minSeverity: Severity = 'warning',
  locale: Locale = boardLocale(board),
): string {
  const t = translator(locale)
  const rows = findingBacklog(board, result, minSeverity).map((item) => [
    `${item.canvasTitle}: ${oneLine(item.finding.message)}`,
    description(item, t),
    'Task',
    JIRA_PRIORITIES[item.finding.severity],
    'api-canvas',
    item.finding.code,
  ])
  return csvLines(rows, JIRA_COLUMNS)
}
