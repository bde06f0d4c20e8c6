import * as z from 'zod/mini'

import { localeSchema, matchLocale } from '../locale/locales'
import { parseMethodTemplateId } from '../method/method-template-id'
import type { Area, Canvas, Note, ReadProblem, ReadProblemValues } from '../model/board'
import { containsPoint, rectCentre } from '../model/note-area'
import type { CanvasRef, StickyRef } from './board-walk'
import { decodeCanvasTemplateData } from './canvas-template-data'
import type { PortSticky } from './figjam-port'
import { PLUGIN_DATA_KEYS, readMarker } from './plugin-data'

/** Positions differing by less than this, px, count as the same place. */
const MOVE_TOLERANCE = 1

/** A note read from a sticky, with the sticky's absolute bounds (px). */
export interface PlacedNote {
  note: Note
  box: Rect
  /** The sticky the note was read from. */
  node: PortSticky
}

/** One canvas while it is being read: its notes by area, not yet in reading order. */
export interface CanvasRead {
  canvas: Canvas
  /** The canvas section's absolute bounds, px. */
  box: Rect
  placed: PlacedNote[]
  areaNotes: Map<string, PlacedNote[]>
  strayNotes: PlacedNote[]
}

/**
 * Adds a problem about one canvas (and optionally one of its areas) to `problems`: its code and
 * what its sentence names, worded by the panel (`readProblemText`).
 */
export function problemReporter(problems: ReadProblem[], canvasId: string) {
  return (
    code: ReadProblem['code'],
    values: ReadProblemValues,
    areaId: string | null = null,
  ): void => {
    problems.push({ code, values, canvasId, areaId })
  }
}

/** A sticky's absolute bounds, read once and kept on `ref`; null when it cannot be read. */
export function readStickyBox(ref: StickyRef): Rect | null {
  if (ref.box === undefined) {
    try {
      ref.box = ref.node.absoluteBoundingBox
    } catch {
      ref.box = null
    }
  }
  return ref.box
}

/** Whether the centre of the sticky lies inside `box` (absolute px). */
export function isOnBox(sticky: StickyRef, box: Rect): boolean {
  const stickyBox = readStickyBox(sticky)
  return stickyBox !== null && containsPoint(box, rectCentre(stickyBox))
}

/** The canvas section's absolute bounds, or null when it was deleted meanwhile. */
export function readCanvasBox(ref: CanvasRef): Rect | null {
  try {
    return ref.node.absoluteBoundingBox
  } catch {
    return null
  }
}

/**
 * Starts reading one canvas from what its section carries: name, template data (its areas in
 * fill order, empty) and the place it was put. Returns null, with a problem, when the canvas
 * was deleted meanwhile (`node-removed`) or its template data is missing or damaged
 * (`unknown-template`); a canvas found more than `MOVE_TOLERANCE` px away from where it was
 * placed is read where it is, with a `canvas-moved` problem. A person's duplicate of a canvas
 * (its `placedId` is another section's id) is a canvas of its own, never a moved one.
 */
export function readCanvas(ref: CanvasRef, box: Rect, problems: ReadProblem[]): CanvasRead | null {
  const problem = problemReporter(problems, ref.id)
  let title: string
  let templateData: string
  let placedAt: string
  let placedId: string
  let locale: string
  try {
    title = ref.node.name
    templateData = readMarker(ref.node, PLUGIN_DATA_KEYS.template)
    placedAt = readMarker(ref.node, PLUGIN_DATA_KEYS.placedAt)
    placedId = readMarker(ref.node, PLUGIN_DATA_KEYS.placedId)
    locale = readMarker(ref.node, PLUGIN_DATA_KEYS.locale)
  } catch {
    problem('node-removed', {})
    return null
  }
  const template = decodeCanvasTemplateData(templateData)
  if (template === null) {
    problem('unknown-template', { canvas: title })
    return null
  }
  const [placedX, placedY] = placedAt.split(',').map(Number)
  const duplicate = placedId !== '' && placedId !== ref.id
  if (
    !duplicate &&
    placedX !== undefined &&
    placedY !== undefined &&
    (Math.abs(placedX - box.x) >= MOVE_TOLERANCE || Math.abs(placedY - box.y) >= MOVE_TOLERANCE)
  ) {
    problem('canvas-moved', { canvas: title })
  }
  const areas: Area[] = [...template.areas]
    .sort((a, b) => a.fillOrder - b.fillOrder)
    .map((area) => ({
      id: area.id,
      sectionId: null,
      title: area.title,
      label: area.label,
      fillOrder: area.fillOrder,
      role: area.role,
      notes: [],
    }))
  return {
    canvas: {
      id: ref.id,
      templateId: template.id,
      title,
      areas,
      strayNotes: [],
      emptyStickyCount: 0,
      ...localeOf(locale, template.id),
    },
    box,
    placed: [],
    areaNotes: new Map(areas.map((area) => [area.id, []])),
    strayNotes: [],
  }
}

/**
 * The language a canvas was placed in: its `locale` marker when it is one of `LOCALES` (plugin
 * data is untrusted: a damaged value is ignored), else the language of a method canvas's template
 * id (`method:<id>:<locale>`, `pt-BR` read as `pt`); absent when neither gives one, which reads
 * as English.
 */
function localeOf(marker: string, templateId: string): Pick<Canvas, 'locale'> {
  const parsed = z.safeParse(localeSchema, marker)
  if (parsed.success) return { locale: parsed.data }
  const method = parseMethodTemplateId(templateId)
  const locale = method === undefined ? null : matchLocale([method.locale])
  return locale === null ? {} : { locale }
}
