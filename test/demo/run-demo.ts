import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'

import { findCanvasDefinition } from '../../src/canvas/canvas-catalog'
import { placeTemplateAsync } from '../../src/board/place-template-async'
import { readBoardAsync } from '../../src/board/read-board-async'
import { exportJson } from '../../src/export/board-export'
import { exportMarkdown } from '../../src/export/export-markdown'
import { checkFit } from '../../src/fit/check-fit'
import { createFakeFigJam } from '../fake-figjam/fake-figjam'
import { renderBoardSvg } from '../fake-figjam/render-board-svg'
import { fillWorkshop } from './fill-workshop'
import { parseWorkshop } from './sample-workshop'

const outDir = new URL('../../out/', import.meta.url)
const workshopFile = new URL('sample-workshop.json', import.meta.url)

async function runDemoAsync(): Promise<void> {
  const workshop = parseWorkshop(JSON.parse(readFileSync(workshopFile, 'utf8')))
  const figma = createFakeFigJam({ userName: 'Facilitator' })

  const canvasIds: string[] = []
  for (const canvas of workshop.canvases) {
    const definition = findCanvasDefinition(canvas.templateId)
    if (definition === undefined) throw new Error(`unknown template ${canvas.templateId}`)
    const placed = await placeTemplateAsync(figma, definition)
    canvasIds.push(placed.canvasId)
  }
  fillWorkshop(figma, workshop, canvasIds)

  const board = await readBoardAsync(figma, 'page', findCanvasDefinition)
  const result = checkFit(board)

  mkdirSync(outDir, { recursive: true })
  writeFileSync(new URL('board.json', outDir), exportJson(board, result))
  writeFileSync(new URL('board.md', outDir), exportMarkdown(board, result))
  writeFileSync(new URL('board.svg', outDir), renderBoardSvg(figma, { title: workshop.title }))

  console.log(`${workshop.title}: ${board.canvases.length} canvases read from the in-memory board`)
  for (const canvas of board.canvases) {
    const notes = canvas.areas.reduce((sum, area) => sum + area.notes.length, 0)
    const fit = result.fit.find((summary) => summary.canvasId === canvas.id)
    const fitText =
      fit === undefined
        ? ''
        : `, pains answered ${fit.painsAnswered}/${fit.painsTotal}, gains answered ${fit.gainsAnswered}/${fit.gainsTotal}`
    console.log(`  ${canvas.title}: ${notes} notes in ${canvas.areas.length} areas${fitText}`)
  }
  const bySeverity = (severity: string) =>
    result.findings.filter((finding) => finding.severity === severity)
  console.log(
    `Findings: ${bySeverity('error').length} errors, ${bySeverity('warning').length} warnings, ${bySeverity('info').length} notes`,
  )
  for (const finding of [...bySeverity('error'), ...bySeverity('warning')]) {
    console.log(`  [${finding.severity}] ${finding.message}`)
  }
  console.log('Wrote out/board.json, out/board.md and out/board.svg')
}

runDemoAsync().catch((cause: unknown) => {
  console.error(cause instanceof Error ? cause.message : cause)
  process.exitCode = 1
})
