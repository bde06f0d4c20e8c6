import {
  BOARD_SCHEMA_VERSION,
  type Area,
  type Board,
  type Canvas,
  type Note,
  type ReadProblem,
} from '../model/board'
import { findRegionOfNote, rectCentre, containsPoint, type BoxRect } from '../model/note-area'
import { buildNoteLinks, labelTagProblem, type NoteConnection } from '../model/note-links'
import { parseNoteTags } from '../model/note-tags'
import { sortInReadingOrder } from '../model/reading-order'
import { readConnectorEnds } from './connector-ends'
import type { FigJamPort, PortSceneNode, PortSection, PortSticky } from './figjam-port'
import { areaSectionName } from './area-section-name'
import { decodeCanvasTemplateData } from './canvas-template-data'
import { firstSolidFillHex } from './paint-color'
import { PLUGIN_DATA_KEYS } from './plugin-data'
import { readStampVotes } from './read-stamp-votes'

/** Which canvases `readBoardAsync` reads. */
export type ReadScope = 'selection' | 'page'

/** Colour given to a sticky without a solid fill, which FigJam does not make. */
const FALLBACK_NOTE_COLOR = '#FFFFFF'
/** Positions differing by less than this, px, count as the same place. */
const MOVE_TOLERANCE = 1

interface StickyRef {
  node: PortSticky
  id: string
  /** Bounds once read (null: could not be read); undefined until then. */
  box?: BoxRect | null
}

interface AreaSectionRef {
  node: PortSection
  id: string
  areaId: string
  stickies: StickyRef[]
}

interface CanvasRef {
  node: PortSection
  id: string
  areaSections: AreaSectionRef[]
  /** Stickies on the canvas but not inside an area section, placed by their centre. */
  looseStickies: StickyRef[]
  /** The canvas section, or a node in it, or a section around it, is selected. */
  selected: boolean
  /** Nodes that vanished while the canvas was walked. */
  removedCount: number
}

interface BoardWalk {
  /** Ids of the selected nodes, and of the page-level stickies in a selected group. */
  selectedIds: Set<string>
  canvases: CanvasRef[]
  /** Stickies at page level or in sections that are not canvases. */
  pageStickies: StickyRef[]
}

interface PlacedNote {
  note: Note
  box: BoxRect
  node: PortSticky
}

interface CanvasRead {
  canvas: Canvas
  box: BoxRect
  placed: PlacedNote[]
  areaNotes: Map<string, PlacedNote[]>
  strayNotes: PlacedNote[]
}

/**
 * Reads the canvases on the current page into a `Board`: plain data that fits `boardSchema` by
 * construction (the panel parses it on arrival, so the main thread does not parse it again).
 * Canvases are sections with plugin data role `canvas`, at page level or inside
 * other sections; each canvas's template id, title and areas come from the template data written
 * on it at placement (`canvas-template-data.ts`), not from the template's definition. With scope
 * `selection`, only canvases that are selected, hold a selected node, lie inside a selected
 * section or under a selected page-level sticky (or a sticky in a selected group) are read; with
 * nothing selected, the whole page is.
 *
 * A sticky belongs to an area when it is inside the area's section, or, lying on the canvas or
 * on the page, when its centre is inside the area section's bounds; on the canvas but in no area
 * it is stray. A sticky in a group people made (nested groups too) counts as lying where the
 * group lies. Empty stickies are counted, not read; the plugin's own labels and flags are never
 * stickies. Notes are in reading order; links come from connectors between two notes read and
 * from shared `#tags` (a tag on more than `TAG_LINK_LIMIT` stickies links none: a
 * `tag-not-linked` problem on the canvas of its first sticky). Deleted area sections, canvases
 * whose template data is missing or does not parse (`unknown-template`), unknown areas, moved
 * canvases and nodes deleted during the read are reported in `problems`, never thrown.
 */
