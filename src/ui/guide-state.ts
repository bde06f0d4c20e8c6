import { useEffect, useRef, useState } from 'preact/hooks'

import { buildStationReport } from '../interchange/station-report'
import { type MainToUiPayload, sendToMain } from '../messages'
import { methodCanvasTitles, packagedGuide } from '../method/packaged-station-guide'
import { buildStationGuide, defaultCycleId, guideLocales } from '../method/station-guide'
import type { Board } from '../model/board'
import type { CheckResult } from '../model/findings'
import type { StationReport } from '../model/station-report'
import {
  type DamagedTick,
  parseStationTicks,
  type StationTick,
  stationTickEntry,
  stationTickKey,
} from '../model/station-ticks'

/** The Guide tab's choices and the criteria ticks of the page. */
export interface GuideState {
  cycleId: string
  locale: string
  choose: (choice: { cycleId?: string; locale?: string }) => void
  ticks: StationTick[]
  /** Tick entries that did not parse and were not reported before: reported once, then ignored. */
  damaged: DamagedTick[]
  /** Takes a TICKS_READ message. */
  receive: (payload: MainToUiPayload<'TICKS_READ'>) => void
  /** Ticks a criterion with its evidence note, or unticks it (`note` null). */
  save: (tick: Omit<StationTick, 'note' | 'tickedAt'>, note: string | null) => void
  dismissDamaged: () => void
}

/**
 * The station report for the exports: undefined until a criterion is ticked on the page, so an
 * export without ticks stays as it was.
 */
export function exportedStationReport(
  guide: GuideState,
  board: Board,
  result: CheckResult,
): StationReport | undefined {
  if (guide.ticks.length === 0) return undefined
  const { cycleId, locale } = guide
  const files = packagedGuide()
  const stations = buildStationGuide(files, cycleId, locale, methodCanvasTitles(locale))
  return buildStationReport(stations, board, result, guide.ticks)
}

/**
 * The guide's cycle (the method's cycle for a new API until chosen) and language (until chosen,
 * `defaultLocale`, the panel's, when the method's guide has it; else English) and the page's
 * criteria ticks (shared plugin data, `STATION_TICKS_NAMESPACE`), parsed on arrival with
 * `parseStationTicks`: a damaged entry is reported once per panel session, and ignored.
 */
export function useGuideState(defaultLocale: string): GuideState {
  const [choice, setChoice] = useState<{ cycleId: string; locale: string | null }>(() => ({
    cycleId: defaultCycleId(packagedGuide()),
    locale: null,
  }))
  const locale =
    choice.locale ?? (guideLocales(packagedGuide()).includes(defaultLocale) ? defaultLocale : 'en')
  const [ticks, setTicks] = useState<StationTick[]>([])
  const [damaged, setDamaged] = useState<DamagedTick[]>([])
  const reported = useRef(new Set<string>())
  useEffect(() => {
    sendToMain('SYNC_TICKS', null)
  }, [])
  return {
    cycleId: choice.cycleId,
    locale,
    choose: (change) => {
      setChoice({ ...choice, ...change })
    },
    ticks,
    damaged,
    receive: (entries) => {
      const parsed = parseStationTicks(entries)
      setTicks(parsed.ticks)
      const fresh = parsed.damaged.filter((entry) => !reported.current.has(entry.key))
      for (const entry of fresh) reported.current.add(entry.key)
      if (fresh.length > 0) setDamaged(fresh)
    },
    save: (tick, note) => {
      const entry =
        note === null
          ? { key: stationTickKey(tick), value: '' }
          : stationTickEntry({ ...tick, note, tickedAt: new Date().toISOString() })
      sendToMain('SYNC_TICKS', entry)
    },
    dismissDamaged: () => {
      setDamaged([])
    },
  }
}
