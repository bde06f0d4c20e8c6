import { describe, expect, it } from 'vitest'

import {
  guideCyclesFileSchema,
  type GuideFiles,
  parseGuideFiles,
  pruneGuideFiles,
} from '../src/method/guide-files'
import { methodCanvasIds } from '../src/method/method-canvases'
import { packagedGuideFiles } from '../src/method/packaged-guide-files'
import { methodCanvasTitles, packagedGuide } from '../src/method/packaged-station-guide'
import {
  buildStationGuide,
  defaultCycleId,
  guideCycles,
  guideLocales,
  NEW_API_CYCLE_ID,
} from '../src/method/station-guide'

const files = packagedGuide()
const locales = guideLocales(files)
const cycleIds = files.cycles.cycles.items.map((cycle) => cycle.id)

describe('the method files the station guide reads (apiops-cycles-method-data)', () => {
  it('parse: four cycles or more, labels in de, en, fi, fr and pt', () => {
    expect(locales).toEqual(['de', 'en', 'fi', 'fr', 'pt'])
    expect(cycleIds).toContain(NEW_API_CYCLE_ID)
    expect(cycleIds.length).toBeGreaterThanOrEqual(4)
    expect(defaultCycleId(files)).toBe(NEW_API_CYCLE_ID)
  })

  it.each(cycleIds.flatMap((cycle) => locales.map((locale) => [cycle, locale] as const)))(
    '%s in %s: every station has a title, a purpose, criteria with text, and known resources',
    (cycleId, locale) => {
      const guide = buildStationGuide(files, cycleId, locale, methodCanvasTitles(locale))
      expect(guide.cycleTitle).not.toBe(cycleId)
      for (const station of guide.stations) {
        expect(station.title, station.id).not.toBe(station.id)
        expect(station.purpose, station.id).not.toBe('')
        expect(station.criteria.length, station.id).toBeGreaterThan(0)
        for (const criterion of station.criteria) expect(criterion.text).not.toBe(criterion.id)
        expect(station.resources.filter((resource) => resource.kind === 'missing')).toEqual([])
        for (const resource of station.resources) expect(resource.title).not.toBe(resource.id)
      }
    },
  )

  it('every canvas a cycle recommends is a canvas of canvasData.json', () => {
    const canvases = new Set(methodCanvasIds())
    const recommended = files.cycles.cycles.items.flatMap((cycle) =>
      Object.values(cycle.recommendedResources).flat(),
    )
    const resourceCanvases = recommended.flatMap((id) => {
      const resource = files.resources.resources.find(
        (candidate) => candidate.id === id || candidate.canvas === id,
      )
      return resource?.canvas === undefined ? [] : [resource.canvas]
    })
    expect(resourceCanvases.length).toBeGreaterThan(10)
    expect(resourceCanvases.filter((id) => !canvases.has(id))).toEqual([])
  })

  it('fails with the JSON path when the package changes a shape the guide relies on', () => {
    const broken = structuredClone(packagedGuideFiles) as { cycles: unknown }
    broken.cycles = { cycles: { items: [{ id: 'x', stations: 'not a list' }] } }
    expect(() => parseGuideFiles(broken)).toThrow(/cycles\.cycles\.items\.0\.(title|stations)/)
    expect(guideCyclesFileSchema.safeParse({ cycles: { items: [] } }).success).toBe(false)
  })
})

describe('the guide', () => {
  it('opens on the new-API cycle; cycle names in the chosen language', () => {
    expect(guideCycles(files, 'fi').find((cycle) => cycle.id === NEW_API_CYCLE_ID)?.title).toBe(
      files.labels.fi?.cycles[`cycle.${NEW_API_CYCLE_ID}.title`],
    )
  })

  it('says "missing" for a canvas this version of the method does not have, lists guides', () => {
    const noJourney = (canvasId: string): string | undefined =>
      canvasId === 'customerJourneyCanvas' ? undefined : methodCanvasTitles('en')(canvasId)
    const guide = buildStationGuide(files, NEW_API_CYCLE_ID, 'en', noJourney)
    const kinds = guide.stations[1]?.resources.map((resource) => [resource.id, resource.kind])
    expect(kinds).toEqual([
      ['apiValuePropositionCanvas', 'canvas'],
      ['customerJourneyCanvas', 'missing'],
      ['api-onboarding-best-practices', 'other'],
    ])
  })

  it('falls back to English for a label a locale lacks', () => {
    const copy: GuideFiles = structuredClone(files)
    const key = `cycle.${NEW_API_CYCLE_ID}.title`
    delete copy.labels.pt?.cycles[key]
    expect(buildStationGuide(copy, NEW_API_CYCLE_ID, 'pt', () => 'x').cycleTitle).toBe(
      files.labels.en?.cycles[key],
    )
  })

  it('the bundle’s cut-down files give the same guide in every cycle and language', () => {
    const pruned = parseGuideFiles(JSON.parse(JSON.stringify(pruneGuideFiles(files))))
    expect(JSON.stringify(pruned).length).toBeLessThan(JSON.stringify(files).length / 5)
    for (const cycleId of cycleIds) {
      for (const locale of locales) {
        const titles = methodCanvasTitles(locale)
        expect(buildStationGuide(pruned, cycleId, locale, titles)).toEqual(
          buildStationGuide(files, cycleId, locale, titles),
        )
      }
    }
  })
})
