import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

import type { Browser, BrowserContext, Page } from 'playwright-core'

import type { MainToUiName, MainToUiPayload } from '../../src/messages'

/** A message the panel sent to the main thread: `emit(name, payload)` in the iframe. */
export interface PanelMessage {
  name: string
  payload: unknown
}

/** Answers the panel's messages as the main thread would, by sending messages back. */
export type MainThreadResponder = (message: PanelMessage, panel: PanelPage) => Promise<void>

const require = createRequire(import.meta.url)

/** Panel size the plugin opens with, px. */
export const PANEL_SIZE = { width: 360, height: 560 }

/** FigJam's light or dark theme: the class Figma puts on the iframe's body with `themeColors`. */
export type FigmaTheme = 'light' | 'dark'

function isPluginMessage(value: unknown): value is { pluginMessage: unknown[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'pluginMessage' in value &&
    Array.isArray(value.pluginMessage)
  )
}

/**
 * The built panel in a Chromium page, set up like Figma's plugin iframe: create-figma-plugin's
 * `showUI` markup (`#create-figma-plugin`, `theme-figjam`, `__FIGMA_COMMAND__`,
 * `__SHOW_UI_DATA__`) with build/ui.js inlined as `__html__`, and Figma's theme variables on a
 * `figma-light` (or `figma-dark`) body. The page is top-level, so `parent === window`: the panel's
 * `parent.postMessage({ pluginMessage })` calls are captured and handed to a responder in
 * Node, which answers with `message` events carrying `{ pluginMessage: [name, payload] }`.
 * `locale` is the browser's language (`navigator.languages`), the one the panel follows.
 */
export class PanelPage {
  readonly received: PanelMessage[] = []
  /** Uncaught errors in the page and failures of the responder. */
  readonly errors: string[] = []

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async openAsync(
    browser: Browser,
    uiBundle: string,
    respond: MainThreadResponder,
    theme: FigmaTheme = 'light',
    locale = 'en-US',
  ): Promise<PanelPage> {
    if (uiBundle.includes('</script')) {
      throw new Error('build/ui.js contains "</script", which would end the iframe script early')
    }
    const context = await browser.newContext({
      viewport: PANEL_SIZE,
      deviceScaleFactor: 2,
      acceptDownloads: true,
      locale,
    })
    const page = await context.newPage()
    const panel = new PanelPage(context, page)
    page.on('pageerror', (error) => {
      panel.errors.push(`page: ${error.message}`)
    })
    await page.exposeFunction('__panelToMain', async (raw: unknown) => {
      if (!isPluginMessage(raw)) return
      const [name, payload] = raw.pluginMessage
      if (typeof name !== 'string') return
      const message = { name, payload }
      panel.received.push(message)
      try {
        await respond(message, panel)
      } catch (error) {
        panel.errors.push(`main thread stand-in: ${String(error)}`)
      }
    })
    const themeCss = await readFile(
      require.resolve('@create-figma-plugin/ui/css/theme.css'),
      'utf8',
    )
    await page.setContent(
      [
        '<!doctype html><html><head><meta charset="utf-8">',
        `<style>${themeCss}</style></head><body class="figma-${theme}">`,
        '<script>window.postMessage = function (message) { window.__panelToMain(message) }</script>',
        '<div id="create-figma-plugin"></div>',
        `<script>document.body.classList.add('theme-figjam');const __FIGMA_COMMAND__='';const __SHOW_UI_DATA__={};${uiBundle}</script>`,
        '</body></html>',
      ].join(''),
    )
    return panel
  }

  /** Sends a message to the panel as the main thread's `sendToUi` would. */
  async sendAsync<N extends MainToUiName>(name: N, payload: MainToUiPayload<N>): Promise<void> {
    await this.sendUncheckedAsync(name, payload)
  }

  /** Sends a message whose payload may break its schema, as a buggy main thread could. */
  async sendUncheckedAsync(name: MainToUiName, payload: unknown): Promise<void> {
    await this.page.evaluate(
      (pluginMessage) => {
        window.dispatchEvent(new MessageEvent('message', { data: { pluginMessage } }))
      },
      [name, payload],
    )
  }

  /** Payloads of the messages with this name the panel sent so far, oldest first. */
  payloads(name: string): unknown[] {
    return this.received.filter((message) => message.name === name).map((m) => m.payload)
  }

  async closeAsync(): Promise<void> {
    await this.context.close()
  }
}
