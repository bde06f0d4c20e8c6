import { ChromiumMissingError, findChromiumAsync } from './launch-chromium'

/**
 * First step of `npm test`: finds the Chromium the browser tests will drive (unpacking the one
 * inside @sparticuz/chromium when it is the one), or stops the run at once with one line that
 * names the command installing one, before the slower steps begin.
 */
try {
  await findChromiumAsync()
} catch (error) {
  if (!(error instanceof ChromiumMissingError)) throw error
  process.stderr.write(`${error.message}\n`)
  process.exitCode = 1
}
