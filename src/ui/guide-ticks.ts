import { useRef, useState } from 'preact/hooks'

import { sendToMain, type MainToUiPayload } from '../messages'
import {
  parseStationTicks,
  stationTickEntry,
  stationTickKey,
  type DamagedTick,
  type StationTick,
} from '../model/station-ticks'

/** The criteria ticks of the page as the Guide tab holds them. */
export interface GuideTicks {
  ticks: StationTick[]
  /** Tick entries that did not parse and were not reported before: reported once, then ignored. */
  damaged: DamagedTick[]
  /** Takes a STATION_TICKS message. */
  receive: (payload: MainToUiPayload<'STATION_TICKS'>) => void
  /** Asks the main thread for the page's ticks. */
  request: () => void
  /** Ticks a criterion with its evidence note, or unticks it (`note` null). */
  save: (tick: Omit<StationTick, 'note' | 'tickedAt'>, note: string | null) => void
  dismissDamaged: () => void
}

/**
 * The page's criteria ticks (shared plugin data, `STATION_TICKS_NAMESPACE`), parsed on arrival
 * with `parseStationTicks`: a damaged entry is reported once per panel session, and ignored.
 */
export function useGuideTicks(): GuideTicks {
  const [ticks, setTicks] = useState<StationTick[]>([])
  const [damaged, setDamaged] = useState<DamagedTick[]>([])
  const reported = useRef(new Set<string>())
  return {
    ticks,
    damaged,
    receive: ({ entries }) => {
      const parsed = parseStationTicks(entries)
      setTicks(parsed.ticks)
      const fresh = parsed.damaged.filter((entry) => !reported.current.has(entry.key))
      for (const entry of fresh) reported.current.add(entry.key)
      if (fresh.length > 0) setDamaged(fresh)
    },
    request: () => {
      sendToMain('READ_STATION_TICKS', {})
    },
    save: (tick, note) => {
      const entry =
        note === null
          ? { key: stationTickKey(tick), value: '' }
          : stationTickEntry({ ...tick, note, tickedAt: new Date().toISOString() })
      sendToMain('SAVE_STATION_TICK', entry)
    },
    dismissDamaged: () => {
      setDamaged([])
    },
  }
}
