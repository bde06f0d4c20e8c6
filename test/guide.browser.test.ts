import { join, resolve } from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { uiToMainSchemas } from '../src/message-schemas'
import { parseMethodTemplateId } from '../src/method/method-template-id'
import type { Board } from '../src/model/board'
import { stationTickEntry, type PluginDataEntry } from '../src/model/station-ticks'
import { launchChromiumAsync } from './browser/launch-chromium'
import { MainThreadStandIn } from './browser/main-thread-stand-in'
import { PanelPage, type PanelMessage } from './browser/panel-page'
import { readUiBundleAsync } from './browser/ui-bundle'
import { boardOf, placedMethodCanvas, readNote } from './method-board-helpers'

const ASSETS = resolve(import.meta.dirname, '../assets')
const CYCLE = 'api-productization-cycle'
const STATION = 'api-product-strategy'

/** The customer journey and value proposition canvases filled; the other two not placed. */
function halfwayBoard(): Board {
  const fill = (prefix: string, areas: string[]) =>
    Object.fromEntries(
      areas.map((area, index) => [area, [readNote(`${prefix}${index}`, `${area} note`)]]),
    )
  return boardOf(
    placedMethodCanvas(
      '1:1',
      'customerJourneyCanvas',
      'en',
      fill('j', ['pains', 'gains', 'persona']),
    ),
    placedMethodCanvas(
      '1:2',
      'apiValuePropositionCanvas',
      'en',
      fill('v', ['tasks', 'gainEnablingFeatures', 'painRelievingFeatures', 'apiProducts']),
    ),
  )
}

/** The page's shared plugin data as the main thread keeps it: READ/SAVE answered with it. */
function tickStore(initial: PluginDataEntry[]) {
  const entries = new Map(initial.map((entry) => [entry.key, entry.value]))
  return async (message: PanelMessage, panel: PanelPage): Promise<boolean> => {
    if (message.name === 'SAVE_STATION_TICK') {
      const { key, value } = uiToMainSchemas.SAVE_STATION_TICK.parse(message.payload)
      if (value === '') entries.delete(key)
      else entries.set(key, value)
    } else if (message.name !== 'READ_STATION_TICKS') return false
    await panel.sendAsync('STATION_TICKS', {
      entries: [...entries].map(([key, value]) => ({ key, value })),
    })
    return true
  }
}

describe('the Guide tab in Chromium', () => {
  let browser: Browser
  let uiBundle: string
  const panels: PanelPage[] = []

  beforeAll(async () => {
    uiBundle = await readUiBundleAsync()
    browser = await launchChromiumAsync()
  }, 180_000)

  afterEach(async () => {
    const errors = panels.flatMap((panel) => panel.errors)
    await Promise.all(panels.splice(0).map((panel) => panel.closeAsync()))
    expect(errors).toEqual([])
  })

  afterAll(async () => {
    await browser.close()
  })

  async function openGuideAsync(
    entries: PluginDataEntry[],
  ): Promise<{ panel: PanelPage; page: Page }> {
    const main = new MainThreadStandIn({ board: halfwayBoard() })
    const ticks = tickStore(entries)
    const panel = await PanelPage.openAsync(browser, uiBundle, async (message, page) => {
      if (!(await ticks(message, page))) await main.respondAsync(message, page)
    })
    panels.push(panel)
    const { page } = panel
    page.setDefaultTimeout(5_000)
    await page
      .locator('label', { has: page.getByRole('radio', { name: 'Guide', exact: true }) })
      .click()
    await page.getByText(/^Where you are: /).waitFor()
    return { panel, page }
  }

  it('shows where the team is, takes a tick with evidence, reports a damaged tick once', async () => {
    const ticked = stationTickEntry({
      cycleId: CYCLE,
      stationId: STATION,
      criterionId: 'market-research-done',
      note: 'Interviews with 5 shops, see the journey canvas',
      tickedAt: '2026-12-01T09:00:00Z',
    })
    const { panel, page } = await openGuideAsync([
      ticked,
      { key: `tick.v1:${CYCLE}:${STATION}:stakeholder-approval`, value: '{"version":1' },
    ])
    await expect
      .poll(() => page.locator('.guide-where').textContent())
      .toBe('Where you are: API Product Strategy')
    const alert = page.getByRole('alert')
    await expect
      .poll(() => alert.textContent())
      .toMatch(/A criteria tick on this page could not be read/)
    const station = page.locator('.guide-station[data-state="current"]')
    await expect
      .poll(() => station.locator('.guide-list li').allTextContents())
      .toEqual([
        'Customer Journey Canvas: on the board, 3 / 9 areas with notes, not fit yet',
        'Domain Canvas: not on the board',
        'API Value Proposition Canvas: on the board, 4 / 4 areas with notes',
        'API Business Model Canvas: not on the board',
      ])
    await page.getByText('Evidence: Interviews with 5 shops, see the journey canvas').waitFor()

    await page.getByRole('checkbox', { name: 'Business goals are defined.' }).check()
    await page
      .getByRole('textbox', { name: /^Evidence for: Business goals/ })
      .fill('Goals canvas, row 2')
    await page.getByRole('button', { name: 'Tick', exact: true }).click()
    await page.getByText('Evidence: Goals canvas, row 2').waitFor()
    expect(panel.payloads('SAVE_STATION_TICK')).toHaveLength(1)
    expect(await page.getByRole('alert').count()).toBe(1)
    await page.screenshot({ path: join(ASSETS, 'panel-guide.png') })

    await page
      .locator('label', { has: page.getByRole('radio', { name: 'Export', exact: true }) })
      .click()
    const preview = page.locator('#export-preview')
    await expect
      .poll(() => preview.inputValue())
      .toContain('## Station report: API Productization Cycle')
    expect(await preview.inputValue()).toMatch(
      /\[x\] Business goals are defined\. Evidence: Goals canvas, row 2/,
    )
  })

  it('speaks German and places the station’s missing canvases in German, in one go', async () => {
    const { panel, page } = await openGuideAsync([])
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de')
    await expect
      .poll(() => page.locator('.guide-where').textContent())
      .toBe('Where you are: API-Produktstrategie')
    await page.getByText('Die Geschäftsziele sind definiert.').waitFor()
    await page.screenshot({ path: join(ASSETS, 'panel-guide-de.png') })

    await page.getByRole('button', { name: 'Place the canvases of this station (2)' }).click()
    await expect.poll(() => panel.payloads('PLACE_CANVASES')).toHaveLength(1)
    const [placement] = panel.payloads('PLACE_CANVASES')
    const { canvases } = uiToMainSchemas.PLACE_CANVASES.parse(placement)
    expect(canvases.map((canvas) => parseMethodTemplateId(canvas.definition.id))).toEqual([
      { canvasId: 'domainCanvas', locale: 'de' },
      { canvasId: 'apiBusinessModelCanvas', locale: 'de' },
    ])
  })
})
