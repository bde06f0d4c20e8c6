import type { Root, RootContent, TableRow } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { mathToMarkdown } from 'mdast-util-math'
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown'

import { boardLocale } from '../fit/fit-locale'
import type { Locale } from '../locale/locales'
import { type Translator, translator } from '../locale/translator'
import type { Board } from '../model/board'
import type { CheckResult, Finding } from '../model/findings'
import type { StationReport } from '../model/station-report'
import { canvasTitle, emptyNote, heading, list, listItem, oneLine, text } from './markdown-nodes'
import { canvasSection, noteLookup } from './markdown-notes'
import { stationReportMarkdown } from './markdown-station-report'
import { votesSection } from './markdown-votes'
import { fitMermaidDiagram } from './mermaid-fit'

/**
 * Escapes `@` before a domain character wherever text is written. mdast-util-gfm's own `@`
 * pattern wants such a character on both sides, and a match takes its neighbours with it, so in
 * `x@a@b.co` the second `@` stays bare and GFM links `a@b.co` as an e-mail address.
 */
export const emailAt: Unsafe = {
  character: '@',
  after: '[\\-.\\w]',
  inConstruct: 'phrasing',
  notInConstruct: ['autolink', 'destinationLiteral', 'destinationRaw', 'reference'],
}

/** Options of `exportMarkdown`. */
export interface MarkdownExportOptions {
  /** Add a Mermaid diagram of each canvas's fit under the fit table (`fitMermaidDiagram`). */
  mermaid?: boolean
  /** `false` leaves out the canvases and their notes: title, fit and findings only. */
  notes?: boolean
  /** Add the station guide's report at the end (`stationReportMarkdown`). */
  stationReport?: StationReport
  /**
   * The language of the headings, tables and sentences the export adds; default: the board's
   * (`boardLocale`: its first canvas's). Findings keep the language of their canvas.
   */
  locale?: Locale
}

function fitDiagrams(board: Board, result: CheckResult, t: Translator): RootContent[] {
  return result.fit.flatMap((fit) => {
    const canvas = board.canvases.find((candidate) => candidate.id === fit.canvasId)
    const diagram = canvas === undefined ? undefined : fitMermaidDiagram(canvas, result, t.locale)
    if (canvas === undefined || diagram === undefined) return []
    return [
      heading(3, t('export.fitDiagramHeading', { canvas: canvasTitle(canvas, t) })),
      { type: 'code', lang: 'mermaid', value: diagram },
    ]
  })
}

function fitSection(
  board: Board,
  result: CheckResult,
  mermaid: boolean,
  t: Translator,
): RootContent[] {
  if (result.fit.length === 0) return []
  const titles = new Map(board.canvases.map((canvas) => [canvas.id, canvasTitle(canvas, t)]))
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((cell) => ({ type: 'tableCell', children: [text(cell)] })),
  })
  return [
    heading(2, t('export.fitHeading')),
    {
      type: 'table',
      align: ['left', 'right', 'right'],
      children: [
        row([t('export.fitColumnCanvas'), t('export.fitColumnPains'), t('export.fitColumnGains')]),
        ...result.fit.map((fit) =>
          row([
            titles.get(fit.canvasId) ?? fit.canvasId,
            `${fit.painsAnswered} / ${fit.painsTotal}`,
            `${fit.gainsAnswered} / ${fit.gainsTotal}`,
          ]),
        ),
      ],
    },
    ...(mermaid ? fitDiagrams(board, result, t) : []),
  ]
}

function findingsSection(board: Board, result: CheckResult, t: Translator): RootContent[] {
  const content: RootContent[] = [heading(2, t('export.findingsHeading'))]
  if (result.findings.length === 0) return [...content, emptyNote(t('export.noFindings'))]
  const groups = new Map<string, Finding[]>(board.canvases.map((canvas) => [canvas.id, []]))
  for (const finding of result.findings) {
    const group = groups.get(finding.canvasId)
    if (group === undefined) groups.set(finding.canvasId, [finding])
    else group.push(finding)
  }
  const titles = new Map(board.canvases.map((canvas) => [canvas.id, canvasTitle(canvas, t)]))
  for (const [canvasId, findings] of groups) {
    if (findings.length === 0) continue
    content.push(
      heading(3, titles.get(canvasId) ?? t('export.canvasNotRead', { id: canvasId })),
      list(findings.map((finding) => listItem([text(oneLine(finding.message))], false))),
    )
  }
  return content
}

/**
 * The board and its check result as GitHub-flavoured Markdown: a title; per canvas (board order)
 * a `##` heading and its areas in fill order as `###` headings ("C · Pains") with their notes
 * (text, author, links as "answers: …", "answered by: …" or "linked to: …" with quoted text),
 * then the notes outside any area; a fit table; on a board with dot votes the most-voted
 * unanswered pains and gains and the vote-weighted fit (`votesSection`; each note's votes on its
 * details line); the findings as a task list grouped by canvas.
 * Written by mdast-util-to-markdown with the GFM (mdast-util-gfm) and math (mdast-util-math)
 * extensions, whose escaping keeps sticky text literal in CommonMark, GFM and GitHub's math: it
 * cannot add headings, list items, tables, emphasis, strikethrough, task boxes, links, bare-URL
 * autolinks, footnotes, `$` math or HTML. GitHub's text filters after rendering (`:emoji:`
 * shortcodes, `@mentions`, `#123` references) act on the text itself, which escaping does not
 * change. Line breaks in a sticky become soft breaks; blank lines are dropped.
 * With `mermaid`, the fit table is followed by a `### Fit diagram: <canvas>` heading and a
 * ```` ```mermaid ```` block per canvas with fit notes; with `notes: false` the canvases' notes
 * are left out. Headings, tables and the sentences the export adds are in `options.locale`, by
 * default the board's language (`boardLocale`: its first canvas's); each finding keeps the
 * language of its canvas. Pure: the same input always gives the same text.
 */
export function exportMarkdown(
  board: Board,
  result: CheckResult,
  options: MarkdownExportOptions = {},
): string {
  const t = translator(options.locale ?? boardLocale(board))
  const notes = noteLookup(board)
  const tree: Root = {
    type: 'root',
    children: [
      heading(1, t('export.documentTitle')),
      ...(board.canvases.length === 0 ? [emptyNote(t('export.noCanvases'))] : []),
      ...(options.notes === false
        ? []
        : board.canvases.flatMap((canvas) => canvasSection(canvas, notes, t))),
      ...fitSection(board, result, options.mermaid === true, t),
      ...votesSection(board, result, t),
      ...findingsSection(board, result, t),
      ...(options.stationReport === undefined
        ? []
        : stationReportMarkdown(options.stationReport, t)),
    ],
  }
  return toMarkdown(tree, {
    bullet: '-',
    emphasis: '_',
    extensions: [gfmToMarkdown(), mathToMarkdown()],
    unsafe: [emailAt],
  })
}