export async function readBoardAsync(
  figma: FigJamPort,
  scope: ReadScope,
  options: ReadOptions = {},
): Promise<Board> {
  const page = figma.currentPage
  const walk: BoardWalk = {
    selectedIds: scope === 'selection' ? idsOf(page.selection) : new Set(),
    canvases: [],
    pageStickies: [],
  }
  walkContainer(page.children, walk, false)

  const wholePage = walk.selectedIds.size === 0
  const selectedPageStickies = walk.pageStickies.filter((ref) => walk.selectedIds.has(ref.id))
  const unclaimed = new Set(walk.pageStickies)
  const problems: ReadProblem[] = []
  const reads: CanvasRead[] = []
  const pause = pauser(options)
  for (const [index, ref] of walk.canvases.entries()) {
    await pause(index, walk.canvases.length)
    const box = readCanvasBox(ref)
    if (box === null) {
      continue
    }
    const inScope =
      wholePage || ref.selected || selectedPageStickies.some((sticky) => isOnBox(sticky, box))
    const read = inScope ? readCanvas(ref, box, problems) : null
    if (read === null) {
      continue
    }
    const onCanvas = walk.pageStickies.filter(
      (sticky) => unclaimed.has(sticky) && isOnBox(sticky, box),
    )
    for (const sticky of onCanvas) {
      unclaimed.delete(sticky)
    }
    fillCanvas(read, ref, onCanvas, problems)
    reads.push(read)
  }

  linkNotes(figma, reads, problems)
  const placed: PlacedNote[] = []
  for (const read of reads) placed.push(...read.placed)
  readStampVotes(figma.currentPage, placed)
  return {
    schemaVersion: BOARD_SCHEMA_VERSION,
    canvases: sortInReadingOrder(reads, (read) => read.box).map((read) => finishCanvas(read)),
    problems,
  }
}

/** How a long read reports on itself. */
export interface ReadOptions {
  /**
   * Called with the canvases read so far and their number, at most every `sliceMs`, before the
   * read gives the host a turn (so the panel can show it and FigJam stays responsive).
   */
  onProgress?: (done: number, total: number) => void
  /** Longest stretch of reading without a pause, ms. Default 50. */
  sliceMs?: number
}

function pauser(options: ReadOptions): (done: number, total: number) => Promise<void> {
  const sliceMs = options.sliceMs ?? 50
  let sliceStart = Date.now()
  return async (done, total) => {
    if (Date.now() - sliceStart < sliceMs) {
      return
    }
    options.onProgress?.(done, total)
    await new Promise<void>((resolve) => {
      setTimeout(resolve, 0)
    })
    sliceStart = Date.now()
  }
}

function idsOf(nodes: readonly PortSceneNode[]): Set<string> {
  const ids = new Set<string>()
  for (const node of nodes) {
    try {
      ids.add(node.id)
    } catch {
      // A selected node deleted meanwhile selects nothing.
    }
  }
  return ids
}

function roleOf(node: PortSection): string {
  return node.getPluginData(PLUGIN_DATA_KEYS.role)
}

function walkContainer(
  children: readonly PortSceneNode[],
  walk: BoardWalk,
  insideSelected: boolean,
  inSelectedGroup = false,
): void {
  for (const node of children) {
    try {
      const { type } = node
      if (type === 'SECTION') {
        if (roleOf(node) === 'canvas') {
          walkCanvas(node, walk, insideSelected)
        } else {
          walkContainer(node.children, walk, insideSelected || isSelected(node, walk))
        }
      } else if (type === 'GROUP') {
        const selected = inSelectedGroup || isSelected(node, walk)
        walkContainer(node.children, walk, insideSelected, selected)
      } else if (type === 'STICKY') {
        const id = node.id
        walk.pageStickies.push({ node, id })
        if (inSelectedGroup) {
          walk.selectedIds.add(id)
        }
      }
    } catch {
      // A node deleted outside every canvas takes nothing of a canvas with it.
    }
  }
}

function isSelected(node: PortSceneNode, walk: BoardWalk): boolean {
  return walk.selectedIds.size > 0 && walk.selectedIds.has(node.id)
}

function walkCanvas(section: PortSection, walk: BoardWalk, insideSelected: boolean): void {
  const id = section.id
  const canvas: CanvasRef = {
    node: section,
    id,
    areaSections: [],
    looseStickies: [],
    selected: insideSelected || walk.selectedIds.has(id),
    removedCount: 0,
  }
  walk.canvases.push(canvas)
  walkInCanvas(section.children, canvas, null, walk)
}

