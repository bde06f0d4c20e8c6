import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import type { Browser } from 'playwright-core'
import { format, resolveConfig } from 'prettier'

import { readBoardAsync } from '../src/board/read-board-async'
import type { Board } from '../src/model/board'
import { launchChromiumAsync } from '../test/browser/launch-chromium'
import { MainThreadStandIn } from '../test/browser/main-thread-stand-in'
import { PanelPage } from '../test/browser/panel-page'
import { readUiBundleAsync } from '../test/browser/ui-bundle'
import { type BoardShape, generateBoardAsync } from './generate-board'
import { median } from './measure'

const SHAPES: readonly BoardShape[] = [
  { stickies: 5000, canvases: 50 },
  { stickies: 20000, canvases: 200 },
]
/** Targets of the issue, ms, by sticky count. */
const TARGETS: Readonly<Record<number, number>> = { 5000: 150, 20000: 600 }
/** Samples per board and panel build: each in a fresh page, after one untimed warm-up page. */
const SAMPLES = 7
const RESULTS_PATH = fileURLToPath(new URL('results.md', import.meta.url))
/** The panel bench's part of bench/results.md lies between these lines; the rest is kept. */
export const PANEL_BLOCK_START = '<!-- panel bench: written by npm run bench:panel -->'
export const PANEL_BLOCK_END = '<!-- end of panel bench -->'

/**
 * Run in the panel's page (a string, so no build tool's helpers end up in it): dispatches the
 * BOARD_READ message with `globalThis.benchBoard`, then checks once a frame for the canvas
 * reports (a `.canvas-report` in older builds, a `section` named by its canvas now);
 * `requestAnimationFrame` runs before the frame is painted, the task queued from it
 * after. Resolves to the ms until the first report is painted and until every canvas of the
 * board has its report painted.
 */
const TIME_CHECK_IN_PAGE = `new Promise((resolve, reject) => {
  const CANVAS_REPORT = '.canvas-report, section[aria-label]'
  const expected = globalThis.benchBoard.canvases.length
  const start = performance.now()
  let first = null
  const message = { pluginMessage: ['BOARD_READ', { board: globalThis.benchBoard, scope: 'page' }] }
  window.dispatchEvent(new MessageEvent('message', { data: message }))
  const painted = (check) => new Promise((done) => {
    const waitForReports = () => {
      if (performance.now() - start > 60000) reject(new Error('canvas reports missing after 60 s'))
      else if (!check()) requestAnimationFrame(waitForReports)
      else setTimeout(() => done(performance.now() - start), 0)
    }
    requestAnimationFrame(waitForReports)
  })
  painted(() => document.querySelector(CANVAS_REPORT) !== null)
    .then((ms) => {
      first = ms
      return painted(() => document.querySelectorAll(CANVAS_REPORT).length >= expected)
    })
    .then((all) => resolve({ first, all }), reject)
})`

/** ms from BOARD_READ to the first canvas report painted and to every canvas report painted. */
interface Timing {
  first: number
  all: number
}

/** A panel build to time: its name in the table and the text of its ui.js. */
interface PanelBuild {
  label: string
  bundle: string
}

/**
 * Opens the panel on the Check tab (it asks for the board at once), hands the page the board,
 * then times `TIME_CHECK_IN_PAGE` there. Returns ms to the first and to every canvas report.
 */
async function timeCheckAsync(browser: Browser, bundle: string, board: Board): Promise<Timing> {
  const standIn = new MainThreadStandIn({ board, opened: { tab: 'check' }, answerReads: false })
  const panel = await PanelPage.openAsync(browser, bundle, standIn.respondAsync)
  try {
    for (let waited = 0; panel.payloads('READ_BOARD').length === 0; waited += 20) {
      if (waited > 20_000) throw new Error('the panel never asked for the board')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await panel.page.evaluate(`globalThis.benchBoard = ${JSON.stringify(board)}`)
    const timing = await panel.page.evaluate<Timing>(TIME_CHECK_IN_PAGE)
    if (panel.errors.length > 0) throw new Error(panel.errors.join('\n'))
    return timing
  } finally {
    await panel.closeAsync()
  }
}

const formatMs = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1))

/** Medians in ms by build label, then by sticky count. */
type Medians = Map<string, Map<number, Timing>>

