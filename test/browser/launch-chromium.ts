import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { type Browser, chromium } from 'playwright-core'

/** Debian's Chromium, which .ci/run installs. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/** The command that installs a Chromium the tests can drive, named when none is found. */
export const INSTALL_CHROMIUM = 'sudo apt-get install chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

/** No browser can run the tests. Its message is one line, and it carries no stack trace. */
export class ChromiumMissingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ChromiumMissingError'
    this.stack = message
  }
}

/** True when `path` is a browser that starts here (`--version` exits 0 within 30 s). */
function starts(path: string): boolean {
  if (!existsSync(path)) return false
  const run = spawnSync(path, ['--version'], { stdio: 'ignore', timeout: 30_000 })
  return run.status === 0
}

/**
 * The Chromium that the npm package @sparticuz/chromium (a dev dependency) carries inside it,
 * for Linux x64 only; unpacked into the system's temporary folder on first use (a few seconds).
 */
async function packagedChromiumAsync(): Promise<string | undefined> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined
  try {
    const { default: packaged } = await import('@sparticuz/chromium')
    return await packaged.executablePath()
  } catch {
    return undefined
  }
}

async function findAsync(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH
  if (chosen !== undefined && chosen !== '') {
    if (starts(chosen)) return chosen
    throw new ChromiumMissingError(
      `CHROMIUM_PATH=${chosen} does not start a browser: point it at Chrome or Chromium, or unset it and run: ${INSTALL_CHROMIUM}`,
    )
  }
  if (starts(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM
  const packaged = await packagedChromiumAsync()
  if (packaged !== undefined && starts(packaged)) return packaged
  throw new ChromiumMissingError(
    `No Chromium for the browser tests: run "${INSTALL_CHROMIUM}" (Debian, Ubuntu) or set CHROMIUM_PATH to Chrome or Chromium.`,
  )
}

let found: Promise<string> | undefined

/**
 * The Chromium the browser tests drive, the first of these that starts: `$CHROMIUM_PATH` (e.g.
 * Chrome on a Mac), Debian's /usr/bin/chromium, the one inside @sparticuz/chromium (Linux x64).
 * Looked up once per process.
 * @throws ChromiumMissingError when none starts, in one line naming the command that installs one
 */
export function findChromiumAsync(): Promise<string> {
  found ??= findAsync()
  return found
}

/** Starts headless Chromium for browser tests; close it in `afterAll`. */
export async function launchChromiumAsync(): Promise<Browser> {
  const executablePath = await findChromiumAsync()
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
}
