import type { Canvas, Note, ReadProblem } from '../model/board'
import { findRegionOfNote } from '../model/note-area'
import { parseNoteTags } from '../model/note-tags'
import { sortInReadingOrder } from '../model/reading-order'
import { areaSectionName } from './area-section-name'
import { BoardError } from './board-error'
import type { CanvasRef, StickyRef } from './board-walk'
import { firstSolidFillHex } from './paint-color'
import { type CanvasRead, type PlacedNote, problemReporter } from './read-canvas'

/** Colour given to a sticky without a solid fill, which FigJam does not make. */
const FALLBACK_NOTE_COLOR = '#FFFFFF'

/**
 * Reads the stickies of one canvas into `read`: those inside an area section into that area,
 * the loose ones and `pageStickies` (lying on the canvas) into the area under their centre, else
 * stray. Empty stickies are counted, not read. Area sections of areas the template lacks
 * (`unknown-area`), areas whose section is gone (`area-section-missing`) and nodes deleted
 * meanwhile (`node-removed`) become problems.
 */
export function fillCanvas(
  read: CanvasRead,
  ref: CanvasRef,
  pageStickies: readonly StickyRef[],
  problems: ReadProblem[],
): void {
  const { canvas } = read
  const problem = problemReporter(problems, canvas.id)
  let removedCount = ref.removedCount
  const addNote = (sticky: StickyRef, target: PlacedNote[] | ((box: Rect) => PlacedNote[])) => {
    try {
      const placed = readNote(sticky, read.box)
      if (placed === null) {
        canvas.emptyStickyCount += 1
        return
      }
      read.placed.push(placed)
      ;(typeof target === 'function' ? target(placed.box) : target).push(placed)
    } catch {
      removedCount += 1
    }
  }

  const regions: { areaId: string; rect: Rect }[] = []
  const centreAssigned: StickyRef[] = [...ref.looseStickies]
  for (const section of ref.areaSections) {
    const area = canvas.areas.find((candidate) => candidate.id === section.areaId)
    const notes = read.areaNotes.get(section.areaId)
    let rect: Rect | null
    let name: string
    try {
      rect = section.node.absoluteBoundingBox
      name = section.node.name
    } catch {
      removedCount += 1
      continue
    }
    if (area === undefined || notes === undefined) {
      problem(
        'unknown-area',
        {
          canvas: canvas.title,
          section: name,
          areaId: section.areaId,
          templateId: canvas.templateId,
        },
        section.areaId === '' ? null : section.areaId,
      )
      centreAssigned.push(...section.stickies)
      continue
    }
    area.sectionId ??= section.id
    if (rect !== null) {
      regions.push({ areaId: area.id, rect })
    }
    for (const sticky of section.stickies) {
      addNote(sticky, notes)
    }
  }
  const assign = (box: Rect): PlacedNote[] => {
    const region = findRegionOfNote(box, regions)
    return (region === undefined ? undefined : read.areaNotes.get(region.areaId)) ?? read.strayNotes
  }
  for (const sticky of [...centreAssigned, ...pageStickies]) {
    addNote(sticky, assign)
  }

  for (const area of canvas.areas) {
    if (area.sectionId === null) {
      problem(
        'area-section-missing',
        { area: areaSectionName(area), canvas: canvas.title },
        area.id,
      )
    }
  }
  if (removedCount > 0) {
    problem('node-removed', { count: removedCount, canvas: canvas.title })
  }
}

/**
 * Reads one sticky: text (sticky text and its characters), fills, bounds, author; the id was
 * read by the walk. Returns null for an empty sticky. Throws when the node is gone.
 */
function readNote(sticky: StickyRef, canvasBox: Rect): PlacedNote | null {
  const node = sticky.node
  const text = node.text.characters
  if (text.trim() === '') {
    return null
  }
  const fills = node.fills
  const box = sticky.box ?? node.absoluteBoundingBox
  const authorName = node.authorName
  if (box === null) {
    throw new BoardError('board.stickyWithoutBounds', { id: sticky.id })
  }
  return {
    box,
    node,
    note: {
      id: sticky.id,
      text,
      author: authorName === '' ? null : authorName,
      color: firstSolidFillHex(fills) ?? FALLBACK_NOTE_COLOR,
      position: { x: box.x - canvasBox.x, y: box.y - canvasBox.y },
      tags: parseNoteTags(text),
      links: [],
    },
  }
}

/** The finished canvas: every area's notes and the stray notes in reading order. */
export function finishCanvas(read: CanvasRead): Canvas {
  const inOrder = (placed: readonly PlacedNote[]): Note[] =>
    sortInReadingOrder(placed, (entry) => entry.box).map((entry) => entry.note)
  return {
    ...read.canvas,
    areas: read.canvas.areas.map((area) => ({
      ...area,
      notes: inOrder(read.areaNotes.get(area.id) ?? []),
    })),
    strayNotes: inOrder(read.strayNotes),
  }
}
