import type { EventHandler } from '@create-figma-plugin/utilities'

import { SELF_TEST_FACTS, type SelfTestFactId } from './self-test-facts'

/** One platform fact the plugin relies on (`SELF_TEST_FACTS`), as found in this FigJam. */
export interface SelfTestFact {
  id: SelfTestFactId
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
      ({ id, passed, detail }) =>
        `${passed ? 'PASS' : 'FAIL'} ${SELF_TEST_FACTS[id].fact} (${detail}) ${SELF_TEST_FACTS[id].doc}`,
    ),
  ].join('\n')
}

/** The panel asks the main thread to run the self-test. */
export interface RunSelfTestHandler extends EventHandler {
  name: 'RUN_SELF_TEST'
  handler: () => void
}

/** The panel's self-test part is listening (the menu command waits for it before running). */
export interface SelfTestPanelReadyHandler extends EventHandler {
  name: 'SELF_TEST_PANEL_READY'
  handler: () => void
}

/** The main thread started the self-test. */
export interface SelfTestStartedHandler extends EventHandler {
  name: 'SELF_TEST_STARTED'
  handler: () => void
}

/** The main thread's self-test report; both sides are built together, so it is not parsed. */
export interface SelfTestDoneHandler extends EventHandler {
  name: 'SELF_TEST_DONE'
  handler: (report: SelfTestReport) => void
}
