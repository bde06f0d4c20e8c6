import { areaNoteRange } from '../canvas/area-note-range'
import { findCanvasDefinition } from '../canvas/canvas-catalog'
import type { CanvasDefinition } from '../canvas/canvas-definition'
import { mapNotePosition } from '../canvas/note-range'
import { computeTemplateLayout } from '../canvas/template-layout'
import {
  CANVAS_CREATOR_DRAWING,
  canvasCreatorNoteRange,
  canvasCreatorSectionBox,
} from '../method/canvas-creator-drawing'
import { findMethodCanvasDefinition, METHOD_DEFAULT_LOCALE } from '../method/method-canvases'
import { type MethodDataSource, parseMethodData } from '../method/method-data'
import { parseMethodTemplateId } from '../method/method-template-id'
import { packagedMethodData } from '../method/packaged-method-data'
import type { Board, Canvas, CanvasCreatorMetadata, CanvasCreatorOrigin } from '../model/board'
import { builtInToMethodSections } from './built-in-to-method-sections'
import { fileNameStem } from './canvas-creator-file-name'
import { leftOutOf, type MappedSection, sectionsFromOrigin } from './canvas-creator-origin'
import { type CanvasCreatorFile, canvasCreatorSchemaIssues } from './canvas-creator-schema'

/** Where the notes of one area of the exported canvas go in the method. */
interface AreaTarget {
  areaId: string
  methodCanvasId: string
  methodSectionId: string
}

/** One Canvas Creator file made from a canvas on the board. */
export interface CanvasCreatorExport {
  /** Method canvas id the file is for, e.g. `customerJourneyCanvas`. */
  templateId: string
  locale: string
  /** `<canvas title>_<templateId>_<locale>.json`, Canvas Creator's naming. */
  fileName: string
  /** The file: 2-space indents, a trailing newline. */
  json: string
  /** What of the canvas the file cannot hold, one sentence each (stray notes, connectors). */
  leftOut: string[]
}

export interface CanvasCreatorExportOptions {
  /**
   * ISO 8601 time written as `metadata.date`; default: the date of the Canvas Creator file the
   * canvas was read from, else none.
   */
  date?: string
  /** Locale of a built-in canvas's files (built-in canvases are English): default `en`. */
  locale?: string
  /**
   * Content metadata; default: the metadata of the Canvas Creator file the canvas was read from,
   * else `authors` the note authors in reading order and the rest "".
   */
  metadata?: Partial<Omit<CanvasCreatorMetadata, 'date'>>
  /** Method data; default: the installed package's. */
  data?: MethodDataSource
}

/**
 * Exports one canvas of the board as Canvas Creator files that pass the
 * method's JSON Schema. A method canvas gives one file for its own template and locale. A built-in
 * canvas gives one file per method canvas it maps to (`builtInToMethodSections`): the built-in API
 * Value Proposition Canvas gives `apiValuePropositionCanvas` and `customerJourneyCanvas`, the API
 * Canvas gives `apiBusinessModelCanvas`.
 *
 * Every section of the method canvas is written, in the data's order, empty ones too. Notes keep
 * text and colour; `size` is 80 (Canvas Creator's note size); `position` is the note's top-left
 * corner mapped from its place in the area (px relative to the canvas, under the area's header)
 * to the same relative place in the section's box of Canvas Creator's 1000 × 712 drawing,
 * rounded to whole px. Stray notes and connectors are left out and said in the first file's
 * `leftOut`. A canvas read from a Canvas Creator file (`canvas.canvasCreator`) is written back as
 * that file was (`sectionsFromOrigin`): its locale, metadata, sections and note sizes and positions.
 * File names are `<title>_<templateId>_<locale>.json`, the title cut to 80 characters.
 * @throws Error when the board has no canvas `canvasId`, or its template has no counterpart in
 *   the method.
 */
export function exportCanvasCreator(
  board: Board,
  canvasId: string,
  options: CanvasCreatorExportOptions,
): CanvasCreatorExport[] {
  const canvas = board.canvases.find((candidate) => candidate.id === canvasId)
  if (canvas === undefined) {
    throw new Error(`There is no canvas with id "${canvasId}" on the board.`)
  }
  const source = options.data ?? packagedMethodData
  const { definition, locale, targets } = exportSource(canvas, options.locale, source)
  const methodCanvasIds = [...new Set(targets.map((target) => target.methodCanvasId))]
  return methodCanvasIds.map((methodCanvasId, index) => {
    const file = methodFile(
      canvas,
      definition,
      targets.filter((target) => target.methodCanvasId === methodCanvasId),
      methodCanvasId,
      locale,
      options,
      source,
    )
    const issues = canvasCreatorSchemaIssues(file)
    if (issues.length > 0) {
      throw new Error(
        `The Canvas Creator file for "${canvas.title}" does not pass the method's schema:\n${issues.map((issue) => `${issue.path}: ${issue.key}`).join('\n')}`,
      )
    }
    return {
      templateId: methodCanvasId,
      locale: file.locale,
      fileName: `${fileNameStem(canvas.title)}_${methodCanvasId}_${fileNameStem(file.locale, 'en')}.json`,
      json: `${JSON.stringify(file, null, 2)}\n`,
      leftOut: index === 0 ? leftOutOf(canvas) : [],
    }
  })
}

