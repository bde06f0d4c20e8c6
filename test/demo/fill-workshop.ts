import type { PortSection, PortSticky } from '../../src/board/figjam-port'
import { PLUGIN_DATA_KEYS, readMarker } from '../../src/board/plugin-data'
import type { FakeFigJam } from '../fake-figjam/fake-figjam'
import type { Workshop } from './sample-workshop'

const STICKY_SIZE = 240
const SPACING = 24

/**
 * Fills placed canvases the way a workshop does: each note becomes a sticky a person adds in its
 * area (in rows under the area's header), at page level over its area when `placement` is
 * `page`, on the canvas below its first marker when it has no area; then the connectors.
 * `canvasIds[i]` is the placed canvas section for `workshop.canvases[i]`.
 * @throws Error when a canvas or area section is missing, or a stray note has no free spot.
 */
export function fillWorkshop(
  figma: FakeFigJam,
  workshop: Workshop,
  canvasIds: readonly string[],
): void {
  workshop.canvases.forEach((canvasNotes, index) => {
    const canvas = figma.nodeById(canvasIds[index] ?? '')
    if (canvas?.type !== 'SECTION') throw new Error(`no canvas for ${canvasNotes.templateId}`)
    const stickies = new Map<string, PortSticky>()
    const cursors = new Map<string, { x: number; y: number; rowHeight: number }>()

    for (const note of canvasNotes.notes) {
      if (note.area === null) {
        stickies.set(note.ref, addStray(figma, canvas, note))
        continue
      }
      const area = areaSection(canvas, note.area)
      const box = area.absoluteBoundingBox
      if (box === null) throw new Error(`area ${note.area} has no bounds`)
      const cursor = cursors.get(note.area) ?? {
        x: box.x + SPACING,
        y: headerBottom(area) + SPACING,
        rowHeight: 0,
      }
      if (cursor.x + STICKY_SIZE > box.x + box.width - SPACING) {
        cursor.x = box.x + SPACING
        cursor.y += cursor.rowHeight + SPACING
        cursor.rowHeight = 0
      }
      const sticky = figma.person.addSticky({
        text: note.text,
        author: note.author,
        x: cursor.x,
        y: cursor.y,
        parent: note.placement === 'page' ? figma.page : area,
        ...(note.color === undefined ? {} : { color: note.color }),
      })
      ;(note.stamps ?? []).forEach((kind, stampIndex) => {
        figma.person.addStamp(kind, sticky, { x: 8 + stampIndex * 44, y: 8 })
      })
      cursor.x += STICKY_SIZE + SPACING
      cursor.rowHeight = Math.max(cursor.rowHeight, sticky.height)
      cursors.set(note.area, cursor)
      stickies.set(note.ref, sticky)
    }

    for (const [fromRef, toRef] of canvasNotes.connectors) {
      const from = stickies.get(fromRef)
      const to = stickies.get(toRef)
      if (from === undefined || to === undefined) throw new Error(`no sticky ${fromRef}/${toRef}`)
      figma.person.connect(from, to)
    }
  })
}

function areaSection(canvas: PortSection, areaId: string): PortSection {
  const area = canvas.children.find(
    (child): child is PortSection =>
      child.type === 'SECTION' && readMarker(child, PLUGIN_DATA_KEYS.areaId) === areaId,
  )
  if (area === undefined) throw new Error(`no section for area ${areaId}`)
  return area
}

function headerBottom(area: PortSection): number {
  const top = area.absoluteBoundingBox?.y ?? 0
  return Math.max(
    top,
    ...area.children.map((child) => {
      const box = child.absoluteBoundingBox
      return box === null ? top : box.y + box.height
    }),
  )
}

function addStray(
  figma: FakeFigJam,
  canvas: PortSection,
  note: Workshop['canvases'][number]['notes'][number],
): PortSticky {
  const marker = canvas.children.find((child) => child.type === 'SHAPE_WITH_TEXT')
  const canvasBox = canvas.absoluteBoundingBox
  const markerBox = marker?.absoluteBoundingBox
  if (canvasBox === null || markerBox === undefined || markerBox === null) {
    throw new Error(`no free spot on the canvas for "${note.text}"`)
  }
  return figma.person.addSticky({
    text: note.text,
    author: note.author,
    x: markerBox.x + (markerBox.width - STICKY_SIZE) / 2,
    y: markerBox.y + markerBox.height + 2 * SPACING,
    parent: canvas,
    ...(note.color === undefined ? {} : { color: note.color }),
  })
}
