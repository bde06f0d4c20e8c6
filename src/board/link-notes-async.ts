import { BoardError } from './board-error'
import { readConnectorEnds } from './connector-ends'
import type { FigJamPort, PortSticky } from './figjam-port'
import { runWithRollbackAsync } from './node-rollback'

/** The connector between two stickies. */
export interface LinkedNotes {
  connectorId: string
  fromNoteId: string
  toNoteId: string
  /** False when a connector already joined the two stickies and was kept instead. */
  created: boolean
}

/**
 * Draws an elbowed FigJam connector from the sticky `fromNoteId` to the sticky `toNoteId`
 * (automatic magnets, which straight connectors refuse), as one undo step. When a connector already joins the two (either way round), it is
 * returned and nothing is drawn.
 * @throws BoardError, changing nothing, for an empty id (`board.linkNeedsTwo`), the same id twice
 *   (`board.linkToItself`), an id that is on the board no more (`board.linkStickyGone`), or a node
 *   that is not a sticky (`board.linkNotASticky`).
 */
export async function linkNotesAsync(
  figma: FigJamPort,
  fromNoteId: string,
  toNoteId: string,
): Promise<LinkedNotes> {
  if (fromNoteId === '' || toNoteId === '') {
    throw new BoardError('board.linkNeedsTwo')
  }
  if (fromNoteId === toNoteId) {
    throw new BoardError('board.linkToItself')
  }
  const [from, to] = await Promise.all([
    findStickyAsync(figma, fromNoteId),
    findStickyAsync(figma, toNoteId),
  ])
  return linkStickiesAsync(figma, from, to)
}

/**
 * Links the two stickies selected now, from the one selected first; see `linkNotesAsync`.
 * @throws BoardError `board.linkSelectTwo`, changing nothing, unless exactly two stickies and
 *   nothing else are selected.
 */
export async function linkSelectionAsync(figma: FigJamPort): Promise<LinkedNotes> {
  const selection = figma.currentPage.selection
  const stickies: PortSticky[] = []
  for (const node of selection) {
    if (node.type === 'STICKY') {
      stickies.push(node)
    }
  }
  const [from, to] = stickies
  if (selection.length !== 2 || from === undefined || to === undefined) {
    throw new BoardError('board.linkSelectTwo', {
      stickies: stickies.length,
      others: selection.length - stickies.length,
    })
  }
  return linkStickiesAsync(figma, { node: from, id: from.id }, { node: to, id: to.id })
}

interface FoundSticky {
  node: PortSticky
  id: string
}

async function findStickyAsync(figma: FigJamPort, id: string): Promise<FoundSticky> {
  const node = await figma.getNodeByIdAsync(id)
  if (node === null) {
    throw new BoardError('board.linkStickyGone', { id })
  }
  const { type } = node
  if (type !== 'STICKY') {
    throw new BoardError('board.linkNotASticky', { id, type })
  }
  return { node, id }
}

async function linkStickiesAsync(
  figma: FigJamPort,
  from: FoundSticky,
  to: FoundSticky,
): Promise<LinkedNotes> {
  if (from.id === to.id) {
    throw new BoardError('board.linkToItself')
  }
  const existing = findConnectorBetween(figma, from.id, to.id)
  if (existing !== null) {
    return { connectorId: existing, fromNoteId: from.id, toNoteId: to.id, created: false }
  }
  const connector = await runWithRollbackAsync({ key: 'board.linkNotDrawn' }, (track) => {
    const created = track(figma.createConnector())
    created.connectorLineType = 'ELBOWED'
    created.connectorStart = { endpointNodeId: from.id, magnet: 'AUTO' }
    created.connectorEnd = { endpointNodeId: to.id, magnet: 'AUTO' }
    return Promise.resolve(created)
  })
  figma.commitUndo()
  return { connectorId: connector.id, fromNoteId: from.id, toNoteId: to.id, created: true }
}

function findConnectorBetween(figma: FigJamPort, a: string, b: string): string | null {
  for (const connector of figma.currentPage.findAllWithCriteria({ types: ['CONNECTOR'] })) {
    const ends = readConnectorEnds(connector)
    if (ends !== null && ends.includes(a) && ends.includes(b)) {
      return connector.id
    }
  }
  return null
}
