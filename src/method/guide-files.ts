import * as z from 'zod/mini'

/**
 * The shapes the station guide relies on in `apiops-cycles-method-data`'s method files
 * (`src/data/method/`). Unknown fields are dropped on parsing, so a release that adds fields
 * still parses and only these fields reach the panel's bundle (`pruneGuideFiles`).
 */
const idSchema = z.string().check(z.minLength(1))
/** A label key such as `cycle.api-productization-cycle.title`, looked up in `labels.*.json`. */
const labelKeySchema = z.string()
const idListSchema = z.array(idSchema)

/** One cycle of `method/cycles.json`: its stations in order and what each station recommends. */
export const guideCycleSchema = z.object({
  id: idSchema,
  title: labelKeySchema,
  purpose: z.optional(labelKeySchema),
  stations: idListSchema.check(z.minLength(1)),
  /** Station id → label key of the station's title in this cycle. */
  stationLabels: z.record(z.string(), labelKeySchema),
  /** Station id → label key of what the station is for in this cycle. */
  stationDescriptions: z.optional(z.record(z.string(), labelKeySchema)),
  /** Station id → resource ids (`resources.json`) or canvas ids (`canvasData.json`), in order. */
  recommendedResources: z.record(z.string(), idListSchema),
})

export const guideCyclesFileSchema = z.object({
  cycles: z.object({ items: z.array(guideCycleSchema).check(z.minLength(1)) }),
})

/** `method/stations.json`: groups of stations; the guide reads a station's own criteria. */
export const guideStationsFileSchema = z.record(
  z.string(),
  z.object({
    items: z.array(
      z.object({ id: idSchema, title: labelKeySchema, stationCriteria: z.optional(idListSchema) }),
    ),
  }),
)

/** `method/station-criteria.json`: station id → criterion ids, by default and per cycle. */
export const guideStationCriteriaFileSchema = z.object({
  default: z.record(z.string(), idListSchema),
  byCycle: z.optional(z.record(z.string(), z.record(z.string(), idListSchema))),
})

/** `method/criteria.json`: criterion ids with an English description. */
export const guideCriteriaFileSchema = z.array(z.object({ id: idSchema, description: z.string() }))

/** `method/resources.json`: a canvas resource names its canvas (`canvasData.json` id). */
export const guideResourcesFileSchema = z.object({
  resources: z.array(
    z.object({
      id: idSchema,
      title: labelKeySchema,
      category: z.optional(z.string()),
      canvas: z.optional(idSchema),
    }),
  ),
})

/** One `labels.*.json`: label key → text. */
export const guideLabelsSchema = z.record(z.string(), z.string())

/** The label files of one locale the guide reads. */
export const guideLocaleLabelsSchema = z.object({
  cycles: guideLabelsSchema,
  criteria: guideLabelsSchema,
  resources: guideLabelsSchema,
})

export const guideFilesSchema = z.object({
  cycles: guideCyclesFileSchema,
  stations: guideStationsFileSchema,
  stationCriteria: guideStationCriteriaFileSchema,
  criteria: guideCriteriaFileSchema,
  resources: guideResourcesFileSchema,
  /** Locale (`de`, `en`…) → its label files. */
  labels: z.record(z.string(), guideLocaleLabelsSchema),
})
export type GuideFiles = z.infer<typeof guideFilesSchema>

/** The method files as imported (unparsed JSON), e.g. `packagedGuideFiles` or a test's copy. */
export interface GuideFilesSource {
  cycles: unknown
  stations: unknown
  stationCriteria: unknown
  criteria: unknown
  resources: unknown
  labels: unknown
}

/**
 * Checks the method files against the shapes above.
 * @throws Error naming the JSON path of the first (at most five) fields that do not fit.
 */
export function parseGuideFiles(source: unknown): GuideFiles {
  const result = guideFilesSchema.safeParse(source)
  if (result.success) return result.data
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(files)'}: ${issue.message}`)
  throw new Error(
    `The APIOps Cycles method files (cycles, stations, criteria, resources, labels) are not in the shape the station guide knows:\n${problems.join('\n')}`,
  )
}

const CRITERION_LABEL = 'criterion.'

/**
 * The files with only what the guide shows: the parsed fields above, and of the labels only the
 * keys those fields name plus every `criterion.<id>` label. The result parses to the same guide
 * (`buildStationGuide`) as the full files; build/ui.js carries it instead of the full files.
 */
export function pruneGuideFiles(files: GuideFiles): GuideFiles {
  const cycles = files.cycles.cycles.items
  const stationIds = new Set(cycles.flatMap((cycle) => cycle.stations))
  const recommended = new Set(
    cycles.flatMap((cycle) => Object.values(cycle.recommendedResources).flat()),
  )
  const resources = files.resources.resources.filter(
    (resource) => recommended.has(resource.id) || recommended.has(resource.canvas ?? ''),
  )
  const stations = Object.fromEntries(
    Object.entries(files.stations).map(([group, { items }]) => [
      group,
      { items: items.filter((station) => stationIds.has(station.id)) },
    ]),
  )
  const named = new Set<string>()
  const collect = (value: unknown): void => {
    if (typeof value === 'string') named.add(value)
    else if (Array.isArray(value)) value.forEach(collect)
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect)
  }
  collect([files.cycles, resources])
  const keep = (labels: Record<string, string>): Record<string, string> =>
    Object.fromEntries(
      Object.entries(labels).filter(([key]) => named.has(key) || key.startsWith(CRITERION_LABEL)),
    )
  const locales = Object.values(files.labels)
  const criteria = files.criteria.filter((criterion) =>
    locales.some((labels) => labels.criteria[`${CRITERION_LABEL}${criterion.id}`] === undefined),
  )
  const labels = Object.fromEntries(
    Object.entries(files.labels).map(([locale, files]) => [
      locale,
      {
        cycles: keep(files.cycles),
        criteria: keep(files.criteria),
        resources: keep(files.resources),
      },
    ]),
  )
  return { ...files, stations, criteria, resources: { resources }, labels }
}
