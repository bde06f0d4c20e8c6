import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'

import { seriousAxeViolationsAsync } from './axe-check'
import { launchChromiumAsync } from './launch-chromium'
import { MainThreadStandIn, type MainThreadStandInOptions } from './main-thread-stand-in'
import { type FigmaTheme, PanelPage } from './panel-page'
import { readUiBundleAsync } from './ui-bundle'

/** A panel opened for one test, with the stand-in main thread answering it. */
export interface OpenedPanel {
  main: MainThreadStandIn
  panel: PanelPage
  page: Page
}

/** Opens panels in a shared Chromium for the tests of one file. */
export type OpenPanelAsync = (
  options: MainThreadStandInOptions,
  theme?: FigmaTheme,
  /** The browser's language, e.g. `fi-FI`; `en-US` by default. */
  locale?: string,
) => Promise<OpenedPanel>

/**
 * Registers the hooks of a browser test file: one Chromium for the file, the built panel, and
 * after each test an axe check of every panel still open (its last state) and a check that no
 * page error happened. Call at the top of a `describe`.
 */
export function usePanelSession(): OpenPanelAsync {
  let browser: Browser
  let uiBundle: string
  const panels: PanelPage[] = []

  beforeAll(async () => {
    uiBundle = await readUiBundleAsync()
    browser = await launchChromiumAsync()
  }, 180_000)

  afterEach(async () => {
    const violations = await Promise.all(
      panels.map((panel) => seriousAxeViolationsAsync(panel.page)),
    )
    const errors = panels.flatMap((panel) => panel.errors)
    await Promise.all(panels.splice(0).map((panel) => panel.closeAsync()))
    expect(errors).toEqual([])
    expect(violations.flat()).toEqual([])
  })

  afterAll(async () => {
    await browser.close()
  })

  return async (options, theme = 'light', locale = 'en-US') => {
    const main = new MainThreadStandIn(options)
    const panel = await PanelPage.openAsync(browser, uiBundle, main.respondAsync, theme, locale)
    panels.push(panel)
    panel.page.setDefaultTimeout(5_000)
    return { main, panel, page: panel.page }
  }
}

/** Asserts that axe finds no serious or critical WCAG 2.1 AA violation in the page as it is. */
export async function expectNoAxeViolationsAsync(page: Page): Promise<void> {
  expect(await seriousAxeViolationsAsync(page)).toEqual([])
}
