import { describe, expect, it } from 'vitest'

import { median, medianInterval, othersBusyCores, pooledTiming, timingOf } from '../bench/measure'

const ranks = (count: number): number[] => Array.from({ length: count }, (_, index) => index + 1)

describe('medianInterval', () => {
  it('takes the order statistics of the sign test for the median', () => {
    expect(medianInterval(ranks(6))).toEqual({ low: 1, high: 6 })
    expect(medianInterval(ranks(10))).toEqual({ low: 2, high: 9 })
    expect(medianInterval(ranks(31))).toEqual({ low: 10, high: 22 })
    expect(medianInterval(ranks(41))).toEqual({ low: 14, high: 28 })
  })

  it('sorts the values and holds their median', () => {
    const values = [4.4, 3.9, 4.1, 5.2, 4.0, 3.7, 4.2, 4.3, 3.8, 4.6, 4.05]
    const { low, high } = medianInterval(values)
    expect(low).toBe(3.8)
    expect(high).toBe(4.6)
    expect(median(values)).toBeGreaterThanOrEqual(low)
    expect(median(values)).toBeLessThanOrEqual(high)
  })

  it('gives no interval for fewer than 6 values', () => {
    expect(medianInterval(ranks(5))).toEqual({ low: Number.NaN, high: Number.NaN })
  })
})

describe('othersBusyCores', () => {
  it('counts the processor time of other processes per ms of the run', () => {
    const start = { allMs: 5_000, ownMs: 1_000, atMs: 100 }
    expect(othersBusyCores(start, { allMs: 9_000, ownMs: 3_000, atMs: 2_100 })).toBe(1)
    expect(othersBusyCores(start, { allMs: 7_000, ownMs: 3_000, atMs: 2_100 })).toBe(0)
  })
})

describe('pooledTiming', () => {
  it('keeps every sample in order and takes the medians of them all', () => {
    const first = timingOf([
      { wall: 10, cpu: 9 },
      { wall: 30, cpu: 29 },
    ])
    const second = timingOf([{ wall: 20, cpu: 19 }])
    expect(pooledTiming([first, second])).toEqual({
      median: 20,
      cpuMedian: 19,
      runs: [10, 30, 20],
      cpuRuns: [9, 29, 19],
    })
  })
})
