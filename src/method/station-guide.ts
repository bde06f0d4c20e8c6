import type { GuideFiles } from './guide-files'

/** The cycle the guide opens on: the method's cycle for productizing a new API. */
export const NEW_API_CYCLE_ID = 'api-productization-cycle'
const FALLBACK_LOCALE = 'en'

/**
 * What the method recommends at a station, as the guide shows it.
 * - `canvas`: a canvas of `canvasData.json`; `canvasId` says which.
 * - `other`: a guide, checklist or other resource; listed by title, never placed.
 * - `missing`: named by the cycle but not in this version of the method (a canvas or resource
 *   the installed package no longer has); `title` is its id.
 */
export interface GuideResource {
  /** The id as the cycle names it (`customerJourneyCanvas`, `api-audit-checklist`…). */
  id: string
  kind: 'canvas' | 'other' | 'missing'
  canvasId: string | null
  title: string
}

export interface GuideCriterion {
  /** Criterion id (`method/criteria.json`). */
  id: string
  /** What must hold, in the guide's language (English when the locale lacks it). */
  text: string
}

export interface GuideStation {
  id: string
  title: string
  /** What the station is for in this cycle; empty when the method says nothing. */
  purpose: string
  resources: GuideResource[]
  criteria: GuideCriterion[]
}

/** One cycle's stations in order, in one language, from the method's own files. */
export interface StationGuide {
  cycleId: string
  cycleTitle: string
  cyclePurpose: string
  locale: string
  stations: GuideStation[]
}

/** The method's canvases: canvas id → title in the guide's language. */
export type CanvasTitles = (canvasId: string) => string | undefined

type LabelFile = 'cycles' | 'criteria' | 'resources'

/** A label in `locale`, else in English, else undefined. */
function label(files: GuideFiles, locale: string, file: LabelFile, key: string | undefined) {
  if (key === undefined) return undefined
  return files.labels[locale]?.[file][key] ?? files.labels[FALLBACK_LOCALE]?.[file][key]
}

/** The locales the method labels its cycles in (`de`, `en`, `fi`, `fr`, `pt` today). */
export function guideLocales(files: GuideFiles): string[] {
  return Object.keys(files.labels).sort()
}

/** Every cycle of the method, in the method's order, with its title in `locale`. */
export function guideCycles(files: GuideFiles, locale: string): { id: string; title: string }[] {
  return files.cycles.cycles.items.map((cycle) => ({
    id: cycle.id,
    title: label(files, locale, 'cycles', cycle.title) ?? cycle.id,
  }))
}

/** `NEW_API_CYCLE_ID` when the method has it, else its first cycle. */
export function defaultCycleId(files: GuideFiles): string {
  const ids = files.cycles.cycles.items.map((cycle) => cycle.id)
  return ids.includes(NEW_API_CYCLE_ID) ? NEW_API_CYCLE_ID : (ids[0] ?? NEW_API_CYCLE_ID)
}

/** The criteria of a station in a cycle: the cycle's own list, the default, the station's. */
function criterionIds(files: GuideFiles, cycleId: string, stationId: string): string[] {
  const { byCycle, default: byStation } = files.stationCriteria
  const own = Object.values(files.stations)
    .flatMap((group) => group.items)
    .find((station) => station.id === stationId)?.stationCriteria
  return byCycle?.[cycleId]?.[stationId] ?? byStation[stationId] ?? own ?? []
}

function resourceOf(
  files: GuideFiles,
  locale: string,
  id: string,
  canvasTitle: CanvasTitles,
): GuideResource {
  const resource = files.resources.resources.find(
    (candidate) => candidate.id === id || candidate.canvas === id,
  )
  const canvasId = resource?.canvas ?? (resource === undefined ? id : null)
  if (canvasId !== null) {
    const title = canvasTitle(canvasId)
    return title === undefined
      ? { id, kind: 'missing', canvasId, title: id }
      : { id, kind: 'canvas', canvasId, title }
  }
  const title = label(files, locale, 'resources', resource?.title) ?? id
  return { id, kind: 'other', canvasId: null, title }
}

/**
 * The stations of `cycleId` in order, each with its title and purpose in `locale` (English where
 * the locale lacks a label), what the method recommends there (`canvasTitle` says which canvases
 * this version of the method has) and its criteria (`station-criteria.json`: the cycle's own list,
 * else the default, else `stations.json`).
 * @throws Error when the method has no cycle `cycleId`.
 */
export function buildStationGuide(
  files: GuideFiles,
  cycleId: string,
  locale: string,
  canvasTitle: CanvasTitles,
): StationGuide {
  const cycle = files.cycles.cycles.items.find((candidate) => candidate.id === cycleId)
  if (cycle === undefined) {
    const known = files.cycles.cycles.items.map((candidate) => candidate.id).join(', ')
    throw new Error(`The method has no cycle "${cycleId}"; its cycles are ${known}.`)
  }
  const criterionText = (id: string): string =>
    label(files, locale, 'criteria', `criterion.${id}`) ??
    files.criteria.find((criterion) => criterion.id === id)?.description ??
    id
  return {
    cycleId,
    cycleTitle: label(files, locale, 'cycles', cycle.title) ?? cycleId,
    cyclePurpose: label(files, locale, 'cycles', cycle.purpose) ?? '',
    locale,
    stations: cycle.stations.map((stationId) => ({
      id: stationId,
      title: label(files, locale, 'cycles', cycle.stationLabels[stationId]) ?? stationId,
      purpose: label(files, locale, 'cycles', cycle.stationDescriptions?.[stationId]) ?? '',
      resources: (cycle.recommendedResources[stationId] ?? []).map((id) =>
        resourceOf(files, locale, id, canvasTitle),
      ),
      criteria: criterionIds(files, cycleId, stationId).map((id) => ({
        id,
        text: criterionText(id),
      })),
    })),
  }
}
