import { join, resolve } from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { pressUntilFocusedAsync } from './keyboard-focus'
import { type FigmaTheme, PANEL_SIZE } from './panel-page'
import { expectNoAxeViolationsAsync, usePanelSession } from './panel-session'
import { workshopBoard } from './workshop-board'

const ASSETS = resolve(import.meta.dirname, '../../assets')

/** The panel's CSS viewport at 200% zoom (or text size): half its width and height, px. */
const ZOOMED_SIZE = { width: PANEL_SIZE.width / 2, height: PANEL_SIZE.height / 2 }

/**
 * Elements of the panel that stick out of the viewport sideways or make a box scroll sideways,
 * by tag and text. The export preview's text scrolls inside its box by design and is left out.
 */
async function sidewaysOverflowAsync(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const page = document.scrollingElement
    const problems =
      page !== null && page.scrollWidth > width ? [`page scrolls: ${page.scrollWidth}px`] : []
    for (const element of document.querySelectorAll<HTMLElement>('#create-figma-plugin *')) {
      if (element.closest('textarea, svg') !== null || element.getClientRects().length === 0) {
        continue
      }
      const rect = element.getBoundingClientRect()
      const text = (element.getAttribute('aria-label') ?? element.textContent).slice(0, 40)
      if (rect.right > width + 0.5)
        problems.push(`${element.tagName} "${text}" ends at ${rect.right}px`)
      const overflowX = getComputedStyle(element).overflowX
      if (overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${element.tagName} "${text}" scrolls sideways`)
      }
    }
    return problems
  })
}

describe('the panel in FigJam light and dark themes and at 200% zoom', () => {
  const openAsync = usePanelSession()

  for (const theme of ['light', 'dark'] as const satisfies FigmaTheme[]) {
    it(`meets WCAG AA in the ${theme} theme on every tab, with notices, and shows focus`, async () => {
      const { panel, page } = await openAsync({ board: workshopBoard() }, theme)
      await page.getByRole('radio', { name: 'API Business Goals', exact: true }).waitFor()
      await expectNoAxeViolationsAsync(page)
      await page.getByRole('button', { name: 'Place API Business Goals' }).click()
      await page.getByText('Placed the API Business Goals on the board.').waitFor()
      await expectNoAxeViolationsAsync(page)

      await page.getByRole('tab', { name: 'Check' }).click()
      await page.getByRole('button', { name: 'Check again' }).waitFor()
      await expectNoAxeViolationsAsync(page)
      await panel.sendAsync('SELECTION_CHANGED', { selectionCount: 2 })
      await page.getByRole('button', { name: 'Link selected' }).click()
      await page.getByRole('alert').waitFor()
      await expectNoAxeViolationsAsync(page)

      await page.getByRole('tab', { name: 'Check' }).focus()
      await pressUntilFocusedAsync(
        page,
        'button: ErrorGain “Payouts match orders without spreadsheets” in “Gains” has no gain creator linked to it.',
      )
      await page.screenshot({ path: join(ASSETS, `panel-focus-${theme}.png`) })

      await page.getByRole('tab', { name: 'Export' }).click()
      await page.getByLabel('Format to export').selectOption({ label: 'Canvas Creator' })
      await page.getByLabel('File to preview and download').waitFor()
      await expectNoAxeViolationsAsync(page)
    })
  }

  for (const tab of ['templates', 'check', 'export'] as const) {
    it(`holds its ${tab} tab at 200% zoom without sideways scrolling or clipping`, async () => {
      const { page } = await openAsync({ board: workshopBoard(), opened: { tab } })
      await page.setViewportSize(ZOOMED_SIZE)
      await page.getByRole('tabpanel').waitFor()
      if (tab !== 'templates')
        await page.getByRole('button', { name: /^(Check again|Download)$/ }).waitFor()
      expect(await sidewaysOverflowAsync(page)).toEqual([])
      await expectNoAxeViolationsAsync(page)
    })
  }
})
