import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { format, resolveConfig } from 'prettier'

import { readBoardAsync } from '../src/board/read-board-async'
import { workshopCanvases } from '../src/canvas/canvas-catalog'
import { exportJson } from '../src/export/board-export'
import { exportCsv } from '../src/export/export-csv'
import { exportMarkdown } from '../src/export/export-markdown'
import { checkBoard } from '../src/fit/check-board'
import { CANDIDATES_SCORED, suggestMatches } from '../src/fit/suggest-matches'
import type { Board } from '../src/model/board'
import type { CheckResult } from '../src/model/findings'
import { placeTemplateAsync } from '../test/board-helpers'
import { createFakeFigJam } from '../test/fake-figjam/fake-figjam'
import { parseBoardExport } from '../test/file-readers'
import { type BoardShape, generateBoardAsync } from './generate-board'
import {
  collectGarbage,
  collectsGarbage,
  EVICTION_BYTES,
  type HostCallTally,
  type MedianInterval,
  othersBusyCores,
  pairedGrowth,
  pairedGrowthInterval,
  pooledTiming,
  processorUse,
  repetitionsFor,
  type Sample,
  sampleAsync,
  tallyHostCalls,
  type Timing,
  timingOf,
} from './measure'

/**
 * Lines of bench/results.md from `KEPT_MARKER` on (the panel bench's table, notes and the run
 * history), which a run of this bench keeps as they are.
 */
export const KEPT_MARKER = '<!-- kept by npm run bench: panel bench, notes, run history -->'

function keptPart(resultsPath: string): string {
  let old: string
  try {
    old = readFileSync(resultsPath, 'utf8')
  } catch {
    return ''
  }
  const at = old.indexOf(KEPT_MARKER)
  return at === -1 ? '' : `\n\n${old.slice(at)}`
}

const SHAPES: readonly BoardShape[] = [
  { stickies: 500, canvases: 10 },
  { stickies: 5000, canvases: 50 },
  { stickies: 20000, canvases: 200 },
]

/**
 * Every sticky on one API Value Proposition Canvas: there suggested matches could compare each
 * pain or gain with the whole canvas.
 */
const ONE_CANVAS_SHAPES: readonly BoardShape[] = [
  { stickies: 5000, canvases: 1 },
  { stickies: 20000, canvases: 1 },
]

/**
 * How often every operation runs on every board: in `forks` processes one after another, each
 * with its own heap and compiled code (as JMH forks a benchmark's JVM, so that one process's
 * memory layout and compiler choices do not decide the result), `warmUps` unmeasured rounds
 * then `runs` measured ones.
 */
const PLAN = { forks: 3, warmUps: 3, runs: 17 } as const
/**
 * Measured rounds of suggested matches on one canvas in each process: a run takes most of a
 * second there, and no target rests on them.
 */
const ONE_CANVAS_RUNS = 5
/** A warm sample repeats an operation until it lasts about this long, ms (once for slow ones). */
const WARM_SAMPLE_SPAN_MS = 150

/**
 * How an operation was timed: `cold`, one run after the caches are cleared (the targets);
 * `warm`, runs back to back, as a comparison.
 */
type Mode = 'cold' | 'warm'
type Timings = Record<Mode, Timing>
const NO_TIMINGS: Timings = { cold: timingOf([]), warm: timingOf([]) }

/**
 * Runs in one sample of an operation, the same on every board, so that each board's sample
 * spreads whatever a run leaves behind (garbage, a grown heap) over as many runs. Set in the
 * warm-up rounds from the largest board: its warm sample lasts about `WARM_SAMPLE_SPAN_MS`.
 */
class SampleSize {
  repetitions = 1

  fit(largest: Sample): void {
    this.repetitions = repetitionsFor(largest, WARM_SAMPLE_SPAN_MS)
  }
}

/** Cold and warm samples of one operation on one board. */
class Samples {
  readonly cold: Sample[] = []
  readonly warm: Sample[] = []

