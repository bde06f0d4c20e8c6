import { findCanvasDefinition } from '../../src/canvas/canvas-catalog'
import { localizedCanvasDefinition } from '../../src/canvas/localized-canvas'
import type { Locale } from '../../src/locale/locales'
import type { Board, Canvas } from '../../src/model/board'
import { MAX_LINKED_TAGS, TAG_LINK_LIMIT } from '../../src/model/note-links'
import { sampleBoard } from '../fixtures/sample-board'
import { readNote } from '../note-factory'

/**
 * The sample workshop plus one pain reliever nobody linked yet, whose words match the pain
 * "Fees are hard to predict | they differ per card type and country…" (5:22).
 */
export function workshopBoard(): Board {
  const board = structuredClone(sampleBoard)
  const relievers = board.canvases[0]?.areas.find((area) => area.id === 'painRelievers')
  if (relievers === undefined) throw new Error('sample board has no pain relievers')
  relievers.notes.push(
    readNote('5:43', 'Fee calculator per card type and country', {
      author: 'Eva',
      position: { x: 624, y: 1112 },
    }),
  )
  return board
}

/** `canvas` as placed in `locale`: that language recorded, its title and area titles in it. */
function placedIn(canvas: Canvas, locale: Locale): void {
  const english = findCanvasDefinition(canvas.templateId)
  if (english === undefined) throw new Error(`${canvas.templateId} is no template of the plugin`)
  const definition = localizedCanvasDefinition(english, locale)
  canvas.locale = locale
  canvas.title = `Acme Pay – ${definition.title}`
  for (const area of canvas.areas) {
    area.title = definition.areas.find((candidate) => candidate.id === area.id)?.title ?? area.title
  }
}

/**
 * The workshop board (`workshopBoard`) of a team working in `locale`: its canvases placed in that
 * language, and its read problem (a deleted area section) naming them as the board reader does.
 */
export function workshopBoardIn(locale: Locale): Board {
  const board = workshopBoard()
  board.canvases.forEach((canvas) => {
    placedIn(canvas, locale)
  })
  const api = board.canvases.find((canvas) => canvas.id === '1:40')
  const costs = api?.areas.find((area) => area.id === 'costStructure')
  if (api === undefined || costs === undefined) throw new Error('the workshop has an API Canvas')
  board.problems = [
    {
      code: 'area-section-missing',
      values: { canvas: api.title, area: costs.title },
      canvasId: api.id,
      areaId: costs.id,
    },
  ]
  return board
}

/**
 * `board` with a read problem of every other kind the board reader reports besides its own,
 * about its first two canvases and two canvases no longer on the board.
 */
export function withEveryReadProblem(board: Board): Board {
  const [avp, api] = board.canvases
  if (avp === undefined || api === undefined) throw new Error('the board has two canvases')
  board.problems.push(
    { code: 'canvas-moved', values: { canvas: avp.title }, canvasId: avp.id, areaId: null },
    {
      code: 'unknown-area',
      values: { canvas: api.title, section: 'Risks', areaId: 'risks', templateId: api.templateId },
      canvasId: api.id,
      areaId: 'risks',
    },
    {
      code: 'tag-not-linked',
      values: { tag: 'mvp', count: TAG_LINK_LIMIT + 4, limit: TAG_LINK_LIMIT },
      canvasId: avp.id,
      areaId: null,
    },
    {
      code: 'tag-not-linked',
      values: { count: MAX_LINKED_TAGS + 2, max: MAX_LINKED_TAGS },
      canvasId: avp.id,
      areaId: null,
    },
    {
      code: 'node-removed',
      values: { count: 2, canvas: api.title },
      canvasId: api.id,
      areaId: null,
    },
    { code: 'node-removed', values: {}, canvasId: '9:1', areaId: null },
    { code: 'unknown-template', values: { canvas: 'Acme Pay' }, canvasId: '9:2', areaId: null },
  )
  return board
}
