import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { format, resolveConfig } from 'prettier'

import { readBoardAsync } from '../src/board/read-board-async'
import { exportJson } from '../src/export/board-export'
import { checkBoard } from '../src/fit/check-board'
import { loadSampleWorkshop, runWorkshopAsync } from '../test/demo/demo-board'
import {
  compareProcesses,
  medianRatio,
  type ProcessCommand,
  type ProcessTiming,
} from './cli-measure'
import { generateBoardAsync } from './generate-board'
import { median } from './measure'

/**
 * `npm run bench:cli` (also the end of `npm run bench`): the command line as a user runs it, a
 * whole Node process per run, built as it ships (bin/dist). Writes its section of
 * bench/results.md and prints it.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const resultsPath = process.argv[2] ?? join(root, 'bench', 'results.md')
const START = '<!-- cli-bench: written by npm run bench:cli -->'
const END = '<!-- /cli-bench -->'
const node = process.execPath
const cli = join(root, 'bin', 'api-canvas.js')
const canvasCreatorCli = join(root, 'node_modules', 'canvascreator', 'scripts', 'export.js')
const canvasCreatorFixture = 'payments_apiValuePropositionCanvas_pt-BR.json'

const build = spawnSync(node, [join(root, 'bin', 'build-cli.js')], { stdio: 'inherit' })
if (build.status !== 0) throw new Error('bin/build-cli.js failed')
if (!existsSync(canvasCreatorCli)) {
  throw new Error('Canvas Creator is missing: npm install --no-save canvascreator@1.9.0')
}

const folder = mkdtempSync(join(tmpdir(), 'api-canvas-cli-bench-'))
const demoFile = join(folder, 'demo-board.json')
writeFileSync(demoFile, (await runWorkshopAsync(loadSampleWorkshop())).json)
const canvasCreatorFile = join(folder, canvasCreatorFixture)
copyFileSync(
  join(root, 'test', 'fixtures', 'canvas-creator', canvasCreatorFixture),
  canvasCreatorFile,
)
const bigFile = join(folder, 'board-20000.json')
const big = await generateBoardAsync({ stickies: 20_000, canvases: 200 })
const bigBoard = await readBoardAsync(big.figma, 'page')
writeFileSync(bigFile, exportJson(bigBoard, checkBoard(bigBoard)))

let emptyCaches = 0
/** A run with its own empty compile cache folder: the first run after `npm install`. */
const firstRunEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_COMPILE_CACHE: join(folder, `compile-cache-${String(emptyCaches++)}`),
})
const checks = [0, 1]
const bare: ProcessCommand = { label: 'bare', file: node, args: ['-e', '0'] }
const checkDemo: ProcessCommand = {
  label: 'check',
  file: node,
  args: [cli, 'check', demoFile],
  okStatuses: checks,
}
const checkDemoFirst: ProcessCommand = { ...checkDemo, label: 'check-first', env: firstRunEnv }
const ours: ProcessCommand = {
  label: 'ours',
  file: node,
  args: [cli, 'export', canvasCreatorFile, '--to', 'canvascreator', '-o', join(folder, 'ours')],
}
const theirs: ProcessCommand = {
  label: 'theirs',
  file: node,
  args: [
    ...[canvasCreatorCli, '--format', 'json', '--canvas', 'apiValuePropositionCanvas'],
    ...['--import', canvasCreatorFile, '--outdir', join(folder, 'theirs')],
  ],
}
const checkBig: ProcessCommand = {
  label: 'big',
  file: node,
  args: [cli, 'check', bigFile],
  okStatuses: checks,
}

const loadBefore = loadavg()[0] ?? 0
process.stdout.write('Starting Node and checking the demo board…\n')
const startup = compareProcesses([bare, checkDemo, checkDemoFirst], {
  warmups: 3,
  rounds: 40,
  resourceRounds: 10,
})
process.stdout.write('Exporting to Canvas Creator, ours and theirs…\n')
const exports = compareProcesses([ours, theirs], { warmups: 2, rounds: 15, resourceRounds: 5 })
process.stdout.write('Checking 20,000 stickies…\n')
const bigCheck = compareProcesses([checkBig], { warmups: 1, rounds: 10, resourceRounds: 5 })
const loadAfter = loadavg()[0] ?? 0
rmSync(folder, { recursive: true, force: true })

