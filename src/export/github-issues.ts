import type { RootContent } from 'mdast'

import { boardLocale } from '../fit/fit-locale'
import type { Locale } from '../locale/locales'
import { type Translator, translator } from '../locale/translator'
import type { Board } from '../model/board'
import type { CheckResult, Severity } from '../model/findings'
import { type BacklogItem, findingBacklog, findingMarker } from './finding-backlog'
import { mdField, mdList, mdParagraph, mdText, writeMarkdown } from './markdown-blocks'

/** The label every issue gets, besides `api-canvas:<severity>`. */
export const GITHUB_ISSUE_LABEL = 'api-canvas'

/** Longest issue title, in characters (graphemes); GitHub allows 256. */
const TITLE_MAX_LENGTH = 200

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** `text`, cut to at most `TITLE_MAX_LENGTH` characters (graphemes) with `…` at the end. */
function shortened(text: string): string {
  const graphemes = Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text))
  if (graphemes.length <= TITLE_MAX_LENGTH) return text
  const cut = graphemes[TITLE_MAX_LENGTH - 1]?.index ?? text.length
  return `${text.slice(0, cut).trimEnd()}…`
}

function issueBody(item: BacklogItem, t: Translator): string {
  const { finding } = item
  const fields = [mdField(t('export.issueCanvas'), item.canvasTitle)]
  if (item.areaTitle !== null) fields.push(mdField(t('export.issueArea'), item.areaTitle))
  fields.push(mdField(t('export.issueCheck'), `${finding.code} (${finding.severity})`))
  const blocks: RootContent[] = [mdParagraph(mdText(finding.message)), mdList(fields)]
  if (item.noteTexts.length > 0) {
    blocks.push(
      mdParagraph(mdText(t('export.issueStickies'))),
      mdList(item.noteTexts.map((text) => [mdText(text)])),
    )
  }
  blocks.push(mdParagraph(mdText(t('export.issueFooter'))))
  return `${writeMarkdown(blocks)}\n${findingMarker(item.key)}\n`
}

/**
 * The board's findings at or above `minSeverity` as GitHub issues: a JSON array (2-space indent,
 * trailing newline) of `{ title, body, labels }`, the body of GitHub's "create an issue" REST
 * call. `title` is the canvas title and the finding's message on one line (at most 200
 * characters); `body` is Markdown written with the Markdown export's escapers (the message, canvas,
 * area, check code, the stickies' texts) and ends with the hidden marker
 * `<!-- api-canvas-finding: <key> -->` (`findingBacklog`), which stays the same when the board
 * is read again, so a pipeline can skip findings whose issue is open; `labels` are
 * `api-canvas` and `api-canvas:<severity>`. The body's labels and closing note are in `locale`,
 * by default the board's language (`boardLocale`); messages keep their canvas's language; keys,
 * codes, severities and labels never change with the language. Pure: the same input always gives
 * the same bytes.
 */
export function exportGitHubIssues(
  board: Board,
  result: CheckResult,
  minSeverity: Severity = 'warning',
  locale: Locale = boardLocale(board),
): string {
  const t = translator(locale)
  const issues = findingBacklog(board, result, minSeverity).map((item) => ({
    title: shortened(`${item.canvasTitle}: ${oneLine(item.finding.message)}`),
    body: issueBody(item, t),
    labels: [GITHUB_ISSUE_LABEL, `${GITHUB_ISSUE_LABEL}:${item.finding.severity}`],
  }))
  return `${JSON.stringify(issues, null, 2)}\n`
}
