import { type Browser, chromium } from 'playwright-core'

/**
 * The Chromium the browser tests drive: `$CHROMIUM_PATH` when set (e.g. Chrome on a Mac), else
 * Debian's. Tests never download a browser of their own.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

/** Starts headless Chromium for browser tests; close it in `afterAll`. */
export async function launchChromiumAsync(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
}
