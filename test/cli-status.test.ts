import { describe, expect, it } from 'vitest'

import { runCliAsync } from '../src/cli/api-canvas'
import { exportJson } from '../src/export/board-export'
import { checkBoard } from '../src/fit/check-board'
import { buildStationReport } from '../src/interchange/station-report'
import { NEW_API_CYCLE_ID } from '../src/method/station-guide'
import type { Board } from '../src/model/board'
import { stationReportSchema } from '../src/model/station-report'
import { memoryIo } from './memory-cli-io'
import { boardOf, placedMethodCanvas } from './method-board-helpers'
import { packagedStationGuide } from './station-guide-helpers'

/** The first station's four canvases, every area with a note, pains and gains answered by tag. */
function filledFirstStation(): Board {
  const guide = packagedStationGuide(NEW_API_CYCLE_ID, 'en')
  const canvases = (guide.stations[0]?.resources ?? []).map((resource, index) => {
    const canvas = placedMethodCanvas(`c${index}`, resource.canvasId ?? '', 'en')
    for (const area of canvas.areas) {
      area.notes.push({
        id: `${canvas.id}-${area.id}`,
        text: `Note \u001b[31m${area.id}`,
        author: null,
        color: '#FFF399',
        position: { x: 0, y: 0 },
        tags: [],
        links: [],
      })
    }
    return canvas
  })
  const board = boardOf(...canvases)
  const notes = board.canvases.flatMap((canvas) => canvas.areas.flatMap((area) => area.notes))
  const byArea = (areaId: string) => notes.find((note) => note.id.endsWith(`-${areaId}`))
  for (const [need, answer] of [
    ['pains', 'painRelievingFeatures'],
    ['gains', 'gainEnablingFeatures'],
  ] as const) {
    const a = byArea(need)
    const b = byArea(answer)
    if (a === undefined || b === undefined) throw new Error(need)
    a.links.push({ noteId: b.id, via: 'connector' })
    b.links.push({ noteId: a.id, via: 'connector' })
  }
  return board
}

describe('api-canvas status', () => {
  it('prints where the team is; fails on open criteria of a station it has passed', async () => {
    const board = filledFirstStation()
    const { io, out } = memoryIo({ 'board.json': exportJson(board, checkBoard(board)) })
    expect(await runCliAsync(['status', 'board.json'], io)).toBe(0)
    expect(out.stdout).toMatch(/^API Productization Cycle \(en\): where you are: API Platform/)
    expect(out.stdout).toContain('1. API Product Strategy: ready for criteria review')
    expect(out.stdout).toContain('Domain Canvas: on the board, 6 / 6 areas with notes')
    expect(await runCliAsync(['status', 'board.json', '--fail-on', 'open-criteria'], io)).toBe(1)
  })

  it('reads the ticks from the export; all ticked, --fail-on passes', async () => {
    const board = filledFirstStation()
    const guide = packagedStationGuide(NEW_API_CYCLE_ID, 'fi')
    const ticks = guide.stations.slice(0, 2).flatMap((station) =>
      station.criteria.map((criterion) => ({
        cycleId: guide.cycleId,
        stationId: station.id,
        criterionId: criterion.id,
        note: 'ok \u001b]0;x\u0007',
        tickedAt: '2026-12-02T10:00:00Z',
      })),
    )
    const result = checkBoard(board)
    const report = buildStationReport(guide, board, result, ticks)
    const { io, out } = memoryIo({ 'b.json': exportJson(board, result, report) })
    expect(await runCliAsync(['status', 'b.json', '--fail-on', 'open-criteria'], io)).toBe(0)
    expect(out.stdout).toMatch(/^API-tuotteistussykli|\(fi\)/)
    expect(out.stdout).toContain('[x] ')
    expect(out.stdout).not.toMatch(/\p{Cc}(?<!\n)/u)
    out.stdout = ''
    expect(await runCliAsync(['status', 'b.json', '--format', 'json'], io)).toBe(0)
    expect(stationReportSchema.parse(JSON.parse(out.stdout))).toEqual(report)
  })

  it('refuses an unknown cycle, locale or format with exit status 2', async () => {
    const board = filledFirstStation()
    const { io, out } = memoryIo({ 'b.json': exportJson(board, checkBoard(board)) })
    expect(await runCliAsync(['status', 'b.json', '--cycle', 'nope'], io)).toBe(2)
    expect(await runCliAsync(['status', 'b.json', '--locale', 'xx'], io)).toBe(2)
    expect(await runCliAsync(['status', 'missing.json'], io)).toBe(2)
    expect(out.stderr).toMatch(/--cycle must be one of .*api-productization-cycle/)
  })
})
