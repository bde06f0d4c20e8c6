import { areaNoteRange, arrangeNotes } from '../canvas/area-note-range'
import type { CanvasDefinition } from '../canvas/canvas-definition'
import { mapNotePosition, type Point } from '../canvas/note-range'
import { computeTemplateLayout } from '../canvas/template-layout'
import { canvasCreatorNoteRange, canvasCreatorSectionBox } from '../method/canvas-creator-drawing'
import { buildMethodCanvasDefinition, resolveMethodLocale } from '../method/method-canvases'
import { type MethodDataSource, parseMethodData } from '../method/method-data'
import { packagedMethodData } from '../method/packaged-method-data'
import {
  type CanvasCreatorFile,
  CanvasCreatorFileError,
  type CanvasCreatorIssue,
  type CanvasCreatorMetadata,
  type CanvasCreatorNote,
  canvasCreatorSchemaIssues,
  isCanvasCreatorFile,
} from './canvas-creator-schema'

/** A sticky to create: text and fill as in the file, top-left corner in px relative to the canvas. */
export interface PlannedNote {
  text: string
  /** `#RRGGBB`, upper-case. */
  color: string
  position: Point
  /** `file`: mapped from the file's position; `arranged`: the file gave none. */
  placedBy: 'file' | 'arranged'
}

/** The stickies of one area, in the file's order. */
export interface PlannedArea {
  areaId: string
  notes: PlannedNote[]
}

/** Everything needed to place a Canvas Creator file; plain data, nothing placed yet. */
export interface CanvasCreatorPlacementPlan {
  /** The method canvas to place, in the file's locale (`en` when the method lacks it). */
  definition: CanvasDefinition
  /** `locale` as written in the file. */
  fileLocale: string
  /** True when the method has no texts in the file's locale, so the canvas is in English. */
  localeFellBack: boolean
  metadata: CanvasCreatorMetadata
  /** One entry per area of `definition`, in its order; areas the file leaves out have no notes. */
  areas: PlannedArea[]
}

/**
 * Reads a Canvas Creator file (../shared/DOMAIN.md §5) and plans its placement, before anything
 * is placed. The text must be JSON, pass the method's JSON Schema
 * (`import-export-template.schema.json`), name a canvas of the method data as `templateId` and
 * only that canvas's sections as `sectionId`s (sections may be left out; a section given twice
 * has its notes joined).
 *
 * Positions in Canvas Creator's 1000 × 712 drawing are mapped into the area's rect of
 * `computeTemplateLayout(definition)`, keeping their relative place inside the section (clamped
 * into it). Notes without a position (or without x or y) go in rows under the area's header,
 * clear of the positioned ones (`arrangeNotes`). Colours are kept, upper-cased.
 * @throws CanvasCreatorFileError listing every problem as `json.path: problem`, e.g.
 *   `sections[3].sectionId: "keyPartnerz" is not a section of apiBusinessModelCanvas (…)`.
 */
export function planCanvasCreatorImport(
  text: string,
  source: MethodDataSource = packagedMethodData,
): CanvasCreatorPlacementPlan {
  const file = readCanvasCreatorFile(text, source)
  const { locale, fellBack } = resolveMethodLocale(file.locale, source)
  const definition = buildMethodCanvasDefinition(file.templateId, locale, source)
  const canvas = parseMethodData(source).canvasData[file.templateId]
  const layout = computeTemplateLayout(definition)
  const areas = definition.areas.map((area): PlannedArea => {
    const section = canvas?.sections.find((candidate) => candidate.id === area.methodSectionId)
    const rect = layout.areas.find((candidate) => candidate.areaId === area.id)?.rect
    const notes = file.sections
      .filter((candidate) => candidate.sectionId === area.methodSectionId)
      .flatMap((candidate) => candidate.stickyNotes)
    if (section === undefined || rect === undefined || canvas === undefined) {
      return { areaId: area.id, notes: [] }
    }
    const from = canvasCreatorNoteRange(
      canvasCreatorSectionBox(canvas.layout, section.gridPosition),
    )
    const to = areaNoteRange(rect)
    const mapped = notes.map((note) => {
      const point = filePosition(note)
      return point === undefined ? undefined : mapNotePosition(point, from, to)
    })
    const arranged = arrangeNotes(
      rect,
      mapped.filter((point) => point === undefined).length,
      mapped.filter((point): point is Point => point !== undefined),
    )
    let nextArranged = 0
    return {
      areaId: area.id,
      notes: notes.map((note, index): PlannedNote => {
        const point = mapped[index]
        return {
          text: note.content,
          color: note.color.toUpperCase(),
          position: point ?? arranged[nextArranged++] ?? { x: to.x, y: to.y },
          placedBy: point === undefined ? 'arranged' : 'file',
        }
      }),
    }
  })
  return {
    definition,
    fileLocale: file.locale,
    localeFellBack: fellBack,
    metadata: file.metadata,
    areas,
  }
}

/**
 * Parses and checks a Canvas Creator file without planning it: JSON, the method's JSON Schema,
 * known `templateId` and `sectionId`s.
 * @throws CanvasCreatorFileError listing every problem with its JSON path.
 */
export function readCanvasCreatorFile(
  text: string,
  source: MethodDataSource = packagedMethodData,
): CanvasCreatorFile {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new CanvasCreatorFileError([{ path: '(file)', message: `is not JSON: ${reason}` }])
  }
  const schemaIssues = canvasCreatorSchemaIssues(value)
  if (schemaIssues.length > 0 || !isCanvasCreatorFile(value)) {
    throw new CanvasCreatorFileError(schemaIssues)
  }
  const data = parseMethodData(source)
  const canvas = data.canvasData[value.templateId]
  if (canvas === undefined) {
    throw new CanvasCreatorFileError([
      {
        path: 'templateId',
        message: `"${value.templateId}" is not a canvas of the APIOps Cycles method (${data.packageName} ${data.version} has ${Object.keys(data.canvasData).join(', ')})`,
      },
    ])
  }
  const sectionIds = canvas.sections.map((section) => section.id)
  const issues: CanvasCreatorIssue[] = value.sections.flatMap((section, index) =>
    sectionIds.includes(section.sectionId)
      ? []
      : [
          {
            path: `sections[${index}].sectionId`,
            message: `"${section.sectionId}" is not a section of ${value.templateId} (${sectionIds.join(', ')})`,
          },
        ],
  )
  if (issues.length > 0) {
    throw new CanvasCreatorFileError(issues)
  }
  return value
}

function filePosition(note: CanvasCreatorNote): Point | undefined {
  const x = note.position?.x
  const y = note.position?.y
  return x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)
    ? { x, y }
    : undefined
}