function walkInCanvas(
  children: readonly PortSceneNode[],
  canvas: CanvasRef,
  area: AreaSectionRef | null,
  walk: BoardWalk,
): void {
  for (const node of children) {
    try {
      const { type } = node
      if (type === 'STICKY') {
        const id = node.id
        canvas.selected ||= walk.selectedIds.has(id)
        ;(area?.stickies ?? canvas.looseStickies).push({ node, id })
        continue
      }
      if (!canvas.selected && isSelected(node, walk)) {
        canvas.selected = true
      }
      if (type === 'GROUP') {
        walkInCanvas(node.children, canvas, area, walk)
        continue
      }
      if (type !== 'SECTION') {
        continue
      }
      const role = roleOf(node)
      if (role === 'canvas') {
        walkCanvas(node, walk, false)
      } else if (role === 'area' && area === null) {
        const found: AreaSectionRef = {
          node,
          id: node.id,
          areaId: node.getPluginData(PLUGIN_DATA_KEYS.areaId),
          stickies: [],
        }
        canvas.areaSections.push(found)
        walkSection(node, canvas, found, walk)
      } else {
        walkSection(node, canvas, area, walk)
      }
    } catch {
      canvas.removedCount += 1
    }
  }
}

/**
 * Walks a section inside a canvas. A section holding no other section gives its stickies, those
 * in groups too, in one host call, their kind known without reading each node's `type`, once
 * the selection no longer needs matching against the section's other nodes.
 */
function walkSection(
  section: PortSection,
  canvas: CanvasRef,
  area: AreaSectionRef | null,
  walk: BoardWalk,
): void {
  const selectionSettled = walk.selectedIds.size === 0 || canvas.selected
  if (!selectionSettled || section.findAllWithCriteria({ types: ['SECTION'] }).length > 0) {
    walkInCanvas(section.children, canvas, area, walk)
    return
  }
  const stickies = area?.stickies ?? canvas.looseStickies
  for (const node of section.findAllWithCriteria({ types: ['STICKY'] })) {
    try {
      stickies.push({ node, id: node.id })
    } catch {
      canvas.removedCount += 1
    }
  }
}

function readStickyBox(ref: StickyRef): BoxRect | null {
  if (ref.box === undefined) {
    try {
      ref.box = ref.node.absoluteBoundingBox
    } catch {
      ref.box = null
    }
  }
  return ref.box
}

function isOnBox(sticky: StickyRef, box: BoxRect): boolean {
  const stickyBox = readStickyBox(sticky)
  return stickyBox !== null && containsPoint(box, rectCentre(stickyBox))
}

function readCanvasBox(ref: CanvasRef): BoxRect | null {
  try {
    return ref.node.absoluteBoundingBox
  } catch {
    return null
  }
}

function problemReporter(problems: ReadProblem[], canvasId: string) {
  return (code: ReadProblem['code'], message: string, areaId: string | null = null): void => {
    problems.push({ code, message, canvasId, areaId })
  }
}

function readCanvas(ref: CanvasRef, box: BoxRect, problems: ReadProblem[]): CanvasRead | null {
  const problem = problemReporter(problems, ref.id)
  let title: string
  let templateData: string
  let placedAt: string
  try {
    title = ref.node.name
    templateData = ref.node.getPluginData(PLUGIN_DATA_KEYS.template)
    placedAt = ref.node.getPluginData(PLUGIN_DATA_KEYS.placedAt)
  } catch {
    problem(
      'node-removed',
      'A canvas was deleted while the board was being read and was skipped. Read the board again.',
    )
    return null
  }
  const template = decodeCanvasTemplateData(templateData)
  if (template === null) {
    problem(
      'unknown-template',
      `Canvas "${title}" lacks the template data the plugin writes when it places a canvas (placed by an older version, or the data was damaged), so it was not read. Place the canvas again and move the stickies over.`,
    )
    return null
  }
  const [placedX, placedY] = placedAt.split(',').map(Number)
  if (
    placedX !== undefined &&
    placedY !== undefined &&
    (Math.abs(placedX - box.x) >= MOVE_TOLERANCE || Math.abs(placedY - box.y) >= MOVE_TOLERANCE)
  ) {
    problem(
      'canvas-moved',
      `Canvas "${title}" has moved since it was placed; it was read where it is now. Stickies left behind outside it are not counted: drag them onto the canvas.`,
    )
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
    },
    box,
    placed: [],
    areaNotes: new Map(areas.map((area) => [area.id, []])),
    strayNotes: [],
  }
}

