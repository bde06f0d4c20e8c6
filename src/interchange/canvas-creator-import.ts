import {
  AREA_NOTE_MARGIN,
  areaNoteRange,
  arrangeNotes,
  STICKY_SIZE,
} from '../canvas/area-note-range'
import type { CanvasDefinition } from '../canvas/canvas-definition'
import { mapNotePosition, type Point } from '../canvas/note-range'
import { AREA_GAP, CANVAS_PADDING, computeTemplateLayout } from '../canvas/template-layout'
import { canvasCreatorNoteRange, canvasCreatorSectionBox } from '../method/canvas-creator-drawing'
import { buildMethodCanvasDefinition, resolveMethodLocale } from '../method/method-canvases'
import { type MethodDataSource, parseMethodData } from '../method/method-data'
import { packagedMethodData } from '../method/packaged-method-data'
import type { CanvasCreatorMetadata } from '../model/board'
import { FileError } from '../model/file-error'
import type { PlannedNote } from '../model/planned-placement'
import {
  type CanvasCreatorFile,
  type CanvasCreatorNote,
  canvasCreatorSchemaIssues,
  isCanvasCreatorFile,
} from './canvas-creator-schema'

/**
 * The stickies of one area, in the file's order: text as in the file, colour upper-cased, `ref`
 * `<areaId>-<n>` (its place among the area's notes, from 1), and always a position (mapped from
 * the file's, or arranged when the file gives none).
 */
export interface PlannedArea {
  areaId: string
  notes: (PlannedNote & { position: Point })[]
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
  /**
   * Sections of the file the method does not have (of an earlier version of it), in the file's
   * order: their notes go beside the canvas's areas, in a column right of them.
   */
  retiredSections: { sectionId: string; notes: (PlannedNote & { position: Point })[] }[]
  /** The file as read, so a board made from the plan can be written back unchanged. */
  file: CanvasCreatorFile
}

/**
 * Plans placing a Canvas Creator file (../shared/DOMAIN.md §5) that `canvasCreatorFileFromValue`
 * accepted, before anything is placed. Sections may be left out; a section given twice has its
 * notes joined. A section the method does not have keeps its notes in `retiredSections`.
 *
 * Positions in Canvas Creator's 1000 × 712 drawing are mapped into the area's rect of
 * `computeTemplateLayout(definition)`, keeping their relative place inside the section (clamped
 * into it). Notes without a position (or without x or y) go in rows under the area's header,
 * clear of the positioned ones (`arrangeNotes`). Colours are kept, upper-cased.
 */
export function planCanvasCreatorFile(
  file: CanvasCreatorFile,
  source: MethodDataSource = packagedMethodData,
): CanvasCreatorPlacementPlan {
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
      notes: notes.map((note, index) => ({
        ref: `${area.id}-${String(index + 1)}`,
        areaId: area.id,
        text: note.content,
        color: note.color.toUpperCase(),
        position: mapped[index] ?? arranged[nextArranged++] ?? { x: to.x, y: to.y },
      })),
    }
  })
  const known = new Set(canvas?.sections.map((section) => section.id))
  const retired = file.sections.filter((section) => !known.has(section.sectionId))
  const step = STICKY_SIZE + AREA_NOTE_MARGIN
  let row = 0
  const retiredSections = retired.map((section) => ({
    sectionId: section.sectionId,
    notes: section.stickyNotes.map((note, index) => ({
      ref: `retired-${section.sectionId}-${String(index + 1)}`,
      areaId: null,
      text: note.content,
      color: note.color.toUpperCase(),
      position: { x: layout.width + AREA_GAP, y: CANVAS_PADDING + step * row++ },
    })),
  }))
  return {
    definition,
    fileLocale: file.locale,
    localeFellBack: fellBack,
    metadata: file.metadata,
    areas,
    retiredSections,
    file,
  }
}

/**
 * A parsed JSON value as a Canvas Creator file: it must pass the method's JSON Schema and name a
 * canvas of the method data as `templateId` (looked up among the data's own entries only).
 * Section ids the method does not have are allowed: files of earlier versions of the method have
 * them (the method package's own Business Impact Canvas template).
 * @throws FileError listing every problem with its JSON path.
 */
export function canvasCreatorFileFromValue(
  value: unknown,
  source: MethodDataSource = packagedMethodData,
): CanvasCreatorFile {
  const schemaIssues = canvasCreatorSchemaIssues(value)
  if (schemaIssues.length > 0 || !isCanvasCreatorFile(value)) {
    throw new FileError('canvas-creator', schemaIssues)
  }
  const data = parseMethodData(source)
  if (data.canvasData[value.templateId] === undefined) {
    throw new FileError('canvas-creator', [
      {
        path: 'templateId',
        key: 'common.issueNotMethodCanvas',
        values: {
          id: value.templateId,
          source: `${data.packageName} ${data.version}`,
          ids: Object.keys(data.canvasData).join(', '),
        },
      },
    ])
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
