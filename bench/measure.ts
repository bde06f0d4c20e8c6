import { cpus } from 'node:os'

import type { HostCallCounts } from '../test/fake-figjam/host-calls'

/** One timed run, ms: wall time, and CPU time of the main thread. */
export interface Sample {
  wall: number
  cpu: number
}

/** Time an operation took, ms, over its measured runs. */
export interface Timing {
  /** Median wall time (`performance.now()`). */
  median: number
  /** Median CPU time of the main thread (`process.threadCpuUsage()`), which other load does not inflate. */
  cpuMedian: number
  /** Wall time of each sample, in the order taken. */
  runs: number[]
  /** CPU time of each sample, in the order taken. */
  cpuRuns: number[]
}

const exposedGc = (globalThis as { gc?: () => void }).gc

/** True when Node runs with `--expose-gc`, so `collectGarbage` collects. */
export const collectsGarbage = exposedGc !== undefined

/** A full garbage collection, when `--expose-gc` allows it. */
export function collectGarbage(): void {
  exposedGc?.()
}

/** Bytes `evictCaches` writes: twice the 32 MB last-level cache of the bench machine. */
export const EVICTION_BYTES = 64 * 1024 * 1024
const CACHE_LINE_BYTES = 64
let evictionBuffer: Uint8Array | undefined

/**
 * Writes one byte in every cache line of an `EVICTION_BYTES` buffer, so that what an operation
 * reads next comes from memory, as it does when a person clicks in the panel after a pause,
 * and not from a cache still warm from the previous run.
 */
export function evictCaches(): number {
  evictionBuffer ??= new Uint8Array(EVICTION_BYTES)
  let sum = 0
  for (let offset = 0; offset < evictionBuffer.length; offset += CACHE_LINE_BYTES) {
    evictionBuffer[offset] = (evictionBuffer[offset] ?? 0) + 1
    sum += evictionBuffer[offset] ?? 0
  }
  return sum
}

/** The middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? Number.NaN
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2
}

const threadCpuMs = (): number => {
  const { user, system } = process.threadCpuUsage()
  return (user + system) / 1000
}

/** How `sampleAsync` runs an operation. */
export interface SampleMode {
  /**
   * Clear the caches before every run (`evictCaches`, not timed), as a click in the panel after
   * a pause finds them; otherwise the runs go back to back on warm caches.
   */
  cold: boolean
  /** Runs in one sample; the sample gives the time of one of them. */
  repetitions: number
}

/**
 * Times `mode.repetitions` runs of `operation` (sync or async), each after `evictCaches` when
 * `mode.cold`; gives the time of one run. Repeating a quick operation spreads a garbage collection
 * or a timer tick over many runs, as in steady use, and CPU time, which the kernel counts in
 * steps of a few ms, over a span long enough to mean something.
 */
export async function sampleAsync(operation: () => unknown, mode: SampleMode): Promise<Sample> {
  let wall = 0
  let cpu = 0
  const timeAsync = async (runs: number): Promise<void> => {
    const cpuStart = threadCpuMs()
    const start = performance.now()
    for (let run = 0; run < runs; run += 1) await operation()
    wall += performance.now() - start
    cpu += threadCpuMs() - cpuStart
  }
  if (mode.cold) {
    for (let run = 0; run < mode.repetitions; run += 1) {
      evictCaches()
      await timeAsync(1)
    }
  } else {
    await timeAsync(mode.repetitions)
  }
  return { wall: wall / mode.repetitions, cpu: cpu / mode.repetitions }
}

/** Repetitions that make one warm sample of an operation taking `sample` last about `spanMs`. */
export function repetitionsFor(sample: Sample, spanMs: number): number {
  return Math.min(100, Math.max(1, Math.round(spanMs / Math.max(sample.wall, 0.01))))
}

/** The medians of `samples`. */
export function timingOf(samples: readonly Sample[]): Timing {
  const runs = samples.map((sample) => sample.wall)
  const cpuRuns = samples.map((sample) => sample.cpu)
  return { median: median(runs), cpuMedian: median(cpuRuns), runs, cpuRuns }
}

/** One `Timing` of the samples of all `timings`, in the order given. */
export function pooledTiming(timings: readonly Timing[]): Timing {
  return timingOf(
    timings.flatMap((timing) =>
      timing.runs.map((wall, index) => ({ wall, cpu: timing.cpuRuns[index] ?? Number.NaN })),
    ),
  )
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

/** The ratios of `large`'s samples to `small`'s taken in the same round, in round order. */
function pairedRatios(large: Timing, small: Timing): number[] {
  return large.runs.map((wall, round) => wall / (small.runs[round] ?? Number.NaN))
}

/**
 * How much slower `large` is than `small`: the median of the ratios of their samples taken in
 * the same round (`large.runs[k] / small.runs[k]`), seconds apart, so that a change in the
 * machine's load between rounds cancels out.
 */
export function pairedGrowth(large: Timing, small: Timing): number {
  return median(pairedRatios(large, small))
}

/** A range that holds a median with a stated confidence. */
export interface MedianInterval {
  low: number
  high: number
}

/**
 * The distribution-free confidence interval of the median of `values` (at least 95%): the
 * `k`-th smallest and `k`-th largest value, `k` the largest rank for which fewer than `k` of
 * `values.length` fair coin tosses come up heads with probability at most 2.5% (the sign test).
 * NaN bounds for fewer than 6 values, which cannot give such an interval.
 */
export function medianInterval(values: readonly number[]): MedianInterval {
  const sorted = [...values].sort((a, b) => a - b)
  const n = sorted.length
  let below = 0
  let probability = 0.5 ** n
  let k = 0
  for (let heads = 0; heads < n; heads += 1) {
    below += probability
    if (below > 0.025) break
    k = heads + 1
    probability *= (n - heads) / (heads + 1)
  }
  if (k === 0) return { low: Number.NaN, high: Number.NaN }
  return { low: sorted[k - 1] ?? Number.NaN, high: sorted[n - k] ?? Number.NaN }
}

/** `medianInterval` of the paired ratios `pairedGrowth` takes the median of. */
export function pairedGrowthInterval(large: Timing, small: Timing): MedianInterval {
  return medianInterval(pairedRatios(large, small))
}

/** Processor time used so far, ms: by every process on the machine, and by this one. */
export interface ProcessorUse {
  allMs: number
  ownMs: number
  atMs: number
}

/** What `os.cpus()` and `process.cpuUsage()` say now. */
export function processorUse(): ProcessorUse {
  let allMs = 0
  for (const { times } of cpus()) allMs += times.user + times.nice + times.sys + times.irq
  const { user, system } = process.cpuUsage()
  return { allMs, ownMs: (user + system) / 1000, atMs: performance.now() }
}

/** Cores that other processes kept busy, on average, between two `processorUse` readings. */
export function othersBusyCores(start: ProcessorUse, end: ProcessorUse): number {
  const others = end.allMs - start.allMs - (end.ownMs - start.ownMs)
  return Math.max(0, others / Math.max(end.atMs - start.atMs, 1))
}
