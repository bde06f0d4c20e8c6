import { describe, expect, it } from 'vitest'

import { PLUGIN_DATA_NAMESPACE } from '../src/board/plugin-data'
import { syncStationTicks } from '../src/board/station-ticks'
import {
  parseStationTicks,
  type StationTick,
  stationTickEntry,
  stationTickKey,
} from '../src/model/station-ticks'
import { createFakeFigJam } from './fake-figjam/fake-figjam'

const tick: StationTick = {
  cycleId: 'api-productization-cycle',
  stationId: 'api-product-strategy',
  criterionId: 'business-goals-defined',
  note: 'Goals canvas: <b>revenue</b> | =1+1 ``` #tag',
  tickedAt: '2026-12-02T10:00:00.000Z',
}

describe('criteria ticks in the page’s shared plugin data', () => {
  it('round-trip through the page; an empty value removes the tick', () => {
    const fake = createFakeFigJam()
    const written = syncStationTicks(fake, stationTickEntry(tick))
    expect(parseStationTicks(written)).toEqual({ ticks: [tick], damaged: [] })
    expect(syncStationTicks(fake, null)).toEqual(written)
    expect(syncStationTicks(fake, { key: stationTickKey(tick), value: '' })).toEqual([])
  })

  it('report each damaged entry once, with the reason, and keep the good ones', () => {
    const good = stationTickEntry(tick)
    const entries = [
      good,
      { key: 'tick.v1:a:b:c', value: '{not json' },
      { key: 'tick.v1:a:b:c2', value: JSON.stringify({ version: 1, note: 7, tickedAt: 'x' }) },
      { key: 'tick.v1:a:b', value: good.value },
      { key: 'tick.v9:a:b:c', value: good.value },
      { key: 'someone-else', value: 'whatever' },
    ]
    const { ticks, damaged } = parseStationTicks(entries)
    expect(ticks).toEqual([tick])
    expect(damaged.map((entry) => entry.key)).toEqual([
      'tick.v1:a:b',
      'tick.v1:a:b:c',
      'tick.v1:a:b:c2',
      'tick.v9:a:b:c',
    ])
    expect(damaged.map((entry) => entry.reason).join('\n')).toMatch(/not JSON/)
  })

  it('the fake refuses what Figma refuses: a short namespace, an entry over 100 kB', () => {
    const fake = createFakeFigJam()
    expect(() => {
      fake.currentPage.setSharedPluginData('ab', 'k', 'v')
    }).toThrow(/3 alphanumeric/)
    expect(() => {
      fake.currentPage.setSharedPluginData(PLUGIN_DATA_NAMESPACE, 'k', 'x'.repeat(100_001))
    }).toThrow(/more than the 100000 allowed/)
    expect(() => stationTickKey({ ...tick, stationId: 'a:b' })).toThrow(/cannot be part/)
  })
})