function timing(map: Map<string, ProcessTiming>, label: string): ProcessTiming {
  const found = map.get(label)
  if (found === undefined) throw new Error(`no runs of ${label}`)
  return found
}

const ms = (value: number): string => (value < 100 ? value.toFixed(1) : value.toFixed(0))
const mib = (value: number): string => value.toFixed(1)
const wall = (t: ProcessTiming): string => `${ms(median(t.wallMs))} / ${ms(median(t.cpuMs))}`
const peak = (t: ProcessTiming): string => mib(Math.max(...t.peakMiB))
const holds = (ok: boolean): string => (ok ? 'yes' : '**no**')

const nodeBare = timing(startup, 'bare')
const check = timing(startup, 'check')
const checkFirst = timing(startup, 'check-first')
const exportOurs = timing(exports, 'ours')
const exportTheirs = timing(exports, 'theirs')
const checkTwenty = timing(bigCheck, 'big')
const startupRatio = medianRatio(check, nodeBare)
const firstRatio = medianRatio(checkFirst, nodeBare)
const exportRatio = medianRatio(exportOurs, exportTheirs)

const section = `${START}

## Command line (whole processes)

Written by \`npm run bench:cli\` (bench/cli-bench.ts), which also ends \`npm run bench\`. Each run
is a new Node process (${process.version}) started the way a shell starts it, on the command line
as it ships (\`bin/api-canvas.js\` on \`bin/dist\`, built by bin/build-cli.js): \`node bin/api-canvas.js …\`. Runs go
side by side in rounds (each command once per round, the order turning), after untimed warm-up
runs: wall time is the median over rounds from the start of the process to its end; the ratio is
the median of the ratios within a round; peak memory (the highest of the runs) and CPU time (user +
system, median, to GNU time's 10 ms) come from further runs under GNU time. The CLI keeps its compiled code in Node's
compile cache (in the system's temporary folder); "first run" gives each run an empty cache, as
right after \`npm install\`. Machine: ${String(cpus().length)} cores, load average
${loadBefore.toFixed(2)} before and ${loadAfter.toFixed(2)} after.

| Run | Wall / CPU, ms | Peak memory, MiB | Compared with | Target | Holds |
| --- | ---: | ---: | --- | --- | --- |
| \`node -e 0\` | ${wall(nodeBare)} | ${peak(nodeBare)} | | | |
| \`api-canvas check\` of the demo board (${String(40)} rounds) | ${wall(check)} | ${peak(check)} | ${startupRatio.toFixed(2)}× \`node -e 0\` | ≤ 2×, ≤ 60 MiB | ${holds(startupRatio <= 2 && Math.max(...check.peakMiB) <= 60)} |
| the same, first run (empty compile cache) | ${wall(checkFirst)} | ${peak(checkFirst)} | ${firstRatio.toFixed(2)}× \`node -e 0\` | | |
| \`api-canvas export --to canvascreator\` of ${canvasCreatorFixture} | ${wall(exportOurs)} | ${peak(exportOurs)} | ${exportRatio.toFixed(2)}× Canvas Creator's | ≤ 0.5× | ${holds(exportRatio <= 0.5)} |
| Canvas Creator 1.9.0's \`canvascreator-export --format json\`, same file | ${wall(exportTheirs)} | ${peak(exportTheirs)} | | | |
| \`api-canvas check\` of 20,000 stickies on 200 canvases | ${wall(checkTwenty)} | ${peak(checkTwenty)} | | < 1,000 ms, < 300 MiB | ${holds(median(checkTwenty.wallMs) < 1000 && Math.max(...checkTwenty.peakMiB) < 300)} |

${END}`

const existing = existsSync(resultsPath)
  ? readFileSync(resultsPath, 'utf8')
  : '# Benchmark results\n'
const begin = existing.indexOf(START)
const end = existing.indexOf(END)
const updated =
  begin >= 0 && end > begin
    ? `${existing.slice(0, begin)}${section}${existing.slice(end + END.length)}`
    : `${existing.trimEnd()}\n\n${section}\n`
const markdown = await format(updated, {
  ...(await resolveConfig(resultsPath)),
  parser: 'markdown',
})
writeFileSync(resultsPath, markdown)
process.stdout.write(`\n${section}\n\nWritten to ${resultsPath}.\n`)
