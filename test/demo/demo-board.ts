import { readFileSync } from 'node:fs'

import { placeCanvasesAsync } from '../../src/board/place-canvases-async'
import { readBoardAsync } from '../../src/board/read-board-async'
import { findCanvasDefinition } from '../../src/canvas/canvas-catalog'
import { exportJson } from '../../src/export/board-export'
import { exportCsv } from '../../src/export/export-csv'
import { exportMarkdown } from '../../src/export/export-markdown'
import { checkBoard } from '../../src/fit/check-board'
import { DEFAULT_LOCALE, type Locale } from '../../src/locale/locales'
import type { Board } from '../../src/model/board'
import type { CheckResult } from '../../src/model/findings'
import { createFakeFigJam, type FakeFigJam } from '../fake-figjam/fake-figjam'
import { renderBoardSvg } from '../fake-figjam/render-board-svg'
import { fillWorkshop } from './fill-workshop'
import { parseWorkshop, type Workshop } from './sample-workshop'

/** The sample workshop shipped with the demo (test/demo/sample-workshop.json). */
export function loadSampleWorkshop(): Workshop {
  return parseWorkshop(
    JSON.parse(readFileSync(new URL('sample-workshop.json', import.meta.url), 'utf8')),
  )
}

/**
 * `board` with every canvas recording `locale`, as canvases placed in that language do: their
 * findings and exports are then written in it.
 */
export function inLocale(board: Board, locale: Locale): Board {
  return { ...board, canvases: board.canvases.map((canvas) => ({ ...canvas, locale })) }
}

export interface DemoRun {
  figma: FakeFigJam
  locale: Locale
  board: Board
  result: CheckResult
  json: string
  markdown: string
  csv: string
  svg: string
}

/**
 * Runs a workshop through the plugin's own code on an in-memory board: places its canvases side
 * by side in one go (as the panel's workshop kit does), fills them as people would, reads the
 * page with no template definitions at hand, checks fit and exports, in `locale` (the language
 * the canvases record, so the findings and every export are written in it).
 */
export async function runWorkshopAsync(
  workshop: Workshop,
  locale: Locale = DEFAULT_LOCALE,
): Promise<DemoRun> {
  const figma = createFakeFigJam({ userName: 'Facilitator' })
  const planned = workshop.canvases.map((canvas) => {
    const definition = findCanvasDefinition(canvas.templateId)
    if (definition === undefined) throw new Error(`unknown template ${canvas.templateId}`)
    return { definition, notes: [] }
  })
  const placed = await placeCanvasesAsync(figma, { canvases: planned, connectors: [] })
  fillWorkshop(
    figma,
    workshop,
    placed.map((canvas) => canvas.canvasId),
  )

  const board = inLocale(await readBoardAsync(figma, 'page'), locale)
  const result = checkBoard(board)
  return {
    figma,
    locale,
    board,
    result,
    json: exportJson(board, result),
    markdown: exportMarkdown(board, result),
    csv: exportCsv(board),
    svg: renderBoardSvg(figma, { title: workshop.title }),
  }
}