function exportSource(
  canvas: Canvas,
  locale: string | undefined,
  source: MethodDataSource,
): { definition: CanvasDefinition; locale: string; targets: AreaTarget[] } {
  const methodRef = parseMethodTemplateId(canvas.templateId)
  const methodDefinition =
    methodRef === undefined ? undefined : findMethodCanvasDefinition(canvas.templateId, source)
  if (methodRef !== undefined && methodDefinition !== undefined) {
    return {
      definition: methodDefinition,
      locale: methodRef.locale,
      targets: methodDefinition.areas.map((area) => ({
        areaId: area.id,
        methodCanvasId: methodRef.canvasId,
        methodSectionId: area.methodSectionId ?? area.id,
      })),
    }
  }
  const builtInDefinition = findCanvasDefinition(canvas.templateId)
  const targets = builtInToMethodSections
    .filter((mapping) => mapping.builtInTemplateId === canvas.templateId)
    .map((mapping) => ({
      areaId: mapping.builtInAreaId,
      methodCanvasId: mapping.methodCanvasId,
      methodSectionId: mapping.methodSectionId,
    }))
  if (builtInDefinition === undefined || targets.length === 0) {
    throw new Error(
      `Canvas "${canvas.title}" (template "${canvas.templateId}") has no counterpart in the APIOps Cycles method, so it cannot be saved for Canvas Creator.`,
    )
  }
  return { definition: builtInDefinition, locale: locale ?? METHOD_DEFAULT_LOCALE, targets }
}

function methodFile(
  canvas: Canvas,
  definition: CanvasDefinition,
  targets: readonly AreaTarget[],
  methodCanvasId: string,
  locale: string,
  options: CanvasCreatorExportOptions,
  source: MethodDataSource,
): CanvasCreatorFile {
  const methodCanvas = parseMethodData(source).canvasData[methodCanvasId]
  if (methodCanvas === undefined) {
    throw new Error(
      `The APIOps Cycles method data has no canvas "${methodCanvasId}" any more, so "${canvas.title}" cannot be saved for Canvas Creator.`,
    )
  }
  const layout = computeTemplateLayout(definition)
  const mapped = methodCanvas.sections.map((section): MappedSection => {
    const sources = targets.filter((target) => target.methodSectionId === section.id)
    const box = canvasCreatorSectionBox(methodCanvas.layout, section.gridPosition)
    const bandHeight = box.height / Math.max(1, sources.length)
    const notes = sources.flatMap((target, band): MappedSection['notes'] => {
      const area = canvas.areas.find((candidate) => candidate.id === target.areaId)
      const rect = layout.areas.find((candidate) => candidate.areaId === target.areaId)?.rect
      if (area === undefined || rect === undefined) {
        return []
      }
      const from = areaNoteRange(rect)
      const to = canvasCreatorNoteRange({
        ...box,
        y: box.y + band * bandHeight,
        height: bandHeight,
      })
      return area.notes.map((note) => ({
        noteId: note.id,
        note: {
          content: note.text,
          position: mapNotePosition(note.position, from, to),
          size: CANVAS_CREATOR_DRAWING.noteSize,
          color: note.color,
        },
      }))
    })
    return { sectionId: section.id, notes }
  })
  const origin = fromOrigin(canvas, methodCanvasId)
  const sections =
    origin === undefined
      ? mapped.map(({ sectionId, notes }) => ({
          sectionId,
          stickyNotes: notes.map(({ note }) => note),
        }))
      : sectionsFromOrigin(origin, canvas, mapped)
  const metadata = options.metadata ?? origin?.metadata
  const date = options.date ?? origin?.metadata.date
  const authors = [
    ...new Set(
      targets.flatMap(
        (target) =>
          canvas.areas
            .find((area) => area.id === target.areaId)
            ?.notes.flatMap((note) => (note.author === null ? [] : [note.author])) ?? [],
      ),
    ),
  ]
  return {
    templateId: methodCanvasId,
    locale: origin?.locale ?? locale,
    metadata: {
      source: metadata?.source ?? '',
      license: metadata?.license ?? '',
      authors: metadata?.authors ?? authors,
      website: metadata?.website ?? '',
      ...(date === undefined ? {} : { date }),
    },
    sections,
  }
}

/** The Canvas Creator file a method canvas was read from, when it was this method canvas. */
function fromOrigin(canvas: Canvas, methodCanvasId: string): CanvasCreatorOrigin | undefined {
  return parseMethodTemplateId(canvas.templateId)?.canvasId === methodCanvasId
    ? canvas.canvasCreator
    : undefined
}
