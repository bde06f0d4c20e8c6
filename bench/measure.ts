import type { HostCallCounts } from '../test/fake-figjam/host-calls'

/** One timed run, ms: wall time, and CPU time of the main thread. */
export interface Sample {
  wall: number
  cpu: number
}

/** Time an operation took, ms: medians of its measured runs, and every run's wall time. */
export interface Timing {
  /** Median wall time (`performance.now()`). */
  median: number
  /** Median CPU time of the main thread (`process.threadCpuUsage()`), which other load does not inflate. */
  cpuMedian: number
  runs: number[]
}

const exposedGc = (globalThis as { gc?: () => void }).gc

/** True when Node runs with `--expose-gc`, so `collectGarbage` collects. */
export const collectsGarbage = exposedGc !== undefined

/** A full garbage collection, when `--expose-gc` allows it. */
export function collectGarbage(): void {
  exposedGc?.()
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? Number.NaN
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2
}

const threadCpuMs = (): number => {
  const { user, system } = process.threadCpuUsage()
  return (user + system) / 1000
}

/**
 * Runs `operation` (sync or async) `repetitions` times back to back and says how long one run
 * took on average, so that an operation of a few ms is timed over a span where a garbage
 * collection or a timer tick is a small part, as it is in steady use.
 */
export async function sampleAsync(operation: () => unknown, repetitions = 1): Promise<Sample> {
  const cpuStart = threadCpuMs()
  const start = performance.now()
  for (let run = 0; run < repetitions; run += 1) await operation()
  return {
    wall: (performance.now() - start) / repetitions,
    cpu: (threadCpuMs() - cpuStart) / repetitions,
  }
}

/** Repetitions that make one sample of an operation taking `sample` last about `spanMs`. */
export function repetitionsFor(sample: Sample, spanMs: number): number {
  return Math.min(100, Math.max(1, Math.round(spanMs / Math.max(sample.wall, 0.01))))
}

/** The medians of `samples`. */
export function timingOf(samples: readonly Sample[]): Timing {
  const runs = samples.map((sample) => sample.wall)
  return { median: median(runs), cpuMedian: median(samples.map((sample) => sample.cpu)), runs }
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
