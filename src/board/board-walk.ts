import type { PortPage, PortSceneNode, PortSection, PortSticky } from './figjam-port'
import { PLUGIN_DATA_KEYS, readMarker } from './plugin-data'

/** A sticky found by the walk; its id read once. */
export interface StickyRef {
  node: PortSticky
  id: string
  /** Bounds once read (null: could not be read); undefined until then. */
  box?: Rect | null
}

/** An area section found inside a canvas, with the stickies inside it. */
export interface AreaSectionRef {
  node: PortSection
  id: string
  areaId: string
  stickies: StickyRef[]
}

/** A canvas section found by the walk, with what lies inside it. */
export interface CanvasRef {
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

/** What one walk over the page found. */
export interface BoardWalk {
  /** Ids of the selected nodes, and of the page-level stickies in a selected group. */
  selectedIds: Set<string>
  canvases: CanvasRef[]
  /** Stickies at page level or in sections that are not canvases. */
  pageStickies: StickyRef[]
}

/**
 * Walks the page once: every canvas section (at page level or inside other sections), its area
 * sections and stickies (in groups and frames too), and the stickies outside every canvas. With
 * `selectedIds` empty nothing counts as selected. Nodes deleted during the walk are skipped
 * (counted on their canvas), never thrown.
 */
export function walkBoard(page: Pick<PortPage, 'children'>, selectedIds: Set<string>): BoardWalk {
  const walk: BoardWalk = { selectedIds, canvases: [], pageStickies: [] }
  walkContainer(page.children, walk, false)
  return walk
}

/** The ids of `nodes`, skipping nodes deleted meanwhile. */
export function idsOf(nodes: readonly PortSceneNode[]): Set<string> {
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
  return readMarker(node, PLUGIN_DATA_KEYS.role)
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
      } else if (type === 'FRAME') {
        walkContainer(node.children, walk, insideSelected || isSelected(node, walk))
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
      if (type === 'GROUP' || type === 'FRAME') {
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
          areaId: readMarker(node, PLUGIN_DATA_KEYS.areaId),
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
