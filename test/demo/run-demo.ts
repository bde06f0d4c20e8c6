import { mkdirSync, writeFileSync } from 'node:fs'

import { describeVoteFit } from '../../src/fit/top-voted'
import { loadSampleWorkshop, runWorkshopAsync } from './demo-board'
import { runSecondSessionAsync } from './second-session'
import { demoToolFiles } from './tool-files'

const outDir = new URL('../../out/', import.meta.url)

async function runDemoAsync(): Promise<void> {
  const workshop = loadSampleWorkshop()
  const demo = await runWorkshopAsync(workshop)
  const { board, result, json, markdown, csv, svg } = demo

  mkdirSync(outDir, { recursive: true })
  writeFileSync(new URL('board.json', outDir), json)
  writeFileSync(new URL('board.md', outDir), markdown)
  writeFileSync(new URL('board.csv', outDir), csv)
  writeFileSync(new URL('board.svg', outDir), svg)

  console.log(`${workshop.title}: ${board.canvases.length} canvases read from the in-memory board`)
  for (const canvas of board.canvases) {
    const notes = canvas.areas.reduce((sum, area) => sum + area.notes.length, 0)
    const fit = result.fit.find((summary) => summary.canvasId === canvas.id)
    const fitText =
      fit === undefined
        ? ''
        : `, pains answered ${fit.painsAnswered}/${fit.painsTotal}, gains answered ${fit.gainsAnswered}/${fit.gainsTotal}`
    console.log(`  ${canvas.title}: ${notes} notes in ${canvas.areas.length} areas${fitText}`)
    const voteFit = fit === undefined ? '' : describeVoteFit(fit)
    if (voteFit !== '') console.log(`    ${voteFit}`)
  }
  const bySeverity = (severity: string) =>
    result.findings.filter((finding) => finding.severity === severity)
  console.log(
    `Findings: ${bySeverity('error').length} errors, ${bySeverity('warning').length} warnings, ${bySeverity('info').length} notes`,
  )
  for (const finding of [...bySeverity('error'), ...bySeverity('warning')]) {
    console.log(`  [${finding.severity}] ${finding.message}`)
  }
  console.log('Wrote out/board.json, out/board.md, out/board.csv and out/board.svg')

  const toolFiles = demoToolFiles(demo, await runSecondSessionAsync(demo))
  for (const [name, text] of toolFiles) writeFileSync(new URL(name, outDir), text)
  console.log(`For other tools: out/${[...toolFiles.keys()].join(', out/')}`)
}

runDemoAsync().catch((cause: unknown) => {
  console.error(cause instanceof Error ? cause.message : cause)
  process.exitCode = 1
})
