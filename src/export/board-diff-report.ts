import type { PhrasingContent, RootContent } from 'mdast'

import { quoteNote } from '../fit/quote-note'
import { DEFAULT_LOCALE, type Locale } from '../locale/locales'
import { type Translator, translator } from '../locale/translator'
import type { BoardDiff, DiffNote, FitChange } from './board-diff'
import type { BacklogItem } from './finding-backlog'
import { mdHeading, mdList, mdText, writeMarkdown } from './markdown-blocks'

/** How `api-canvas diff` prints what changed. */
export type DiffFormat = 'text' | 'md' | 'json'

/** Each change as one line of plain text, by section, in the order every format shows them. */
function sections(diff: BoardDiff, t: Translator): { title: string; lines: string[] }[] {
  const place = (note: DiffNote): string =>
    note.area === null
      ? t('export.diffOutsideArea', { canvas: note.canvas })
      : `${note.canvas} › ${note.area}`
  const fitCounts = (counts: FitChange['before']): string =>
    counts === null
      ? t('export.diffNotOnBoard')
      : t('export.diffFitCounts', {
          painsAnswered: counts.painsAnswered,
          painsTotal: counts.painsTotal,
          gainsAnswered: counts.gainsAnswered,
          gainsTotal: counts.gainsTotal,
        })
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
  const sticky = (note: DiffNote): string => `${quoteNote(note.text)} (${place(note)})`
  return [
    {
      title: t('export.diffStickies', {
        added: diff.added.length,
        removed: diff.removed.length,
        edited: diff.edited.length,
      }),
      lines: [
        ...diff.added.map((note) => t('export.diffAdded', { change: sticky(note) })),
        ...diff.removed.map((note) => t('export.diffRemoved', { change: sticky(note) })),
        ...diff.edited.map((change) => t('export.diffEdited', { change: edit(change) })),
      ],
    },
    {
      title: t('export.diffLinks', {
        added: diff.linksAdded.length,
        removed: diff.linksRemoved.length,
      }),
      lines: [
        ...diff.linksAdded.map((pair) => t('export.diffAdded', { change: link(pair) })),
        ...diff.linksRemoved.map((pair) => t('export.diffRemoved', { change: link(pair) })),
      ],
    },
    {
      title: t('export.diffFindings', { resolved: diff.resolved.length, new: diff.new.length }),
      lines: [
        ...diff.resolved.map((item) => t('export.diffResolved', { change: finding(item) })),
        ...diff.new.map((item) => t('export.diffNew', { change: finding(item) })),
      ],
    },
    {
      title: t('export.diffFit', { count: diff.fit.length }),
      lines: diff.fit.map(
        (change) => `${change.canvas}: ${fitCounts(change.before)} → ${fitCounts(change.after)}`,
      ),
    },
  ]
}

function textReport(
  diff: BoardDiff,
  names: { before: string; after: string },
  t: Translator,
): string {
  const lines = [t('export.diffTitle', names)]
  for (const section of sections(diff, t)) {
    lines.push('', section.title, ...section.lines.map((line) => `  ${line}`))
  }
  return `${lines.join('\n')}\n`
}

function markdownReport(
  diff: BoardDiff,
  names: { before: string; after: string },
  t: Translator,
): string {
  const blocks: RootContent[] = [mdHeading(1, t('export.diffTitle', names))]
  for (const section of sections(diff, t)) {
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
 * The text and Markdown reports' own words are in `locale` (default `DEFAULT_LOCALE`; the command
 * line passes the board's language); findings keep their canvas's language; JSON keys never
 * change.
 */
export function formatDiffReport(
  diff: BoardDiff,
  format: DiffFormat,
  names: { before: string; after: string },
  locale: Locale = DEFAULT_LOCALE,
): string {
  switch (format) {
    case 'text':
      return textReport(diff, names, translator(locale))
    case 'md':
      return markdownReport(diff, names, translator(locale))
    case 'json':
      return jsonReport(diff, names)
  }
}
