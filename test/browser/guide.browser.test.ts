import { join, resolve } from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { parseMethodTemplateId } from '../../src/method/method-template-id'
import type { Board } from '../../src/model/board'
import { plannedPlacementSchema } from '../../src/model/planned-placement'
import { type PluginDataEntry, stationTickEntry } from '../../src/model/station-ticks'
import { boardOf, placedMethodCanvas } from '../method-board-helpers'
import { readNote } from '../note-factory'
import { focusStateAsync, pressUntilFocusedAsync } from './keyboard-focus'
import { expectNoAxeViolationsAsync, type OpenedPanel, usePanelSession } from './panel-session'

/** A SYNC_TICKS payload that writes a tick (not the read on opening). */
const isSave = (payload: unknown): boolean => payload !== null

const ASSETS = resolve(import.meta.dirname, '../../assets')
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

describe('the Guide tab in Chromium', () => {
  const openAsync = usePanelSession()

  async function openGuideAsync(stationTicks: PluginDataEntry[]): Promise<OpenedPanel> {
    const opened = await openAsync({ board: halfwayBoard(), stationTicks })
    await opened.page.getByRole('tab', { name: 'Guide' }).click()
    await opened.page.getByText(/^Where you are: /).waitFor()
    return opened
  }

  const currentStation = (page: Page) => page.locator('details[data-state="current"]')

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
    await page.getByText('Where you are: API Product Strategy', { exact: true }).waitFor()
    const alert = page.getByRole('alert')
    await expect
      .poll(() => alert.textContent())
      .toMatch(/A criteria tick on this page could not be read/)
    const canvases = currentStation(page).getByRole('list', { name: /^Canvases of / })
    await expect
      .poll(() => canvases.getByRole('listitem').allTextContents())
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
    await page.getByRole('button', { name: 'Tick: Business goals are defined.' }).click()
    await page.getByText('Evidence: Goals canvas, row 2').waitFor()
    expect(panel.payloads('SYNC_TICKS').filter(isSave)).toHaveLength(1)
    expect(await page.getByRole('alert').count()).toBe(1)
    await page.screenshot({ path: join(ASSETS, 'panel-guide.png') })

    await expectNoAxeViolationsAsync(page)
    await page.getByRole('tab', { name: 'Export' }).click()
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
    await page.getByRole('combobox', { name: 'Language of the guide' }).selectOption('de')
    await page.getByText('Where you are: API-Produktstrategie', { exact: true }).waitFor()
    await page.getByText('Die Geschäftsziele sind definiert.').waitFor()
    await page.screenshot({ path: join(ASSETS, 'panel-guide-de.png') })

    await page
      .getByRole('button', { name: /^Place the canvases of this station \(2\): / })
      .first()
      .click()
    await expect.poll(() => panel.payloads('PLACE_CANVASES')).toHaveLength(1)
    const [placement] = panel.payloads('PLACE_CANVASES')
    const { canvases } = plannedPlacementSchema.parse(placement)
    expect(canvases.map((canvas) => parseMethodTemplateId(canvas.definition.id))).toEqual([
      { canvasId: 'domainCanvas', locale: 'de' },
      { canvasId: 'apiBusinessModelCanvas', locale: 'de' },
    ])
  })

  it('is reached and ticked by keyboard alone, focus never lost', async () => {
    const { panel, page } = await openAsync({ board: halfwayBoard() })
    await page.getByRole('tab', { name: 'Templates' }).waitFor()
    await pressUntilFocusedAsync(page, 'tab: Templates')
    await page.keyboard.press('End')
    await expect
      .poll(() => focusStateAsync(page))
      .toEqual({ where: 'tab: Facilitate', visible: true })
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => focusStateAsync(page)).toEqual({ where: 'tab: Guide', visible: true })
    await page.getByText('Where you are: API Product Strategy', { exact: true }).waitFor()
    await pressUntilFocusedAsync(page, 'combobox: Language of the guide')
    const criterion = 'checkbox: Business goals are defined.'
    await pressUntilFocusedAsync(page, criterion)
    await page.keyboard.press('Space')
    await pressUntilFocusedAsync(page, 'textbox: Evidence for: Business goals are defined.')
    await page.keyboard.type('Goals canvas, row 2')
    await page.keyboard.press('Enter')
    await page.getByText('Evidence: Goals canvas, row 2').waitFor()
    await expect.poll(() => focusStateAsync(page)).toEqual({ where: criterion, visible: true })
    expect(panel.payloads('SYNC_TICKS').filter(isSave)).toHaveLength(1)
    await expectNoAxeViolationsAsync(page)
  })
})
