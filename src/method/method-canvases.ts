import { AREA_HEADER_HEIGHT, AREA_NOTE_MARGIN, STICKY_SIZE } from '../canvas/area-note-range'
import type { AreaDefinition, CanvasDefinition } from '../canvas/canvas-definition'
import { AREA_GAP } from '../canvas/template-layout'
import { CANVAS_CREATOR_DRAWING, canvasCreatorCellSize } from './canvas-creator-drawing'
import {
  type MethodCanvas,
  type MethodCanvasTexts,
  type MethodDataSource,
  parseMethodData,
} from './method-data'
import { methodFitRole } from './method-fit-roles'
import { methodAreaId, methodTemplateId, parseMethodTemplateId } from './method-template-id'
import { packagedMethodData } from './packaged-method-data'

/** Locale the method's texts fall back to. */
export const METHOD_DEFAULT_LOCALE = 'en'

/** Fill of a method canvas's areas: Canvas Creator's canvas background. */
export const METHOD_AREA_TINT = '#F5F5FF'

/** How many board px one px of Canvas Creator's drawing becomes: a sticky (240) per note (80). */
export const METHOD_CANVAS_SCALE = STICKY_SIZE / CANVAS_CREATOR_DRAWING.noteSize

/** Ids of the method's canvases, in the data's order. */
export function methodCanvasIds(source: MethodDataSource = packagedMethodData): string[] {
  return Object.keys(parseMethodData(source).canvasData)
}

/** Locales the method's texts come in (today de, en, fi, fr, pt), in the data's order. */
export function methodLocales(source: MethodDataSource = packagedMethodData): string[] {
  return Object.keys(parseMethodData(source).localizedData)
}

/**
 * The method locale for a requested one such as `en-US` or `FI`: the exact locale, else its
 * language (`en`), else `en`; `fellBack` tells the last case apart.
 */
export function resolveMethodLocale(
  requested: string,
  source: MethodDataSource = packagedMethodData,
): { locale: string; fellBack: boolean } {
  const locales = methodLocales(source)
  const lower = requested.trim().toLowerCase()
  const language = lower.split(/[-_]/)[0] ?? lower
  const match =
    locales.find((locale) => locale.toLowerCase() === lower) ??
    locales.find((locale) => locale.toLowerCase() === language)
  return match === undefined
    ? { locale: METHOD_DEFAULT_LOCALE, fellBack: true }
    : { locale: match, fellBack: false }
}

/**
 * Builds the template of one method canvas in one locale from the method data (never by hand):
 * id `method:<canvasId>:<locale>`, the localized title, purpose and how-to-use, one area per
 * section (title and prompt from the section's name and description, label and fill order from
 * `fillOrder`, `highlight` kept, fit role from `methodFitRoles`), areas in fill order, one part.
 *
 * Grid placements are the data's `gridPosition` (0-based, fractions kept). A grid cell is the
 * Canvas Creator cell scaled by `METHOD_CANVAS_SCALE` plus room for the area header and margins,
 * so notes spaced apart in Canvas Creator stay apart on the board; cells grow further when a
 * section would be too small for one sticky. Texts missing in a locale fall back to English,
 * then to the ids.
 * @throws Error when the data does not parse, or names no such canvas or locale.
 */
export function buildMethodCanvasDefinition(
  canvasId: string,
  locale: string,
  source: MethodDataSource = packagedMethodData,
): CanvasDefinition {
  const data = parseMethodData(source)
  const canvas = data.canvasData[canvasId]
  if (canvas === undefined) {
    throw new Error(
      `"${canvasId}" is not a canvas of the APIOps Cycles method (${data.packageName} ${data.version}).`,
    )
  }
  if (data.localizedData[locale] === undefined) {
    throw new Error(
      `The APIOps Cycles method has no texts in "${locale}"; it has ${Object.keys(data.localizedData).join(', ')}.`,
    )
  }
  const texts = data.localizedData[locale][canvasId]
  const english = data.localizedData[METHOD_DEFAULT_LOCALE]?.[canvasId]
  const title = texts?.title ?? english?.title ?? canvasId
  const howToUse = texts?.howToUse ?? english?.howToUse
  return {
    id: methodTemplateId(canvasId, locale),
    title,
    purpose: nonEmpty(texts?.purpose) ?? nonEmpty(english?.purpose) ?? title,
    grid: methodGrid(canvas),
    parts: [{ id: 'canvas', title, tint: METHOD_AREA_TINT }],
    areas: methodAreas(canvasId, canvas, texts, english),
    markers: [],
    locale,
    ...(howToUse === undefined ? {} : { howToUse }),
    methodCanvasId: canvasId,
    source: {
      package: data.packageName,
      version: data.version,
      license: canvas.metadata?.license ?? '',
      authors: canvas.metadata?.authors ?? [],
      website: canvas.metadata?.website ?? '',
    },
  }
}

