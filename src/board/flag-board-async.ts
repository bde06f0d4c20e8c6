import type { BoardFlag } from '../model/board-flag'
import { BoardError } from './board-error'
import type { FigJamPort, PortSceneNode, PortSection } from './figjam-port'
import { findFlagNodes } from './find-flag-nodes'
import { runWithRollbackAsync } from './node-rollback'
import { PLUGIN_DATA_KEYS, readMarker } from './plugin-data'
import { loadPluginFontsAsync } from './plugin-fonts'
import { createLabelShapeIn } from './plugin-nodes'

/** Size of a flag on the board, px. */
export const FLAG_SIZE = { width: 320, height: 112 } as const
/** FigJam's red sticky colour: flags stand out from the canvas tints. */
export const FLAG_FILL = '#FFB8A8'
/** Space between a flag and what it marks, and between stacked flags, px. */
const FLAG_GAP = 16
/** Text size of a flag, px: readable when zoomed to an area. */
const FLAG_TEXT_SIZE = 20

/** What `flagBoardAsync` drew. */
export interface FlaggedBoard {
  /** Flags on the board now, one per flag given. */
  flagCount: number
  /** Flags of an earlier run that were taken away. */
  replacedCount: number
}

interface CanvasTarget {
  section: PortSection
  box: Rect
  templateId: string
  /** Absolute top-left of a flag on each area: right-aligned below the area's header, by area id. */
  areaSpots: Map<string, { x: number; y: number }>
}

/**
 * Draws one flag per `BoardFlag`: a red rounded box with the flag's message, a child of its
 * canvas section (canvas-relative x/y), right of the flag's first sticky, else right-aligned in
 * its area just below the area's header, else (area section deleted, or no area) at the
 * canvas's top-left; flags on the same spot stack downwards. Flags carry plugin data role `flag` (never read as notes) and
 * replace the flags of the last run. One undo step.
 * @throws BoardError, changing nothing, when a canvas is no plugin canvas on the board any more, or
 *   a sticky is gone or not a sticky (the board changed since it was read); or when FigJam
 *   refuses a change, after removing the new flags (`runWithRollbackAsync`).
 */
export async function flagBoardAsync(
  figma: FigJamPort,
  flags: readonly BoardFlag[],
): Promise<FlaggedBoard> {
  const canvasIds = distinct(flags.map((flag) => flag.canvasId))
  const noteIds = distinct(([] as string[]).concat(...flags.map((flag) => flag.noteIds)))
  const [canvasTargets, stickyBoxes] = await Promise.all([
    Promise.all(canvasIds.map((id) => findCanvasTargetAsync(figma, id))),
    Promise.all(noteIds.map((id) => findStickyBoxAsync(figma, id))),
  ])
  const canvases = new Map(canvasIds.map((id, index) => [id, canvasTargets[index]]))
  const noteBoxes = new Map(noteIds.map((id, index) => [id, stickyBoxes[index]]))

  const fonts = await loadPluginFontsAsync(figma)
  const previous = findFlagNodes(figma.currentPage)
  const stacked = new Map<string, number>()
  await runWithRollbackAsync({ key: 'board.flagsNotDrawn' }, (track) => {
    for (const flag of flags) {
      const canvas = canvases.get(flag.canvasId)
      if (canvas === undefined) {
        continue
      }
      const anchor = anchorOf(flag, canvas, noteBoxes)
      const key = `${String(anchor.x)},${String(anchor.y)}`
      const below = stacked.get(key) ?? 0
      stacked.set(key, below + 1)
      createLabelShapeIn(
        figma,
        track,
        canvas.section,
        {
          text: flag.message,
          font: fonts.body,
          fontSize: FLAG_TEXT_SIZE,
          shapeType: 'ROUNDED_RECTANGLE',
          fill: FLAG_FILL,
          x: anchor.x - canvas.box.x,
          y: anchor.y - canvas.box.y + below * (FLAG_SIZE.height + FLAG_GAP),
          ...FLAG_SIZE,
        },
        {
          role: 'flag',
          templateId: canvas.templateId,
          ...(flag.areaId === null ? {} : { areaId: flag.areaId }),
        },
      )
    }
    return Promise.resolve()
  })
  let replacedCount = 0
  for (const old of previous) {
    if (!old.removed) {
      old.remove()
      replacedCount += 1
    }
  }
  figma.commitUndo()
  return { flagCount: flags.length, replacedCount }
}

