import { boardLocale } from '../fit/fit-locale'
import type { Locale } from '../locale/locales'
import { type Translator, translator } from '../locale/translator'
import type { Board } from '../model/board'
import type { CheckResult, Finding, Severity } from '../model/findings'

/** How `api-canvas check` prints its report. */
export type ReportFormat = 'text' | 'json' | 'md'

/** The least severity that makes `api-canvas check` fail; `never` never fails. */
export type FailOn = 'error' | 'warning' | 'never'

const RANK: Readonly<Record<Severity, number>> = { error: 2, warning: 1, info: 0 }

/** The findings at or above `failOn`: `error` counts errors, `warning` errors and warnings. */
export function failingFindings(result: CheckResult, failOn: FailOn): Finding[] {
  if (failOn === 'never') return []
  return result.findings.filter((finding) => RANK[finding.severity] >= RANK[failOn])
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  return {
    error: findings.filter((finding) => finding.severity === 'error').length,
    warning: findings.filter((finding) => finding.severity === 'warning').length,
    info: findings.filter((finding) => finding.severity === 'info').length,
  }
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

function textReport(board: Board, result: CheckResult, failOn: FailOn, t: Translator): string {
  const lines: string[] = []
  const titles = new Map(board.canvases.map((canvas) => [canvas.id, oneLine(canvas.title)]))
  const canvasIds = [
    ...board.canvases.map((canvas) => canvas.id),
    ...result.findings.map((finding) => finding.canvasId).filter((id) => !titles.has(id)),
  ]
  const codeWidth = Math.max(0, ...result.findings.map((finding) => finding.code.length))
  for (const canvasId of new Set(canvasIds)) {
    lines.push(titles.get(canvasId) ?? t('cli.canvasNotRead', { id: canvasId }))
    const fit = result.fit.find((summary) => summary.canvasId === canvasId)
    if (fit !== undefined) {
      const { painsAnswered, painsTotal, gainsAnswered, gainsTotal } = fit
      lines.push(`  ${t('cli.fitLine', { painsAnswered, painsTotal, gainsAnswered, gainsTotal })}`)
    }
    const findings = result.findings.filter((finding) => finding.canvasId === canvasId)
    if (findings.length === 0) lines.push(`  ${t('cli.noFindings')}`)
    for (const finding of findings) {
      lines.push(
        `  ${finding.severity.padEnd(7)}  ${finding.code.padEnd(codeWidth)}  ${oneLine(finding.message)}`,
      )
    }
  }
  if (board.canvases.length === 0) lines.push(t('cli.noCanvases'))
  const counts = countBySeverity(result.findings)
  const verdict = failingFindings(result, failOn).length === 0 ? 'passes' : 'fails'
  lines.push(
    '',
    t('cli.checkSummary', {
      errors: counts.error,
      warnings: counts.warning,
      notes: counts.info,
      verdict,
      failOn,
    }),
  )
  return `${lines.join('\n')}\n`
}

function jsonReport(board: Board, result: CheckResult, failOn: FailOn): string {
  const report = {
    failOn,
    failed: failingFindings(result, failOn).length > 0,
    counts: countBySeverity(result.findings),
    canvases: board.canvases.map((canvas) => ({
      id: canvas.id,
      templateId: canvas.templateId,
      title: canvas.title,
    })),
    fit: result.fit,
    findings: result.findings,
  }
  return `${JSON.stringify(report, null, 2)}\n`
}

/**
 * The report `api-canvas check` prints, ending with a newline; the same input always gives the
 * same text. Its words are in `locale`, by default the board's language (`boardLocale`); finding
 * messages keep their canvas's language; severities, codes and JSON keys never change.
 * - `text`: per canvas (board order, then canvases only findings name) its title, its fit
 *   ("fit: 4 of 5 pains answered, …") and one line per finding (`severity  code  message`), then
 *   a line counting errors, warnings and notes and saying whether the check passes.
 * - `json`: `{ failOn, failed, counts: { error, warning, info }, canvases: [{ id, templateId,
 *   title }], fit, findings }`, `fit` and `findings` as in the JSON export.
 * - `md`: the Markdown export without the notes (title, fit table, findings as a task list),
 *   with a Mermaid fit diagram per canvas when `mermaid` is set (the Markdown exporter is
 *   imported only for this format).
 */
export async function formatCheckReportAsync(
  board: Board,
  result: CheckResult,
  format: ReportFormat,
  failOn: FailOn,
  mermaid = false,
  locale: Locale = boardLocale(board),
): Promise<string> {
  switch (format) {
    case 'text':
      return textReport(board, result, failOn, translator(locale))
    case 'json':
      return jsonReport(board, result, failOn)
    case 'md': {
      const { exportMarkdown } = await import('../export/export-markdown')
      return exportMarkdown(board, result, { notes: false, mermaid, locale })
    }
  }
}
