import { describe, expect, it } from 'vitest'

import { placeCanvasesAsync } from '../src/board/place-canvases-async'
import { readBoardAsync } from '../src/board/read-board-async'
import { syncStationTicks } from '../src/board/station-ticks'
import { checkBoard } from '../src/fit/check-board'
import { methodCanvasCopies } from '../src/interchange/station-evidence'
import { buildStationReport } from '../src/interchange/station-report'
import { NEW_API_CYCLE_ID } from '../src/method/station-guide'
import type { Board } from '../src/model/board'
import { stationKit } from '../src/model/station-kit'
import { parseStationTicks, stationTickEntry } from '../src/model/station-ticks'
import { markerOf, roleOf, sectionsWithRole } from './board-helpers'
import { createFakeFigJam, type FakeFigJam } from './fake-figjam/fake-figjam'
import { packagedStationGuide } from './station-guide-helpers'

const guide = packagedStationGuide(NEW_API_CYCLE_ID, 'fi')
const [first, second, third] = guide.stations

async function reportOfAsync(fake: FakeFigJam) {
  const board: Board = await readBoardAsync(fake, 'page')
  const { ticks, damaged } = parseStationTicks(syncStationTicks(fake, null))
  expect(damaged).toEqual([])
  return { board, report: buildStationReport(guide, board, checkBoard(board), ticks) }
}

/** One sticky in every area of every canvas; the answers to pains and gains share `#tags`. */
function fillEveryArea(fake: FakeFigJam): void {
  const tags: Record<string, string> = {
    pains: '#late',
    painRelievingFeatures: '#late',
    gains: '#eta',
    gainEnablingFeatures: '#eta',
  }
  for (const canvas of sectionsWithRole(fake, 'canvas')) {
    for (const area of canvas.state.children) {
      if (area.nodeType !== 'SECTION' || roleOf(area) !== 'area') continue
      const areaId = markerOf(area, 'areaId')
      const box = area.absoluteBox()
      fake.person.addSticky({
        x: box.x + box.width / 2 - 120,
        y: box.y + box.height - 260,
        text: `${areaId} for the parcel API ${tags[areaId] ?? ''}`.trim(),
      })
    }
  }
}

describe('the station guide on an in-memory FigJam board', () => {
  it('places a station, sees it filled and fit, takes the ticks and moves on', async () => {
    const fake = createFakeFigJam()
    expect(first?.resources.filter((resource) => resource.kind === 'canvas')).toHaveLength(4)
    if (first === undefined || second === undefined || third === undefined) throw new Error()

    const empty = await reportOfAsync(fake)
    expect(empty.report.currentStationId).toBe(first.id)

    const kit = stationKit(first, 'fi', new Set(methodCanvasCopies(empty.board).keys()))
    if (kit === undefined) throw new Error('nothing to place')
    await placeCanvasesAsync(fake, kit)
    expect(fake.undoCommits, 'one undo step for the whole station').toBe(1)
    const placed = await reportOfAsync(fake)
    const [placedFirst] = placed.report.stations
    expect(placedFirst?.canvases.map((canvas) => [canvas.title, canvas.areasWithNotes])).toEqual(
      first.resources.map((resource) => [resource.title, 0]),
    )
    expect(placed.report.currentStationId).toBe(first.id)
    expect(stationKit(first, 'fi', new Set(methodCanvasCopies(placed.board).keys()))).toBe(
      undefined,
    )

    fillEveryArea(fake)
    const filled = await reportOfAsync(fake)
    expect(filled.report.stations.slice(0, 3).map((station) => station.state)).toEqual([
      'ready',
      'ready',
      'current',
    ])
    expect(filled.report.currentStationId).toBe(third.id)
    for (const canvas of filled.report.stations[0]?.canvases ?? []) {
      expect(canvas.areasWithNotes).toBe(canvas.areaCount)
      expect(canvas.fit).not.toBe('not-fit')
    }

    for (const criterion of first.criteria) {
      syncStationTicks(
        fake,
        stationTickEntry({
          cycleId: guide.cycleId,
          stationId: first.id,
          criterionId: criterion.id,
          note: `Seen on the board: ${criterion.id}`,
          tickedAt: '2026-12-02T10:00:00Z',
        }),
      )
    }
    const ticked = await reportOfAsync(fake)
    expect(ticked.report.stations[0]?.state).toBe('reviewed')
    expect(ticked.report.stations[0]?.criteria.every((criterion) => criterion.tick !== null)).toBe(
      true,
    )
    expect(ticked.report.stations[1]?.state).toBe('ready')
  })
})
