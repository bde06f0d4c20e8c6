import type { Root, RootContent, TableRow } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { mathToMarkdown } from 'mdast-util-math'
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown'

import type { Board } from '../model/board'
import type { CheckResult, Finding } from '../model/findings'
import { canvasTitle, emptyNote, heading, list, listItem, oneLine, text } from './markdown-nodes'
import { canvasSection, noteLookup } from './markdown-notes'
import { votesSection } from './markdown-votes'
import { fitMermaidDiagram } from './mermaid-fit'

const DOCUMENT_TITLE = 'API Canvas workshop results'

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
}

function fitDiagrams(board: Board, result: CheckResult): RootContent[] {
  return result.fit.flatMap((fit) => {
    const canvas = board.canvases.find((candidate) => candidate.id === fit.canvasId)
    const diagram = canvas === undefined ? undefined : fitMermaidDiagram(canvas, result)
    if (canvas === undefined || diagram === undefined) return []
    return [
      heading(3, `Fit diagram: ${canvasTitle(canvas)}`),
      { type: 'code', lang: 'mermaid', value: diagram },
    ]
  })
}

function fitSection(board: Board, result: CheckResult, mermaid: boolean): RootContent[] {
  if (result.fit.length === 0) return []
  const titles = new Map(board.canvases.map((canvas) => [canvas.id, canvasTitle(canvas)]))
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((cell) => ({ type: 'tableCell', children: [text(cell)] })),
  })
  return [
    heading(2, 'Fit'),
    {
      type: 'table',
      align: ['left', 'right', 'right'],
      children: [
        row(['Canvas', 'Pains answered', 'Gains answered']),
        ...result.fit.map((fit) =>
          row([
            titles.get(fit.canvasId) ?? fit.canvasId,
            `${fit.painsAnswered} / ${fit.painsTotal}`,
            `${fit.gainsAnswered} / ${fit.gainsTotal}`,
          ]),
        ),
      ],
    },
    ...(mermaid ? fitDiagrams(board, result) : []),
  ]
}

function findingsSection(board: Board, result: CheckResult): RootContent[] {
  const content: RootContent[] = [heading(2, 'Findings')]
  if (result.findings.length === 0) return [...content, emptyNote('No findings.')]
  const groups = new Map<string, Finding[]>(board.canvases.map((canvas) => [canvas.id, []]))
  for (const finding of result.findings) {
    const group = groups.get(finding.canvasId)
    if (group === undefined) groups.set(finding.canvasId, [finding])
    else group.push(finding)
  }
  const titles = new Map(board.canvases.map((canvas) => [canvas.id, canvasTitle(canvas)]))
  for (const [canvasId, findings] of groups) {
    if (findings.length === 0) continue
    content.push(
      heading(3, titles.get(canvasId) ?? `Canvas ${canvasId} (not read)`),
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
 * are left out. Pure: the same input always gives the same text.
 */
export function exportMarkdown(
  board: Board,
  result: CheckResult,
  options: MarkdownExportOptions = {},
): string {
  const notes = noteLookup(board)
  const tree: Root = {
    type: 'root',
    children: [
      heading(1, DOCUMENT_TITLE),
      ...(board.canvases.length === 0 ? [emptyNote('No canvases on this board yet.')] : []),
      ...(options.notes === false
        ? []
        : board.canvases.flatMap((canvas) => canvasSection(canvas, notes))),
      ...fitSection(board, result, options.mermaid === true),
      ...votesSection(board, result),
      ...findingsSection(board, result),
    ],
  }
  return toMarkdown(tree, {
    bullet: '-',
    emphasis: '_',
    extensions: [gfmToMarkdown(), mathToMarkdown()],
    unsafe: [emailAt],
  })
}
