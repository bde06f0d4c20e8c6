import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'

import { format, resolveConfig } from 'prettier'

import { placeTemplateAsync } from '../src/board/place-template-async'
import { readBoardAsync } from '../src/board/read-board-async'
import { workshopCanvases } from '../src/canvas/canvas-catalog'
import { exportJson } from '../src/export/board-export'
import { exportCsv } from '../src/export/export-csv'
import { exportMarkdown } from '../src/export/export-markdown'
import { checkBoard } from '../src/fit/check-board'
import { suggestMatches } from '../src/fit/suggest-matches'
import type { Board } from '../src/model/board'
import { createFakeFigJam } from '../test/fake-figjam/fake-figjam'
import { generateBoardAsync, type BoardShape } from './generate-board'
import {
  collectsGarbageBetweenRuns,
  tallyHostCalls,
  timeAsync,
  type HostCallTally,
  type Timing,
  type TimingPlan,
} from './measure'

const SIZES: readonly (BoardShape & { plan: TimingPlan })[] = [
  { stickies: 500, canvases: 10, plan: { warmUps: 3, runs: 9 } },
  { stickies: 5000, canvases: 50, plan: { warmUps: 2, runs: 7 } },
  { stickies: 20000, canvases: 200, plan: { warmUps: 1, runs: 5 } },
]

/** What the bench times on every board, in table order. */
const OPERATIONS = [
  'read',
  'check',
  'suggest',
  'json',
  'markdown',
  'csv',
  'checkAndMarkdown',
] as const
type Operation = (typeof OPERATIONS)[number]

const OPERATION_NAMES: Record<Operation, string> = {
  read: 'Read the board',
  check: 'Check (fit and cross-canvas)',
  suggest: 'Suggested matches',
  json: 'JSON export',
  markdown: 'Markdown export',
  csv: 'CSV export',
  checkAndMarkdown: 'Check + Markdown export',
}

/** Targets of the issue; `checkAndMarkdown` at 5,000 stickies, growth from 5,000 to 20,000. */
const TARGETS = {
  stickyReads: 6,
  checkAndMarkdownMs: 100,
  growth: 4.5,
} as const

interface BoardResult {
  shape: BoardShape
  notes: number
  connectors: number
  tagPairs: number
  readCalls: HostCallTally
  /** Host calls made by the check, the suggestions and the exports together (all pure). */
  pureCalls: number
  timings: Record<Operation, Timing>
}

interface PlaceResult {
  title: string
  calls: HostCallTally
  fontLoads: ReadonlyMap<string, number>
}

const noteCount = (board: Board): number =>
  board.canvases.reduce(
    (sum, canvas) =>
      sum +
      canvas.strayNotes.length +
      canvas.areas.reduce((areaSum, area) => areaSum + area.notes.length, 0),
    0,
  )

async function benchBoardAsync(shape: BoardShape, plan: TimingPlan): Promise<BoardResult> {
  const generated = await generateBoardAsync(shape)
  const { figma } = generated
  const read = () => readBoardAsync(figma, 'page')
  figma.resetHostCalls()
  const board = await read()
  const readCalls = tallyHostCalls(figma.hostCalls)
  const readTiming = (await timeAsync(plan, read)).timing

  figma.resetHostCalls()
  const result = checkBoard(board)
  suggestMatches(board, result)
  exportJson(board, result)
  exportMarkdown(board, result)
  exportCsv(board)
  const pure = tallyHostCalls(figma.hostCalls)

  const time = async (run: () => unknown): Promise<Timing> => (await timeAsync(plan, run)).timing
  return {
    shape,
    notes: noteCount(board),
    connectors: generated.connectorCount,
    tagPairs: generated.tagPairCount,
    readCalls,
    pureCalls: pure.reads + pure.writes + pure.calls,
    timings: {
      read: readTiming,
      check: await time(() => checkBoard(board)),
      suggest: await time(() => suggestMatches(board, result)),
      json: await time(() => exportJson(board, result)),
      markdown: await time(() => exportMarkdown(board, result)),
      csv: await time(() => exportCsv(board)),
      checkAndMarkdown: await time(() => exportMarkdown(board, checkBoard(board))),
    },
  }
}

async function benchPlacementsAsync(): Promise<PlaceResult[]> {
  const results: PlaceResult[] = []
  for (const definition of workshopCanvases) {
    const figma = createFakeFigJam()
    await placeTemplateAsync(figma, definition)
    results.push({
      title: definition.title,
      calls: tallyHostCalls(figma.hostCalls),
      fontLoads: figma.fontLoads,
    })
  }
  return results
}

const count = (value: number): string => value.toLocaleString('en-US')
const ms = (value: number): string =>
  value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)
const ratio = (value: number): string => `${value.toFixed(2)}×`
const holds = (ok: boolean): string => (ok ? 'yes' : '**no**')

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

/** A GFM table; `align` has one letter per column, `l` or `r`. */
function table(
  header: readonly string[],
  align: string,
  rows: readonly (readonly string[])[],
): string[] {
  const rule = header.map((_, column) => (align.charAt(column) === 'r' ? '---:' : '---'))
  return [row(header), row(rule), ...rows.map(row)]
}

