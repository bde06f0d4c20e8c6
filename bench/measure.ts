import type { HostCallCounts } from '../test/fake-figjam/host-calls'

/** Wall time of one operation, ms: the median of the measured runs, and every run. */
export interface Timing {
  median: number
  runs: number[]
}

/** How an operation is timed. */
export interface TimingPlan {
  /** Runs before the measured ones, to let the JIT settle. */
  warmUps: number
  /** Runs measured; the median is reported. */
  runs: number
}

const collectGarbage = (globalThis as { gc?: () => void }).gc

/** True when Node runs with `--expose-gc`, so every timed run starts after a full collection. */
export const collectsGarbageBetweenRuns = collectGarbage !== undefined

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? Number.NaN
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2
}

/**
 * Times `run` (sync or async): `plan.warmUps` runs unmeasured, then `plan.runs` runs with
 * `performance.now()`, a full garbage collection before each when `--expose-gc` allows it.
 * @returns the timing, and what the last run returned.
 */
export async function timeAsync<T>(
  plan: TimingPlan,
  run: () => T | Promise<T>,
): Promise<{ timing: Timing; last: T }> {
  let last: T | undefined
  for (let index = 0; index < plan.warmUps; index += 1) last = await run()
  const runs: number[] = []
  for (let index = 0; index < plan.runs; index += 1) {
    collectGarbage?.()
    const start = performance.now()
    last = await run()
    runs.push(performance.now() - start)
  }
  if (last === undefined) throw new Error('timeAsync: plan.runs must be at least 1')
  return { timing: { median: median(runs), runs }, last }
}

/** Host calls of one operation: reads, writes and method calls into the in-memory FigJam. */
export interface HostCallTally {
  reads: number
  writes: number
  calls: number
  /** Reads whose owner is a sticky or its text sublayer (`STICKY.*`). */
  stickyReads: number
}

/** The host calls `counts` holds now (the caller resets them before the operation). */
export function tallyHostCalls(counts: HostCallCounts): HostCallTally {
  let stickyReads = 0
  for (const [name, count] of counts.byName) {
    if (name.startsWith('STICKY.') && !name.endsWith('=') && !name.endsWith('()')) {
      stickyReads += count
    }
  }
  return { reads: counts.reads, writes: counts.writes, calls: counts.calls, stickyReads }
}