/** The method template with this id (`method:<canvasId>:<locale>`), or undefined. */
export function findMethodCanvasDefinition(
  templateId: string,
  source: MethodDataSource = packagedMethodData,
): CanvasDefinition | undefined {
  const ref = parseMethodTemplateId(templateId)
  const data = parseMethodData(source)
  if (
    ref === undefined ||
    data.canvasData[ref.canvasId] === undefined ||
    data.localizedData[ref.locale] === undefined
  ) {
    return undefined
  }
  return buildMethodCanvasDefinition(ref.canvasId, ref.locale, source)
}

const nonEmpty = (text: string | undefined): string | undefined =>
  text === undefined || text.trim() === '' ? undefined : text

function methodGrid(canvas: MethodCanvas): CanvasDefinition['grid'] {
  const positions = canvas.sections.map((section) => section.gridPosition)
  const cell = canvasCreatorCellSize(canvas.layout)
  const smallest = (spans: number[]): number => Math.min(1, ...spans)
  const cellFor = (scaled: number, inset: number, span: number): number =>
    Math.max(
      Math.ceil(METHOD_CANVAS_SCALE * scaled + inset),
      Math.ceil((STICKY_SIZE + inset + (1 - span) * AREA_GAP) / span),
    )
  return {
    columns: Math.max(canvas.layout.columns, ...positions.map((p) => p.column + p.colSpan)),
    rows: Math.max(canvas.layout.rows, ...positions.map((p) => p.row + p.rowSpan)),
    cellWidth: cellFor(cell.width, 2 * AREA_NOTE_MARGIN, smallest(positions.map((p) => p.colSpan))),
    cellHeight: cellFor(
      cell.height,
      AREA_HEADER_HEIGHT + AREA_NOTE_MARGIN,
      smallest(positions.map((p) => p.rowSpan)),
    ),
  }
}

function methodAreas(
  canvasId: string,
  canvas: MethodCanvas,
  texts: MethodCanvasTexts | undefined,
  english: MethodCanvasTexts | undefined,
): AreaDefinition[] {
  const inFillOrder = canvas.sections
    .map((section, index) => ({ section, index }))
    .sort(
      (a, b) =>
        (a.section.fillOrder ?? Infinity) - (b.section.fillOrder ?? Infinity) || a.index - b.index,
    )
    .map(({ section }) => section)
  const areas = inFillOrder.map((section, index): AreaDefinition => {
    const own = texts?.sections[section.id]
    const fallback = english?.sections[section.id]
    const title = nonEmpty(own?.section) ?? nonEmpty(fallback?.section) ?? section.id
    const { column, row, colSpan, rowSpan } = section.gridPosition
    return {
      id: methodAreaId(section.id),
      title,
      label: String(index + 1),
      fillOrder: index + 1,
      part: 'canvas',
      role: methodFitRole(canvasId, section.id),
      prompt: nonEmpty(own?.description) ?? nonEmpty(fallback?.description) ?? title,
      grid: { column, row, columnSpan: colSpan, rowSpan },
      ...(section.highlight === true ? { highlight: true } : {}),
      methodSectionId: section.id,
    }
  })
  const seen = new Set<string>()
  for (const area of areas) {
    if (seen.has(area.id)) {
      throw new Error(
        `Canvas "${canvasId}" of the method data has two sections that both become area "${area.id}".`,
      )
    }
    seen.add(area.id)
  }
  return areas
}
