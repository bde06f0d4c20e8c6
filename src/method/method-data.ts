import * as z from 'zod/mini'

/**
 * The shapes this plugin relies on in `apiops-cycles-method-data` (`canvasData.json`,
 * `localizedData.json`). Unknown fields are ignored, so a new release that adds fields still
 * parses; texts other than titles may be missing in a locale (the builder falls back to English).
 */
export const methodGridPositionSchema = z.object({
  /** 0-based column, in the canvas's grid cells; fractions allowed (e.g. 2.5). */
  column: z.number().check(z.nonnegative()),
  row: z.number().check(z.nonnegative()),
  colSpan: z.number().check(z.positive()),
  rowSpan: z.number().check(z.positive()),
})
export type MethodGridPosition = z.infer<typeof methodGridPositionSchema>

export const methodSectionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  gridPosition: methodGridPositionSchema,
  /** 1-based order the method fills the sections in. */
  fillOrder: z.optional(z.number()),
  highlight: z.optional(z.boolean()),
  journeySteps: z.optional(z.boolean()),
})

export const methodCanvasSchema = z.object({
  id: z.string().check(z.minLength(1)),
  layout: z.object({
    columns: z.number().check(z.positive()),
    rows: z.number().check(z.positive()),
  }),
  metadata: z.optional(
    z.object({
      source: z.optional(z.string()),
      license: z.optional(z.string()),
      authors: z.optional(z.array(z.string())),
      website: z.optional(z.string()),
    }),
  ),
  sections: z.array(methodSectionSchema).check(z.minLength(1)),
})
export type MethodCanvas = z.infer<typeof methodCanvasSchema>

/** `canvasData.json`: canvas id → canvas. */
export const methodCanvasDataSchema = z.record(z.string(), methodCanvasSchema)
export type MethodCanvasData = z.infer<typeof methodCanvasDataSchema>

export const methodCanvasTextsSchema = z.object({
  title: z.string().check(z.minLength(1)),
  purpose: z.optional(z.string()),
  howToUse: z.optional(z.string()),
  sections: z.record(
    z.string(),
    z.object({ section: z.optional(z.string()), description: z.optional(z.string()) }),
  ),
})
export type MethodCanvasTexts = z.infer<typeof methodCanvasTextsSchema>

/** `localizedData.json`: locale → canvas id → texts. */
export const methodLocalizedDataSchema = z.record(
  z.string(),
  z.record(z.string(), methodCanvasTextsSchema),
)
export type MethodLocalizedData = z.infer<typeof methodLocalizedDataSchema>

/** The method data as the builders use it: parsed, with the package it came from. */
export interface MethodData {
  canvasData: MethodCanvasData
  localizedData: MethodLocalizedData
  /** npm package name and version, for attribution (`CanvasDefinition.source`). */
  packageName: string
  version: string
}

/** The method data as imported (unparsed JSON), e.g. `packagedMethodData` or a test's copy. */
export interface MethodDataSource {
  canvasData: unknown
  localizedData: unknown
  packageName: string
  version: string
}

const parsed = new WeakMap<MethodDataSource, MethodData>()

/**
 * Checks the method data against the shapes above, once per source object.
 * @throws Error naming the file and the JSON path of the first fields that do not fit.
 */
export function parseMethodData(source: MethodDataSource): MethodData {
  const known = parsed.get(source)
  if (known !== undefined) {
    return known
  }
  const localized = parseFile('localizedData.json', methodLocalizedDataSchema, source.localizedData)
  const data: MethodData = {
    canvasData: ownKeysOnly(
      parseFile('canvasData.json', methodCanvasDataSchema, source.canvasData),
    ),
    localizedData: ownKeysOnly(
      Object.fromEntries(
        Object.entries(localized).map(([locale, texts]) => [locale, ownKeysOnly(texts)]),
      ),
    ),
    packageName: source.packageName,
    version: source.version,
  }
  parsed.set(source, data)
  return data
}

/**
 * The record as an object without a prototype, so looking up an id from a file (`constructor`,
 * `toString`) finds only the data's own entries, never a member of `Object.prototype`.
 */
function ownKeysOnly<T>(record: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record)
}

function parseFile<T>(file: string, schema: z.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value)
  if (result.success) {
    return result.data
  }
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`)
  throw new Error(
    `The APIOps Cycles method data (${file}) is not in the shape this plugin knows:\n${problems.join('\n')}`,
  )
}
