/** One platform fact the plugin relies on, as the self-test found it in this FigJam. */
export interface SelfTestFact {
  /** Stable id, e.g. `sticky-font`. */
  id: string
  /** The fact, in words: what the plugin relies on. */
  fact: string
  /** The Figma doc page the fact comes from. */
  doc: string
  passed: boolean
  /** What was seen: the value read back, or why the probe failed. */
  detail: string
}

/** What one run of the FigJam self-test found. */
export interface SelfTestReport {
  facts: SelfTestFact[]
  /** False when the scratch section could not be removed again (undo once to clear it). */
  cleanedUp: boolean
}

/**
 * The report as plain text to copy into an issue: a summary line, then one line per fact (`PASS`
 * or `FAIL`, the fact, what was seen, the doc page). Pure.
 */
export function formatSelfTestReport(report: SelfTestReport): string {
  const failed = report.facts.filter((fact) => !fact.passed).length
  const summary =
    failed === 0
      ? `All ${String(report.facts.length)} facts hold in this FigJam.`
      : `${String(failed)} of ${String(report.facts.length)} facts do not hold in this FigJam.`
  return [
    'API Canvas: FigJam self-test',
    summary,
    ...(report.cleanedUp ? [] : ['The scratch section could not be removed: undo once.']),
    '',
    ...report.facts.map(
      (fact) => `${fact.passed ? 'PASS' : 'FAIL'} ${fact.fact} (${fact.detail}) ${fact.doc}`,
    ),
  ].join('\n')
}
