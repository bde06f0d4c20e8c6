import type { PortSceneNode } from '../../src/board/figjam-port'
import { readBoardAsync } from '../../src/board/read-board-async'
import { exportJson } from '../../src/export/board-export'
import { checkBoard } from '../../src/fit/check-board'
import type { Board } from '../../src/model/board'
import type { CheckResult } from '../../src/model/findings'
import { type DemoRun, inLocale } from './demo-board'

/** The board after the demo's second session, read and checked again. */
export interface SecondSession {
  board: Board
  result: CheckResult
  json: string
}

function noteNode(demo: DemoRun, text: string): PortSceneNode {
  const note = demo.board.canvases
    .flatMap((canvas) => canvas.areas.flatMap((area) => area.notes))
    .find((candidate) => candidate.text === text)
  const node = demo.figma.nodeById(note?.id ?? '')
  if (node === undefined) throw new Error(`no sticky “${text}” on the demo board`)
  return node
}

function addInArea(demo: DemoRun, templateId: string, areaId: string, text: string): PortSceneNode {
  const canvas = demo.board.canvases.find((candidate) => candidate.templateId === templateId)
  const sectionId = canvas?.areas.find((area) => area.id === areaId)?.sectionId ?? ''
  const section = demo.figma.nodeById(sectionId)
  const box = section?.absoluteBoundingBox ?? null
  if (section === undefined || box === null) {
    throw new Error(`no area ${areaId} on the demo board`)
  }
  return demo.figma.person.addSticky({
    text,
    author: 'Lena',
    x: box.x + box.width - 264,
    y: box.y + box.height - 264,
    parent: section,
    color: '#A8DAFF',
  })
}

/**
 * A second workshop session on the demo board, as people would run it: a pain reliever answers
 * the unanswered pricing pain through a connector, a task is reworded, the empty key partners
 * area gets a sticky; then the board is read, checked and exported again.
 */
export async function runSecondSessionAsync(demo: DemoRun): Promise<SecondSession> {
  const pain = noteNode(demo, 'Price per call is unclear until the invoice arrives')
  const reliever = addInArea(
    demo,
    'api-value-proposition-canvas',
    'painRelievers',
    'Price calculator and a monthly cap',
  )
  demo.figma.person.connect(reliever, pain)
  demo.figma.person.editText(
    noteNode(demo, 'Reconcile shipping costs at month end'),
    'Reconcile shipping costs every week',
  )
  addInArea(demo, 'api-canvas', 'keyPartners', 'Carriers sharing their scan feeds')
  const board = inLocale(await readBoardAsync(demo.figma, 'page'), demo.locale)
  const result = checkBoard(board)
  return { board, result, json: exportJson(board, result) }
}