function report(boards: readonly BoardResult[], placements: readonly PlaceResult[]): string {
  const [, mid, large] = boards
  if (mid === undefined || large === undefined) throw new Error('three board sizes expected')
  const growth = (operation: Operation): number =>
    large.timings[operation].median / mid.timings[operation].median
  const perSticky = (board: BoardResult): number => board.readCalls.stickyReads / board.notes
  const [cpu] = cpus()

  const boardRows = [
    ...OPERATIONS.map((operation) => [
      `${OPERATION_NAMES[operation]}, ms`,
      ...boards.map((board) => ms(board.timings[operation].median)),
      ratio(growth(operation)),
    ]),
    [
      'Host reads per sticky (sticky members / all reads)',
      ...boards.map(
        (board) =>
          `${perSticky(board).toFixed(2)} / ${(board.readCalls.reads / board.notes).toFixed(2)}`,
      ),
      '',
    ],
    [
      'Host calls of a read: reads / writes / method calls',
      ...boards.map(
        (board) =>
          `${count(board.readCalls.reads)} / ${count(board.readCalls.writes)} / ${count(board.readCalls.calls)}`,
      ),
      ratio(large.readCalls.reads / mid.readCalls.reads),
    ],
    [
      'Host calls of check, suggestions and exports',
      ...boards.map((board) => count(board.pureCalls)),
      '',
    ],
  ]

  const placeRows = placements.map((placement) => [
    placement.title,
    count(placement.calls.reads),
    count(placement.calls.writes),
    count(placement.calls.calls),
    [...placement.fontLoads].map(([font, loads]) => `${font} ×${String(loads)}`).join(', '),
  ])

  const checkAndMarkdown = mid.timings.checkAndMarkdown.median
  const maxPerSticky = Math.max(...boards.map(perSticky))
  const growths = OPERATIONS.map((operation) => [operation, growth(operation)] as const)
  const worstGrowth = growths.reduce((worst, entry) => (entry[1] > worst[1] ? entry : worst))
  const oneLoadPerFont = placements.every((placement) =>
    [...placement.fontLoads.values()].every((loads) => loads === 1),
  )
  const targetRows = [
    [
      `At most ${String(TARGETS.stickyReads)} host property reads per sticky read`,
      `${maxPerSticky.toFixed(2)} at most`,
      holds(maxPerSticky <= TARGETS.stickyReads),
    ],
    [
      `Check + Markdown export of 5,000 stickies under ${String(TARGETS.checkAndMarkdownMs)} ms`,
      `${ms(checkAndMarkdown)} ms`,
      holds(checkAndMarkdown < TARGETS.checkAndMarkdownMs),
    ],
    [
      `Linear cost: 20,000 stickies at most ${String(TARGETS.growth)}× 5,000`,
      `${ratio(worstGrowth[1])} at most (${OPERATION_NAMES[worstGrowth[0]]})`,
      holds(worstGrowth[1] <= TARGETS.growth),
    ],
    [
      'Suggested matches compare no note with every other: 20,000 ÷ 5,000',
      ratio(growth('suggest')),
      holds(growth('suggest') <= TARGETS.growth),
    ],
    [
      'Placing a template: one font load per font',
      oneLoadPerFont ? 'one each' : 'more',
      holds(oneLoadPerFont),
    ],
  ]

  const described = boards
    .map(
      (board) =>
        `${count(board.notes)} notes (${count(board.connectors)} connectors, ${count(board.tagPairs)} tag pairs)`,
    )
    .join('; ')
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run-bench.ts). Boards are generated in the in-memory FigJam',
    '(bench/generate-board.ts): stickies spread evenly over the areas of API Value Proposition',
    'Canvases and API Canvases placed by the plugin, a third of the pain–reliever and gain–creator',
    `pairs joined by a connector and a third by a shared #tag: ${described}.`,
    '',
    `Wall time is the median of ${boards.map((board) => String(board.timings.read.runs.length)).join(' / ')} runs after warm-up runs${collectsGarbageBetweenRuns ? ', a full garbage collection before each' : ''}.`,
    'Host calls are counted by the in-memory FigJam: every property read and write and every',
    'method call, as each is a call into the host in FigJam’s sandbox.',
    `Machine: ${cpu?.model.trim() ?? 'unknown CPU'}, ${String(cpus().length)} cores, Node ${process.version},`,
    `load average ${loadavg()[0]?.toFixed(1) ?? '?'} when the bench started.`,
    '',
    '## Board operations',
    '',
    ...table(
      [
        '',
        ...boards.map(
          (board) =>
            `${count(board.shape.stickies)} stickies, ${count(board.shape.canvases)} canvases`,
        ),
        '20,000 ÷ 5,000',
      ],
      'lrrrr',
      boardRows,
    ),
    '',
    '## Placing a template (on an empty board)',
    '',
    ...table(
      ['Template', 'Host reads', 'Host writes', 'Method calls', 'Font loads'],
      'lrrrl',
      placeRows,
    ),
    '',
    '## Targets',
    '',
    ...table(['Target', 'Measured', 'Holds'], 'lll', targetRows),
    '',
  ].join('\n')
}

const loadAtStart = loadavg()[0] ?? 0
const boards: BoardResult[] = []
for (const { plan, ...shape } of SIZES) {
  process.stdout.write(`Benchmarking ${count(shape.stickies)} stickies…\n`)
  boards.push(await benchBoardAsync(shape, plan))
}
const placements = await benchPlacementsAsync()
const resultsUrl = new URL('results.md', import.meta.url)
const markdown = await format(report(boards, placements), {
  ...(await resolveConfig(resultsUrl)),
  parser: 'markdown',
})
writeFileSync(resultsUrl, markdown)
process.stdout.write(`\n${markdown}\nWritten to bench/results.md.\n`)
if (loadAtStart > cpus().length) {
  process.stdout.write(
    `Note: the load average was ${loadAtStart.toFixed(1)} on ${String(cpus().length)} cores when the bench started; times are inflated.\n`,
  )
}