function fillCanvas(
  read: CanvasRead,
  ref: CanvasRef,
  pageStickies: readonly StickyRef[],
  problems: ReadProblem[],
): void {
  const { canvas } = read
  const problem = problemReporter(problems, canvas.id)
  let removedCount = ref.removedCount
  const addNote = (sticky: StickyRef, target: PlacedNote[] | ((box: BoxRect) => PlacedNote[])) => {
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

  const regions: { areaId: string; rect: BoxRect }[] = []
  const centreAssigned: StickyRef[] = [...ref.looseStickies]
  for (const section of ref.areaSections) {
    const area = canvas.areas.find((candidate) => candidate.id === section.areaId)
    const notes = read.areaNotes.get(section.areaId)
    let rect: BoxRect | null
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
        `Canvas "${canvas.title}" holds a section "${name}" for an area ("${section.areaId}") that template "${canvas.templateId}" does not have; its stickies are counted as stray.`,
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
  const assign = (box: BoxRect): PlacedNote[] => {
    const region = findRegionOfNote(box, regions)
    return (region === undefined ? undefined : read.areaNotes.get(region.areaId)) ?? read.strayNotes
  }
  for (const sticky of [...centreAssigned, ...pageStickies]) {
    addNote(sticky, assign)
  }

  for (const area of canvas.areas) {
    if (area.sectionId === null) {
      const definitionName = areaSectionName(area)
      problem(
        'area-section-missing',
        `Area "${definitionName}" of canvas "${canvas.title}" has no section any more, so it is read as empty. Undo the deletion, or place the canvas again and move the stickies over.`,
        area.id,
      )
    }
  }
  if (removedCount > 0) {
    const what = removedCount === 1 ? 'A node was' : `${removedCount} nodes were`
    problem(
      'node-removed',
      `${what} deleted from canvas "${canvas.title}" while the board was being read and skipped. Read the board again.`,
    )
  }
}

/**
 * Reads one sticky: text (sticky text and its characters), fills, bounds, author; the id was
 * read by the walk. Returns null for an empty sticky. Throws when the node is gone.
 */
function readNote(sticky: StickyRef, canvasBox: BoxRect): PlacedNote | null {
  const node = sticky.node
  const text = node.text.characters
  if (text.trim() === '') {
    return null
  }
  const fills = node.fills
  const box = sticky.box ?? node.absoluteBoundingBox
  const authorName = node.authorName
  if (box === null) {
    throw new Error(`Sticky ${sticky.id} has no bounds.`)
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

function linkNotes(figma: FigJamPort, reads: readonly CanvasRead[], problems: ReadProblem[]): void {
  const notes: Note[] = []
  for (const read of reads) {
    for (const placed of read.placed) {
      notes.push(placed.note)
    }
  }
  if (notes.length < 2) {
    return
  }
  const connections: NoteConnection[] = []
  for (const connector of figma.currentPage.findAllWithCriteria({ types: ['CONNECTOR'] })) {
    const [fromId, toId] = readConnectorEnds(connector) ?? [null, null]
    if (fromId !== null && toId !== null) {
      connections.push({ fromId, toId })
    }
  }
  const { byNote, labelTags } = buildNoteLinks(notes, connections)
  for (const note of notes) {
    note.links = byNote.get(note.id) ?? []
  }
  if (labelTags.length === 0) return
  const canvasOf = new Map<string, string>()
  for (const read of reads) {
    for (const { note } of read.placed) canvasOf.set(note.id, read.canvas.id)
  }
  for (const label of labelTags) {
    const canvasId = canvasOf.get(label.noteIds[0] ?? '')
    if (canvasId !== undefined) problems.push(labelTagProblem(label, canvasId))
  }
}

function finishCanvas(read: CanvasRead): Canvas {
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