function distinct(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) === index)
}

/** Absolute top-left of a flag. */
function anchorOf(
  flag: BoardFlag,
  canvas: CanvasTarget,
  noteBoxes: ReadonlyMap<string, Rect | undefined>,
): { x: number; y: number } {
  const firstNote = flag.noteIds[0]
  const note = firstNote === undefined ? undefined : noteBoxes.get(firstNote)
  if (note !== undefined) {
    return { x: note.x + note.width + FLAG_GAP, y: note.y }
  }
  const areaSpot = flag.areaId === null ? undefined : canvas.areaSpots.get(flag.areaId)
  if (areaSpot !== undefined) {
    return areaSpot
  }
  return { x: canvas.box.x + FLAG_GAP, y: canvas.box.y + FLAG_GAP }
}

async function findCanvasTargetAsync(figma: FigJamPort, canvasId: string): Promise<CanvasTarget> {
  const node = await figma.getNodeByIdAsync(canvasId)
  const gone = new BoardError('board.flagCanvasGone', { id: canvasId })
  if (node === null || node.type !== 'SECTION') {
    throw gone
  }
  if (readMarker(node, PLUGIN_DATA_KEYS.role) !== 'canvas') {
    throw new BoardError('board.flagNotACanvas', { id: canvasId })
  }
  const box = node.absoluteBoundingBox
  if (box === null) {
    throw gone
  }
  const areaSpots = new Map<string, { x: number; y: number }>()
  collectAreaSpots(node.children, areaSpots)
  return {
    section: node,
    box,
    templateId: readMarker(node, PLUGIN_DATA_KEYS.templateId),
    areaSpots,
  }
}

function collectAreaSpots(
  children: readonly PortSceneNode[],
  into: Map<string, { x: number; y: number }>,
): void {
  for (const child of children) {
    if (child.type !== 'SECTION') {
      continue
    }
    if (readMarker(child, PLUGIN_DATA_KEYS.role) !== 'area') {
      collectAreaSpots(child.children, into)
      continue
    }
    const areaId = readMarker(child, PLUGIN_DATA_KEYS.areaId)
    const box = child.absoluteBoundingBox
    if (box !== null && !into.has(areaId)) {
      into.set(areaId, {
        x: box.x + box.width - FLAG_SIZE.width - FLAG_GAP,
        y: Math.max(box.y, headerBottom(child.children)) + FLAG_GAP,
      })
    }
  }
}

/** The lowest bottom edge of the plugin's header texts among `children`, absolute px. */
function headerBottom(children: readonly PortSceneNode[]): number {
  let bottom = -Infinity
  for (const child of children) {
    if (child.type === 'TEXT' && readMarker(child, PLUGIN_DATA_KEYS.role) === 'header') {
      const box = child.absoluteBoundingBox
      bottom = box === null ? bottom : Math.max(bottom, box.y + box.height)
    }
  }
  return bottom
}

async function findStickyBoxAsync(figma: FigJamPort, noteId: string): Promise<Rect> {
  const node = await figma.getNodeByIdAsync(noteId)
  if (node === null) {
    throw new BoardError('board.flagStickyGone', { id: noteId })
  }
  if (node.type !== 'STICKY') {
    throw new BoardError('board.flagNotASticky', { id: noteId })
  }
  const box = node.absoluteBoundingBox
  if (box === null) {
    throw new BoardError('board.flagStickyHidden', { id: noteId })
  }
  return box
}
