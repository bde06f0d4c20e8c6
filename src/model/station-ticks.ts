import * as z from 'zod/mini'

import { jsonPath } from './file-error'

/** Key prefix of a tick of layout version 1: `tick.v1:<cycle>:<station>:<criterion>`. */
const TICK_KEY_V1 = 'tick.v1:'
/** Any tick key, of any version: `tick.v<n>:…`. */
const TICK_KEY = /^tick\.v\d+:/
/** Longest evidence note kept, in characters: a short note, far below the 100 kB entry limit. */
export const TICK_NOTE_MAX_LENGTH = 500

/** A criterion the team has ticked at a station of a cycle, with its evidence. */
export const stationTickSchema = z.object({
  cycleId: z.string().check(z.minLength(1)),
  stationId: z.string().check(z.minLength(1)),
  criterionId: z.string().check(z.minLength(1)),
  /** The evidence, in the facilitator's words; may be empty. */
  note: z.string().check(z.maxLength(TICK_NOTE_MAX_LENGTH)),
  /** When it was ticked, ISO 8601. */
  tickedAt: z.iso.datetime(),
})
export type StationTick = z.infer<typeof stationTickSchema>

/** The value of a version 1 tick entry: JSON of this object. */
const tickValueSchema = z.object({
  version: z.literal(1),
  note: stationTickSchema.shape.note,
  tickedAt: stationTickSchema.shape.tickedAt,
})

/** One shared plugin data entry of the page, as read. */
export interface PluginDataEntry {
  key: string
  value: string
}

/** An entry that looked like a tick but could not be used; it is ignored. */
export interface DamagedTick {
  key: string
  reason: string
}

const ID_PART = /^[A-Za-z0-9_.-]+$/

/**
 * The shared plugin data key of a tick. Ids hold letters, digits, `_`, `.` and `-` (the method's
 * ids do), so `:` separates them unambiguously.
 * @throws Error for an id with another character.
 */
export function stationTickKey(tick: Pick<StationTick, 'cycleId' | 'stationId' | 'criterionId'>) {
  const parts = [tick.cycleId, tick.stationId, tick.criterionId]
  const bad = parts.find((part) => !ID_PART.test(part))
  if (bad !== undefined) throw new Error(`"${bad}" cannot be part of a tick's key.`)
  return `${TICK_KEY_V1}${parts.join(':')}`
}

/** The entry that stores `tick` (`stationTickKey`, JSON value). */
export function stationTickEntry(tick: StationTick): PluginDataEntry {
  const value = { version: 1, note: tick.note, tickedAt: tick.tickedAt }
  return { key: stationTickKey(tick), value: JSON.stringify(value) }
}

function parseEntry(entry: PluginDataEntry): StationTick | string {
  if (!entry.key.startsWith(TICK_KEY_V1)) {
    return 'written by a version of the plugin this one does not know'
  }
  const [cycleId = '', stationId = '', criterionId = '', ...rest] = entry.key
    .slice(TICK_KEY_V1.length)
    .split(':')
  if (rest.length > 0 || ![cycleId, stationId, criterionId].every((part) => ID_PART.test(part))) {
    return 'its key does not name a cycle, a station and a criterion'
  }
  let json: unknown
  try {
    json = JSON.parse(entry.value)
  } catch {
    return 'its value is not JSON'
  }
  const parsed = tickValueSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = issue === undefined || issue.path.length === 0 ? 'value' : jsonPath(issue.path)
    return `${path}: ${issue?.message ?? 'not a tick'}`
  }
  const { note, tickedAt } = parsed.data
  return { cycleId, stationId, criterionId, note, tickedAt }
}

/**
 * The ticks among the page's shared plugin data entries (another plugin, or another version of
 * this one, may have written them): entries whose key is not a tick's are skipped; a tick entry
 * that does not parse is listed in `damaged` with the reason, and ignored. Ticks come sorted by
 * key, so the same entries always give the same order.
 */
export function parseStationTicks(entries: readonly PluginDataEntry[]): {
  ticks: StationTick[]
  damaged: DamagedTick[]
} {
  const ticks: StationTick[] = []
  const damaged: DamagedTick[] = []
  const sorted = [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  for (const entry of sorted) {
    if (!TICK_KEY.test(entry.key)) continue
    const parsed = parseEntry(entry)
    if (typeof parsed === 'string') damaged.push({ key: entry.key, reason: parsed })
    else ticks.push(parsed)
  }
  return { ticks, damaged }
}