  /** `sizes`: this board is the largest, whose warm-up samples set `size`. */
  constructor(
    private readonly size: SampleSize,
    private readonly sizes: boolean,
  ) {}

  /**
   * Runs `operation` once untimed, then takes a cold and a warm sample of it; keeps them unless
   * `round` is a warm-up. The untimed run does on a fresh board what only a first run does
   * (hashing its ids, growing the heap after the collection), so the samples of every board
   * time the same steady work.
   */
  async takeAsync(operation: () => unknown, round: number): Promise<void> {
    await operation()
    const mode = { repetitions: this.size.repetitions }
    const cold = await sampleAsync(operation, { ...mode, cold: true })
    const warm = await sampleAsync(operation, { ...mode, cold: false })
    if (round < PLAN.warmUps) {
      if (this.sizes) this.size.fit(warm)
      return
    }
    this.cold.push(cold)
    this.warm.push(warm)
  }

  timings(): Timings {
    return { cold: timingOf(this.cold), warm: timingOf(this.warm) }
  }
}

/** One `Samples` per board for an operation, sharing one `SampleSize`; the last board sizes it. */
function samplesPerBoard(boards: number): Samples[] {
  const size = new SampleSize()
  return Array.from({ length: boards }, (_, index) => new Samples(size, index === boards - 1))
}

/** What the bench times on every board, in table order. */
const OPERATIONS = [
  'read',
  'check',
  'suggest',
  'json',
  'markdown',
  'csv',
  'checkAndMarkdown',
  'reference',
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
  reference: 'Reference: `JSON.stringify` of the board',
}

/** Operations of the plugin, which the targets are about (`reference` is V8's own work). */
const PLUGIN_OPERATIONS = OPERATIONS.filter((operation) => operation !== 'reference')