function panelTable(medians: Medians): string {
  const cell = (ms: number, target: number): string =>
    `${formatMs(ms)} ms (${ms < target ? 'holds' : 'misses'})`
  const header = [
    '| Panel build | ',
    SHAPES.map((shape) => {
      const stickies = shape.stickies.toLocaleString('en')
      const target = String(TARGETS[shape.stickies])
      return `${stickies} stickies, first report (target ${target} ms) | ${stickies} stickies, every report (target ${target} ms)`
    }).join(' | '),
    ' |',
  ].join('')
  const rows = [...medians].map(
    ([label, byShape]) =>
      `| ${label} | ${SHAPES.map((shape) => {
        const timing = byShape.get(shape.stickies) ?? { first: Number.NaN, all: Number.NaN }
        const target = TARGETS[shape.stickies] ?? Number.POSITIVE_INFINITY
        return `${cell(timing.first, target)} | ${cell(timing.all, target)}`
      }).join(' | ')} |`,
  )
  return [header, `|---|${SHAPES.map(() => '--:|--:|').join('')}`, ...rows].join('\n')
}

/** bench/results.md with the panel block replaced by `block` (appended when missing). */
function withPanelBlock(results: string, block: string): string {
  const start = results.indexOf(PANEL_BLOCK_START)
  const end = results.indexOf(PANEL_BLOCK_END)
  const wrapped = `${PANEL_BLOCK_START}\n\n${block}\n\n${PANEL_BLOCK_END}`
  if (start === -1 || end === -1) return `${results.trimEnd()}\n\n${wrapped}\n`
  return `${results.slice(0, start)}${wrapped}${results.slice(end + PANEL_BLOCK_END.length)}`
}

/**
 * `npm run bench:panel [-- --before OLD_UI_JS --before-label NAME]`: times what a facilitator waits for after pressing
 * Check, in Chromium (playwright-core, test/browser/) with the built panel (build/ui.js, built
 * first when stale) and the test's stand-in main thread: from the BOARD_READ message arriving
 * in the panel to the findings painted, on generated boards of 5,000 and 20,000 stickies
 * (bench/generate-board.ts, read by the plugin's reader). `--before` adds a row for another
 * build of the panel, e.g. one built from an earlier commit. Writes its table into
 * bench/results.md between `PANEL_BLOCK_START` and `PANEL_BLOCK_END`.
 */
async function mainAsync(): Promise<void> {
  const { values } = parseArgs({
    options: { before: { type: 'string' }, 'before-label': { type: 'string', default: 'before' } },
  })
  const builds: PanelBuild[] = []
  if (values.before !== undefined) {
    builds.push({ label: values['before-label'], bundle: readFileSync(values.before, 'utf8') })
  }
  builds.push({ label: 'this build (build/ui.js)', bundle: await readUiBundleAsync() })
  const browser = await launchChromiumAsync()
  const medians: Medians = new Map(builds.map((build) => [build.label, new Map<number, Timing>()]))
  try {
    for (const shape of SHAPES) {
      const { figma } = await generateBoardAsync(shape)
      const board = await readBoardAsync(figma, 'page')
      for (const build of builds) {
        await timeCheckAsync(browser, build.bundle, board)
        const samples: Timing[] = []
        for (let sample = 0; sample < SAMPLES; sample += 1) {
          samples.push(await timeCheckAsync(browser, build.bundle, board))
        }
        const first = median(samples.map((timing) => timing.first))
        const all = median(samples.map((timing) => timing.all))
        medians.get(build.label)?.set(shape.stickies, { first, all })
        process.stdout.write(
          `${build.label}, ${String(shape.stickies)} stickies: ${samples.map((timing) => `${formatMs(timing.first)}/${formatMs(timing.all)}`).join(', ')} ms (first/every report)\n`,
        )
      }
    }
  } finally {
    await browser.close()
  }
  const block = [
    '## The panel after pressing Check (Chromium)',
    '',
    `From the BOARD_READ message arriving in the panel to the findings painted: the frame after the first canvas report is in the document (what the facilitator sees first; the target) and the frame after every canvas of the board has its report (the Check tab draws a few canvas reports a frame), median of ${String(SAMPLES)} samples, each in a fresh page after one untimed page; headless Chromium (\`/usr/bin/chromium\`) through playwright-core, the built panel and the browser tests' stand-in main thread (bench/panel-bench.ts, \`npm run bench:panel\`).`,
    '',
    panelTable(medians),
  ].join('\n')
  const results = withPanelBlock(readFileSync(RESULTS_PATH, 'utf8'), block)
  const formatted = await format(results, {
    ...(await resolveConfig(RESULTS_PATH)),
    parser: 'markdown',
  })
  writeFileSync(RESULTS_PATH, formatted)
  process.stdout.write(`\n${block}\n\nWritten to ${RESULTS_PATH}.\n`)
}

await mainAsync()
