import type { PhrasingContent, RootContent } from 'mdast'

import { quoteNote } from '../fit/quote-note'
import type { BoardDiff, DiffNote, FitChange } from './board-diff'
import type { BacklogItem } from './finding-backlog'
import { mdHeading, mdList, mdText, writeMarkdown } from './markdown-blocks'

/** How `api-canvas diff` prints what changed. */
export type DiffFormat = 'text' | 'md' | 'json'

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${String(count)} ${count === 1 ? one : many}`

const place = (note: DiffNote): string =>
  note.area === null ? `${note.canvas}, outside any area` : `${note.canvas} › ${note.area}`

const fitCounts = (counts: FitChange['before']): string =>
  counts === null
    ? 'not on the board'
    : `pains ${String(counts.painsAnswered)}/${String(counts.painsTotal)}, gains ${String(counts.gainsAnswered)}/${String(counts.gainsTotal)}`

/** Each change as one line of plain text, by section, in the order every format shows them. */
function sections(diff: BoardDiff): { title: string; lines: string[] }[] {
  const edit = ({ before, after }: BoardDiff['edited'][number]): string => {
    const text =
      before.text === after.text
        ? quoteNote(after.text)
        : `${quoteNote(before.text)} → ${quoteNote(after.text)}`
    const moved =
      place(before) === place(after) ? place(after) : `${place(before)} → ${place(after)}`
    return `${text} (${moved})`
  }
  const link = ([from, to]: [DiffNote, DiffNote]): string =>
    `${quoteNote(from.text)} — ${quoteNote(to.text)}`
  const finding = (item: BacklogItem): string =>
    `${item.finding.severity} ${item.finding.code}: ${item.finding.message.replace(/\s+/g, ' ')} (${item.canvasTitle})`
  return [
    {
      title: `Stickies: ${String(diff.added.length)} added, ${String(diff.removed.length)} removed, ${String(diff.edited.length)} edited`,
      lines: [
        ...diff.added.map((note) => `added ${quoteNote(note.text)} (${place(note)})`),
        ...diff.removed.map((note) => `removed ${quoteNote(note.text)} (${place(note)})`),
        ...diff.edited.map((change) => `edited ${edit(change)}`),
      ],
    },
    {
      title: `Links: ${String(diff.linksAdded.length)} added, ${String(diff.linksRemoved.length)} removed`,
      lines: [
        ...diff.linksAdded.map((pair) => `added ${link(pair)}`),
        ...diff.linksRemoved.map((pair) => `removed ${link(pair)}`),
      ],
    },
    {
      title: `Findings: ${String(diff.resolved.length)} resolved, ${String(diff.new.length)} new`,
      lines: [
        ...diff.resolved.map((item) => `resolved ${finding(item)}`),
        ...diff.new.map((item) => `new ${finding(item)}`),
      ],
    },
    {
      title: `Fit: ${plural(diff.fit.length, 'canvas', 'canvases')} with pains or gains`,
      lines: diff.fit.map(
        (change) => `${change.canvas}: ${fitCounts(change.before)} → ${fitCounts(change.after)}`,
      ),
    },
  ]
}

function textReport(diff: BoardDiff, names: { before: string; after: string }): string {
  const lines = [`Changes from ${names.before} to ${names.after}`]
  for (const section of sections(diff)) {
    lines.push('', section.title, ...section.lines.map((line) => `  ${line}`))
  }
  return `${lines.join('\n')}\n`
}

function markdownReport(diff: BoardDiff, names: { before: string; after: string }): string {
  const blocks: RootContent[] = [mdHeading(1, `Changes from ${names.before} to ${names.after}`)]
  for (const section of sections(diff)) {
    blocks.push(mdHeading(2, section.title))
    if (section.lines.length > 0) {
      blocks.push(mdList(section.lines.map((line): PhrasingContent[] => [mdText(line)])))
    }
  }
  return writeMarkdown(blocks)
}

function jsonReport(diff: BoardDiff, names: { before: string; after: string }): string {
  const finding = (item: BacklogItem) => ({
    ...item.finding,
    canvas: item.canvasTitle,
    key: item.key,
  })
  return `${JSON.stringify(
    {
      before: names.before,
      after: names.after,
      stickies: { added: diff.added, removed: diff.removed, edited: diff.edited },
      links: { added: diff.linksAdded, removed: diff.linksRemoved },
      findings: { resolved: diff.resolved.map(finding), new: diff.new.map(finding) },
      fit: diff.fit,
    },
    null,
    2,
  )}\n`
}

/**
 * The report of `api-canvas diff`, ending with a newline; `names` are how the two sessions are
 * called (the files' paths). Every format has the same sections in the same order: stickies
 * (added, removed, edited: text before → after, area before → after), links (pairs of stickies),
 * findings (resolved, new: severity, code, message, canvas) and the fit of each canvas with
 * pains or gains (before → after).
 * - `text`: a line per section and an indented line per change, sticky text as typed (the
 *   command line escapes control characters before printing it).
 * - `md`: a `#` title, a `##` heading per section and a list of the changes, written with the
 *   Markdown export's escapers.
 * - `json`: `{ before, after, stickies: { added, removed, edited }, links: { added, removed },
 *   findings: { resolved, new }, fit }` with whole texts (not quotes) and each finding's key.
 */
export function formatDiffReport(
  diff: BoardDiff,
  format: DiffFormat,
  names: { before: string; after: string },
): string {
  switch (format) {
    case 'text':
      return textReport(diff, names)
    case 'md':
      return markdownReport(diff, names)
    case 'json':
      return jsonReport(diff, names)
  }
}