/** Targets of the issue; `checkAndMarkdown` at 5,000 stickies, growth from 5,000 to 20,000. */
const TARGETS = {
  stickyReads: 6,
  checkAndMarkdownMs: 150,
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
  timings: Record<Operation, Timings>
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

/** A generated board, read once: its JSON export, and what reading it cost in host calls. */
interface BoardSubject extends Omit<BoardResult, 'timings'> {
  /** The board and its check as `exportJson` writes them: one string, cheap to keep around. */
  exported: string
}

/** Generates and reads a board; the in-memory FigJam is garbage once this returns. */
async function prepareBoardAsync(shape: BoardShape): Promise<BoardSubject> {
  const generated = await generateBoardAsync(shape)
  const { figma } = generated
  const read = () => readBoardAsync(figma, 'page')
  figma.resetHostCalls()
  const board = await read()
  const readCalls = tallyHostCalls(figma.hostCalls)

  figma.resetHostCalls()
  const result = checkBoard(board)
  suggestMatches(board, result)
  const exported = exportJson(board, result)
  exportMarkdown(board, result)
  exportCsv(board)
  const pure = tallyHostCalls(figma.hostCalls)
  return {
    shape,
    exported,
    notes: noteCount(board),
    connectors: generated.connectorCount,
    tagPairs: generated.tagPairCount,
    readCalls,
    pureCalls: pure.reads + pure.writes + pure.calls,
  }
}

/**
 * Times reading in rounds: in each, every board in turn is generated afresh, the heap collected,
 * and the board read cold, then warm; so only one in-memory FigJam is alive at a time and a
 * change in the machine's load touches all boards alike.
 */
async function benchReadsAsync(shapes: readonly BoardShape[]): Promise<Timings[]> {
  const samples = samplesPerBoard(shapes.length)
  for (let round = 0; round < PLAN.warmUps + PLAN.runs; round += 1) {
    for (const [index, shape] of shapes.entries()) {
      const { figma } = await generateBoardAsync(shape)
      collectGarbage()
      await samples[index]?.takeAsync(() => readBoardAsync(figma, 'page'), round)
    }
  }
  return samples.map((sample) => sample.timings())
}

const PURE_OPERATIONS: Record<
  Exclude<Operation, 'read'>,
  (board: Board, result: CheckResult) => unknown
> = {
  check: (board) => checkBoard(board),
  suggest: (board, result) => suggestMatches(board, result),
  json: (board, result) => exportJson(board, result),
  markdown: (board, result) => exportMarkdown(board, result),
  csv: (board) => exportCsv(board),
  checkAndMarkdown: (board) => exportMarkdown(board, checkBoard(board)),
  reference: (board) => JSON.stringify(board),
}

/**
 * Times the pure operations (`timed`, every one by default) in rounds: in each, every board in
 * turn is read back from its export, the heap collected, and the board put through every
 * operation, cold then warm (no collection is forced between operations: one right before an
 * operation would shrink V8's heap limit and charge it with collections it would not meet in
 * use). So a change in the machine's load touches all boards alike, and each operation sees only
 * its own board in memory, as the panel does.
 */
async function benchPureAsync(
  subjects: readonly BoardSubject[],
  timed: Partial<typeof PURE_OPERATIONS> = PURE_OPERATIONS,
  runs: number = PLAN.runs,
): Promise<Map<Exclude<Operation, 'read'>, Samples[]>> {
  const operations = Object.entries(timed) as [
    Exclude<Operation, 'read'>,
    (board: Board, result: CheckResult) => unknown,
  ][]
  const perOperation = new Map(
    operations.map(([operation]) => [operation, samplesPerBoard(subjects.length)]),
  )
  for (let round = 0; round < PLAN.warmUps + runs; round += 1) {
    for (const [index, subject] of subjects.entries()) {
      const { board, findings, fit } = parseBoardExport(subject.exported)
      const result: CheckResult = { findings, fit }
      collectGarbage()
      for (const [operation, run] of operations) {
        await perOperation.get(operation)?.[index]?.takeAsync(() => run(board, result), round)
      }
    }
  }
  return perOperation
}

async function benchBoardsAsync(shapes: readonly BoardShape[]): Promise<BoardResult[]> {
  const subjects: BoardSubject[] = []
  for (const shape of shapes) {
    process.stdout.write(`Generating and reading ${count(shape.stickies)} stickies…\n`)
    subjects.push(await prepareBoardAsync(shape))
  }
  process.stdout.write('Timing reads…\n')
  const reads = await benchReadsAsync(shapes)
  process.stdout.write('Timing check, suggestions and exports…\n')
  const pure = await benchPureAsync(subjects)
  return subjects.map((subject, index) => ({
    shape: subject.shape,
    notes: subject.notes,
    connectors: subject.connectors,
    tagPairs: subject.tagPairs,
    readCalls: subject.readCalls,
    pureCalls: subject.pureCalls,
    timings: Object.fromEntries(
      OPERATIONS.map((operation) => [
        operation,
        operation === 'read'
          ? (reads[index] ?? NO_TIMINGS)
          : (pure.get(operation)?.[index]?.timings() ?? NO_TIMINGS),
      ]),
    ) as Record<Operation, Timings>,
  }))
}

interface OneCanvasResult {
  shape: BoardShape
  suggest: Timings
}

/** Times suggested matches on `ONE_CANVAS_SHAPES`, in rounds as `benchPureAsync` does. */
async function benchOneCanvasAsync(shapes: readonly BoardShape[]): Promise<OneCanvasResult[]> {
  const subjects: BoardSubject[] = []
  for (const shape of shapes) {
    process.stdout.write(
      `Generating and reading ${count(shape.stickies)} stickies on one canvas…\n`,
    )
    subjects.push(await prepareBoardAsync(shape))
  }
  process.stdout.write('Timing suggested matches on one canvas…\n')
  const pure = await benchPureAsync(subjects, { suggest: PURE_OPERATIONS.suggest }, ONE_CANVAS_RUNS)
  return subjects.map((subject, index) => ({
    shape: subject.shape,
    suggest: pure.get('suggest')?.[index]?.timings() ?? NO_TIMINGS,
  }))
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

/** Size of the last-level cache as Linux reports it (e.g. `32768K`), or `unknown`. */
function lastLevelCache(): string {
  try {
    return readFileSync('/sys/devices/system/cpu/cpu0/cache/index3/size', 'utf8').trim()
  } catch {
    return 'unknown'
  }
}

const count = (value: number): string => value.toLocaleString('en-US')
const ms = (value: number): string =>
  value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)
/** CPU time comes in the kernel's ticks of a few ms, so below one ms it says little. */
const cpuMs = (value: number): string => (value < 1 ? '<1' : ms(value))
const ratio = (value: number): string => `${value.toFixed(2)}×`
/** A growth and the 95% confidence interval of it, e.g. `4.10× (3.95–4.31)`. */
const ratioWithin = (value: number, interval: MedianInterval): string =>
  `${ratio(value)} (${interval.low.toFixed(2)}–${interval.high.toFixed(2)})`
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

function report(
  boards: readonly BoardResult[],
  oneCanvas: readonly OneCanvasResult[],
  placements: readonly PlaceResult[],
  othersCores: number,
): string {
  const [, mid, large] = boards
  if (mid === undefined || large === undefined) throw new Error('three board sizes expected')
  const [oneMid, oneLarge] = oneCanvas
  if (oneMid === undefined || oneLarge === undefined)
    throw new Error('two one-canvas boards expected')
  const oneCanvasGrowth = pairedGrowth(oneLarge.suggest.cold, oneMid.suggest.cold)
  const growth = (operation: Operation, mode: Mode = 'cold'): number =>
    pairedGrowth(large.timings[operation][mode], mid.timings[operation][mode])
  const growthCell = (operation: Operation): string =>
    ratioWithin(
      growth(operation),
      pairedGrowthInterval(large.timings[operation].cold, mid.timings[operation].cold),
    )
  const perSticky = (board: BoardResult): number => board.readCalls.stickyReads / board.notes
  const [cpu] = cpus()

  const boardRows = [
    ...OPERATIONS.map((operation) => [
      `${OPERATION_NAMES[operation]}, ms (wall / CPU)`,
      ...boards.map(
        (board) =>
          `${ms(board.timings[operation].cold.median)} / ${cpuMs(board.timings[operation].cold.cpuMedian)}`,
      ),
      growthCell(operation),
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

  const sizeHeader = [
    '',
    ...boards.map(
      (board) => `${count(board.shape.stickies)} stickies, ${count(board.shape.canvases)} canvases`,
    ),
    '20,000 ÷ 5,000',
  ]
  const coldHeader = [...sizeHeader.slice(0, -1), '20,000 ÷ 5,000 (95% interval)']
  const warmRows = OPERATIONS.map((operation) => [
    `${OPERATION_NAMES[operation]}, ms`,
    ...boards.map((board) => ms(board.timings[operation].warm.median)),
    ratio(growth(operation, 'warm')),
  ])

  const placeRows = placements.map((placement) => [
    placement.title,
    count(placement.calls.reads),
    count(placement.calls.writes),
    count(placement.calls.calls),
    [...placement.fontLoads].map(([font, loads]) => `${font} ×${String(loads)}`).join(', '),
  ])

  const checkAndMarkdown = mid.timings.checkAndMarkdown.cold.median
  const checkAndMarkdownCpu = mid.timings.checkAndMarkdown.cold.cpuMedian
  const maxPerSticky = Math.max(...boards.map(perSticky))
  const growths = PLUGIN_OPERATIONS.map((operation) => [operation, growth(operation)] as const)
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
      `${ms(checkAndMarkdown)} ms (CPU ${ms(checkAndMarkdownCpu)} ms)`,
      holds(checkAndMarkdown < TARGETS.checkAndMarkdownMs),
    ],
    [
      `Linear cost: 20,000 stickies at most ${String(TARGETS.growth)}× 5,000`,
      `${growthCell(worstGrowth[0])} at most (${OPERATION_NAMES[worstGrowth[0]]})`,
      holds(worstGrowth[1] <= TARGETS.growth),
    ],
    [
      'Suggested matches compare no note with every other: 20,000 ÷ 5,000',
      growthCell('suggest'),
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
    `Times are medians of ${String(PLAN.forks * PLAN.runs)} samples, taken in ${String(PLAN.forks)} processes one after another (each with its own heap`,
    `and compiled code), ${String(PLAN.runs)} rounds in each after ${String(PLAN.warmUps)} warm-up rounds: wall time, and the CPU time`,
    'of the main thread, which load from other processes does not inflate. Reads run in rounds:',
    'each board in turn is generated afresh and read. Check, suggestions and exports run in',
    `rounds too: each board in turn is loaded from its JSON export${collectsGarbage ? ', the heap collected,' : ''} and every`,
    'operation sampled; so only one board is in memory, as in the panel, and a change in load',
    'touches all boards alike. On each fresh board an operation first runs once untimed (what',
    'only a first run does, such as hashing the note ids, is not charged to one board more than',
    'another). A sample then times the same number of runs of the operation on every board, as',
    `many as make a sample of the largest board last about ${String(WARM_SAMPLE_SPAN_MS)} ms, and gives the time of one run.`,
    `Before every run the processor’s caches are cleared (${String(EVICTION_BYTES / 1024 / 1024)} MB written, not timed), as a click`,
    'in the panel after a pause finds them; the targets use these wall times. Growth',
    '(20,000 ÷ 5,000) is the median of the ratios of samples taken in the same round, seconds',
    'apart, so that a change in load cancels out; beside it, the range that holds the true median',
    'with 95% confidence (the sign test over the rounds). The reference row times work known to be',
    'linear, V8’s own `JSON.stringify` of the board, in the same way: its growth is what this',
    'machine’s caches add to four times the work.',
    'Host calls are counted by the in-memory FigJam: every property read and write and every',
    'method call, as each is a call into the host in FigJam’s sandbox.',
    `Machine: ${cpu?.model.trim() ?? 'unknown CPU'}, ${String(cpus().length)} cores, last-level cache ${lastLevelCache()}, Node ${process.version},`,
    `other processes kept ${othersCores.toFixed(2)} cores busy on average during the run.`,
    '',
    '## Board operations (one run, cold caches)',
    '',
    ...table(coldHeader, 'lrrrr', boardRows),
    '',
    '## Back to back, for comparison',
    '',
    'The same samples with the runs back to back, on warm caches (median wall time). Between',
    'runs the data of a 5,000-sticky board stays in the processor’s caches and that of 20,000',
    'stickies does not, so a quick operation such as the check can grow more here. The targets',
    'use the cold times above, where every board comes from memory alike.',
    '',
    ...table(sizeHeader, 'lrrrr', warmRows),
    '',
    '## One canvas holding every sticky',
    '',
    'Suggested matches where a pain or gain could be compared with the whole canvas: one API',
    `Value Proposition Canvas, timed as above (cold caches) but over ${String(PLAN.forks * ONE_CANVAS_RUNS)} samples. Each need is scored against at most`,
    `${String(CANDIDATES_SCORED)} candidates, those sharing its rarest words, so the work per need is bounded however`,
    'big the canvas. On the 5,000-sticky canvas a third of the needs share words with fewer',
    'candidates than that; on the 20,000-sticky canvas every need reaches the limit. So here the',
    'work per need still grows from 5,000 to 20,000 stickies and the ratio lies above 4×; beyond',
    'that the work per need grows no more. The linear-cost target is judged on the boards above.',
    '',
    ...table(
      [
        '',
        ...oneCanvas.map((board) => `${count(board.shape.stickies)} stickies`),
        '20,000 ÷ 5,000',
      ],
      'lrrr',
      [
        [
          'Suggested matches, ms (wall / CPU)',
          ...oneCanvas.map(
            (board) => `${ms(board.suggest.cold.median)} / ${cpuMs(board.suggest.cold.cpuMedian)}`,
          ),
          ratio(oneCanvasGrowth),
        ],
      ],
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

/** What one process measures, as JSON for the first process to pool. */
interface ForkResult {
  boards: BoardResult[]
  oneCanvas: OneCanvasResult[]
  /** Cores other processes kept busy on average while this one measured, and for how long, ms. */
  othersCores: number
  wallMs: number
}

async function measureForkAsync(): Promise<ForkResult> {
  const start = processorUse()
  const boards = await benchBoardsAsync(SHAPES)
  const oneCanvas = await benchOneCanvasAsync(ONE_CANVAS_SHAPES)
  const end = processorUse()
  return {
    boards,
    oneCanvas,
    othersCores: othersBusyCores(start, end),
    wallMs: end.atMs - start.atMs,
  }
}

const pooledTimings = (parts: readonly Timings[]): Timings => ({
  cold: pooledTiming(parts.map((part) => part.cold)),
  warm: pooledTiming(parts.map((part) => part.warm)),
})

/**
 * What every fork measured, as one: the samples pooled in fork order (rounds stay paired), and
 * the cores other processes kept busy, averaged over the forks' time.
 */
function poolForks(forks: readonly ForkResult[]): Omit<ForkResult, 'wallMs'> {
  const [first] = forks
  if (first === undefined) throw new Error('no fork measured anything')
  const wallMs = forks.reduce((sum, fork) => sum + fork.wallMs, 0)
  return {
    boards: first.boards.map((board, index) => ({
      ...board,
      timings: Object.fromEntries(
        OPERATIONS.map((operation) => [
          operation,
          pooledTimings(forks.map((fork) => fork.boards[index]?.timings[operation] ?? NO_TIMINGS)),
        ]),
      ) as Record<Operation, Timings>,
    })),
    oneCanvas: first.oneCanvas.map((board, index) => ({
      ...board,
      suggest: pooledTimings(forks.map((fork) => fork.oneCanvas[index]?.suggest ?? NO_TIMINGS)),
    })),
    othersCores:
      forks.reduce((sum, fork) => sum + fork.othersCores * fork.wallMs, 0) / Math.max(wallMs, 1),
  }
}

/** Runs `PLAN.forks` processes of this script one after another; what each measured. */
function runForks(): ForkResult[] {
  const script = fileURLToPath(import.meta.url)
  const directory = mkdtempSync(join(tmpdir(), 'api-canvas-bench-'))
  try {
    return Array.from({ length: PLAN.forks }, (_, fork) => {
      process.stdout.write(`Process ${String(fork + 1)} of ${String(PLAN.forks)}:\n`)
      const output = join(directory, `fork-${String(fork)}.json`)
      const run = spawnSync(process.execPath, [...process.execArgv, script, FORK_FLAG, output], {
        stdio: 'inherit',
      })
      if (run.status !== 0) throw new Error(`bench process ${String(fork + 1)} failed`)
      return JSON.parse(readFileSync(output, 'utf8')) as ForkResult
    })
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

const FORK_FLAG = '--fork'

if (process.argv[2] === FORK_FLAG) {
  const output = process.argv[3]
  if (output === undefined) throw new Error(`${FORK_FLAG} needs the file to write`)
  writeFileSync(output, JSON.stringify(await measureForkAsync()))
} else {
  const { boards, oneCanvas, othersCores } = poolForks(runForks())
  const placements = await benchPlacementsAsync()
  const resultsPath = process.argv[2] ?? fileURLToPath(new URL('results.md', import.meta.url))
  const markdown = await format(
    report(boards, oneCanvas, placements, othersCores) + keptPart(resultsPath),
    {
      ...(await resolveConfig(resultsPath)),
      parser: 'markdown',
    },
  )
  writeFileSync(resultsPath, markdown)
  process.stdout.write(`\n${markdown}\nWritten to ${resultsPath}.\n`)
  if (othersCores > 0.25) {
    process.stdout.write(
      `Note: other processes kept ${othersCores.toFixed(2)} of ${String(cpus().length)} cores busy on average during the run; wall times and growth may be inflated (see the CPU times).\n`,
    )
  }
}
