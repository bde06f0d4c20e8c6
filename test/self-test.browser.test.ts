import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { runSelfTestAsync } from '../src/board/self-test-async'
import { translator } from '../src/locale/translator'
import { SELF_TEST_FACTS } from '../src/model/self-test-facts'
import { formatSelfTestReport, selfTestFactText } from '../src/model/self-test-report'
import type { PanelPage } from './browser/panel-page'
import { usePanelSession } from './browser/panel-session'
import { workshopBoard } from './browser/workshop-board'
import { createFakeFigJam } from './fake-figjam/fake-figjam'

const ASSETS = resolve(import.meta.dirname, '../assets')

/** Sends a message of the self-test's own (typed, unparsed) messages to the panel. */
async function sendAsync(panel: PanelPage, name: string, payload?: unknown): Promise<void> {
  await panel.page.evaluate(
    (pluginMessage) => {
      window.dispatchEvent(new MessageEvent('message', { data: { pluginMessage } }))
    },
    [name, payload],
  )
}

describe('the FigJam self-test in the panel', () => {
  const openAsync = usePanelSession()

  it('runs from the footer and shows each fact with its doc link and the report to copy', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard() })
    await expect.poll(() => panel.payloads('SELF_TEST_PANEL_READY')).toHaveLength(1)

    await page.getByRole('button', { name: 'Run FigJam self-test' }).click()
    await expect.poll(() => panel.payloads('RUN_SELF_TEST')).toHaveLength(1)
    await sendAsync(panel, 'SELF_TEST_STARTED')
    const report = await runSelfTestAsync(createFakeFigJam())
    await sendAsync(panel, 'SELF_TEST_DONE', report)

    const region = page.getByRole('region', { name: 'FigJam self-test' })
    await region
      .getByText(`All ${String(report.facts.length)} facts hold in this FigJam.`)
      .waitFor()
    const facts = region.getByRole('listitem')
    await expect.poll(() => facts.count()).toBe(Object.keys(SELF_TEST_FACTS).length)
    await expect.poll(() => region.getByText('Passed', { exact: true }).count()).toBe(12)
    const links = await region
      .getByRole('link', { name: 'Figma docs' })
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
    expect(links).toEqual(Object.values(SELF_TEST_FACTS).map((fact) => fact.doc))
    const text = region.getByRole('textbox', { name: 'Self-test report as text' })
    expect(await text.inputValue()).toBe(formatSelfTestReport(translator('en'), report))
    await page.screenshot({ path: join(ASSETS, 'panel-self-test.png') })

    await region.getByRole('button', { name: 'Copy report' }).click()
    await region.getByText(/Copied\.|Select the text above/).waitFor()
    await region.getByRole('button', { name: 'Close report' }).click()
    await expect.poll(() => region.count()).toBe(0)
  })

  it('shows a fact that does not hold as failed, with what was seen', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard() })
    const report = await runSelfTestAsync(createFakeFigJam())
    const [first, ...rest] = report.facts
    if (first === undefined) throw new Error('no facts')
    const failed = { id: first.id, passed: false, failure: { raw: 'mixed fonts' } } as const
    await sendAsync(panel, 'SELF_TEST_DONE', { ...report, facts: [failed, ...rest] })
    const region = page.getByRole('region', { name: 'FigJam self-test' })
    await region.getByText(`1 of ${String(report.facts.length)} facts do not hold`).waitFor()
    const item = region.getByRole('listitem').filter({ hasText: 'Failed' })
    expect(await item.textContent()).toContain(
      `${selfTestFactText(translator('en'), first.id)} (mixed fonts)`,
    )
  })
})
