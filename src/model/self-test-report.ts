import type { EventHandler } from '@create-figma-plugin/utilities'

import { type BoardText, boardTextIn, type Translate } from './board-text'
import { SELF_TEST_FACTS, type SelfTestFactId } from './self-test-facts'

/** What a probe saw, raw (numbers, node ids, names, `yes`/`no`), to fill its `seen` message. */
export type SelfTestValues = Readonly<Record<string, string | number>>

/**
 * One platform fact the plugin relies on (`SELF_TEST_FACTS`), as found in this FigJam: what its
 * probe saw, or why the probe failed (FigJam refused a step).
 */
export type SelfTestFact =
  | { id: SelfTestFactId; passed: boolean; seen: SelfTestValues }
  | { id: SelfTestFactId; passed: false; failure: BoardText }

/** What one run of the FigJam self-test found. */
export interface SelfTestReport {
  facts: SelfTestFact[]
  /** False when the scratch section could not be removed again (undo once to clear it). */
  cleanedUp: boolean
}

/** The fact `id` worded with `t`. */
export function selfTestFactText(t: Translate, id: SelfTestFactId): string {
  return t(SELF_TEST_FACTS[id].fact)
}

/** What the probe of `fact` saw, or why it failed, worded with `t`. */
export function selfTestSeenText(t: Translate, fact: SelfTestFact): string {
  return 'failure' in fact
    ? boardTextIn(t, fact.failure)
    : t(SELF_TEST_FACTS[fact.id].seen, fact.seen)
}

/**
 * The report as plain text to copy into an issue, worded with `t`: a title and a summary line,
 * then one line per fact (passed or failed, the fact, what was seen, the doc page). Pure.
 */
export function formatSelfTestReport(t: Translate, report: SelfTestReport): string {
  const count = report.facts.length
  const failed = report.facts.filter((fact) => !fact.passed).length
  return [
    t('selfTest.reportTitle'),
    failed === 0 ? t('selfTest.allHold', { count }) : t('selfTest.someFail', { failed, count }),
    ...(report.cleanedUp ? [] : [t('selfTest.scratchLeft')]),
    '',
    ...report.facts.map((fact) =>
      t('selfTest.reportLine', {
        result: fact.passed ? 'pass' : 'fail',
        fact: selfTestFactText(t, fact.id),
        seen: selfTestSeenText(t, fact),
        doc: SELF_TEST_FACTS[fact.id].doc,
      }),
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
