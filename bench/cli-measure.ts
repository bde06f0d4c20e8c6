import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { median } from './measure'

/** A whole program run as its own process, as a shell or a CI step starts it. */
export interface ProcessCommand {
  label: string
  file: string
  args: readonly string[]
  /** Environment of each run (called before each, so a run can get a fresh folder); default ours. */
  env?: () => NodeJS.ProcessEnv
  /** Exit statuses that mean it worked; default only 0 (`api-canvas check` exits 1 on findings). */
  okStatuses?: readonly number[]
}

/** What the runs of one command measured. */
export interface ProcessTiming {
  /** Wall time of each run, ms, from `spawnSync` call to return. */
  wallMs: number[]
  /** Peak resident memory of each resource run, MiB (GNU time's `%M`). */
  peakMiB: number[]
  /** User + system CPU time of each resource run, ms (GNU time's `%U` + `%S`). */
  cpuMs: number[]
}

/** GNU time, which reports a child's peak resident memory (`getrusage`'s `ru_maxrss`). */
export const GNU_TIME = '/usr/bin/time'

function runChecked(command: ProcessCommand, file: string, args: readonly string[]): void {
  const run = spawnSync(file, args, { env: command.env?.() ?? process.env, stdio: 'ignore' })
  const ok = command.okStatuses ?? [0]
  if (run.error !== undefined || run.status === null || !ok.includes(run.status)) {
    throw new Error(`${command.label} failed (${String(run.status ?? run.error)}): ${file}`)
  }
}

/** One run's wall time, ms. The clock starts before the process is made and stops after it ends. */
function wallOnce(command: ProcessCommand): number {
  const start = performance.now()
  runChecked(command, command.file, command.args)
  return performance.now() - start
}

/** One run under GNU time: its peak memory (MiB) and CPU time (ms), on the report's last line. */
function resourcesOnce(
  command: ProcessCommand,
  report: string,
): { peakMiB: number; cpuMs: number } {
  const format = ['-f', '%M %U %S', '-o', report]
  runChecked(command, GNU_TIME, [...format, command.file, ...command.args])
  const lines = readFileSync(report, 'utf8').trim().split('\n')
  const [kib = Number.NaN, user = Number.NaN, system = Number.NaN] = (lines.at(-1) ?? '')
    .split(' ')
    .map(Number)
  return { peakMiB: kib / 1024, cpuMs: (user + system) * 1000 }
}

/**
 * Runs `commands` side by side, as hyperfine does: `warmups` untimed runs each, then `rounds`
 * rounds in which each command runs once (the order turning by one each round, so a change in
 * load touches all alike). Wall times come from runs without a wrapper; peak memory and CPU time
 * from `resourceRounds` further rounds under GNU time.
 * @throws Error when a run exits with a status it should not, or GNU time is missing
 */
export function compareProcesses(
  commands: readonly ProcessCommand[],
  { warmups, rounds, resourceRounds }: { warmups: number; rounds: number; resourceRounds: number },
): Map<string, ProcessTiming> {
  if (!existsSync(GNU_TIME)) {
    throw new Error(`${GNU_TIME} (GNU time) is needed for peak memory: apt-get install time`)
  }
  const timings = new Map<string, ProcessTiming>()
  for (const command of commands) timings.set(command.label, { wallMs: [], peakMiB: [], cpuMs: [] })
  for (const command of commands) for (let run = 0; run < warmups; run++) wallOnce(command)
  const folder = mkdtempSync(join(tmpdir(), 'api-canvas-cli-bench-'))
  try {
    for (let round = 0; round < rounds + resourceRounds; round++) {
      for (let turn = 0; turn < commands.length; turn++) {
        const command = commands[(round + turn) % commands.length]
        const timing = command === undefined ? undefined : timings.get(command.label)
        if (command === undefined || timing === undefined) continue
        if (round < rounds) {
          timing.wallMs.push(wallOnce(command))
        } else {
          const { peakMiB, cpuMs } = resourcesOnce(command, join(folder, 'time.txt'))
          timing.peakMiB.push(peakMiB)
          timing.cpuMs.push(cpuMs)
        }
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  return timings
}

/** The median over rounds of `a`'s wall time divided by `b`'s in the same round. */
export function medianRatio(a: ProcessTiming, b: ProcessTiming): number {
  return median(a.wallMs.map((wall, round) => wall / (b.wallMs[round] ?? Number.NaN)))
}
