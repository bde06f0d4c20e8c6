import { mkdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import * as z from 'zod/mini'

import { formatCheckReportAsync } from '../../src/cli/check-report'
import { LOCALES, localeSchema } from '../../src/locale/locales'
import { loadSampleWorkshop, runWorkshopAsync } from './demo-board'
import { runSecondSessionAsync } from './second-session'
import { demoToolFiles } from './tool-files'

const outDir = new URL('../../out/', import.meta.url)

/** `--locale <de|en|fi|fr|pt>`: the language the demo's canvases are placed in; default en. */
function demoLocale(): z.infer<typeof localeSchema> {
  const { values } = parseArgs({ options: { locale: { type: 'string', default: 'en' } } })
  const locale = localeSchema.safeParse(values.locale)
  if (!locale.success) {
    throw new Error(`--locale must be one of ${LOCALES.join(', ')}; got "${values.locale}".`)
  }
  return locale.data
}

/**
 * Runs the sample workshop on an in-memory board in the language `--locale` names and writes
 * every export to out/, printing the check's text report (as `api-canvas check` words it) and
 * the files written.
 */
async function runDemoAsync(): Promise<void> {
  const workshop = loadSampleWorkshop()
  const demo = await runWorkshopAsync(workshop, demoLocale())
  const files = new Map([
    ['board.json', demo.json],
    ['board.md', demo.markdown],
    ['board.csv', demo.csv],
    ['board.svg', demo.svg],
  ])
  for (const [name, text] of demoToolFiles(demo, await runSecondSessionAsync(demo))) {
    files.set(name, text)
  }
  mkdirSync(outDir, { recursive: true })
  for (const [name, text] of files) writeFileSync(new URL(name, outDir), text)

  console.log(`${workshop.title}\n`)
  console.log(await formatCheckReportAsync(demo.board, demo.result, 'text', 'never'))
  for (const name of files.keys()) console.log(`out/${name}`)
}

runDemoAsync().catch((cause: unknown) => {
  console.error(cause instanceof Error ? cause.message : cause)
  process.exitCode = 1
})
