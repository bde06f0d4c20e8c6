import { describe, expect, it } from 'vitest'

import { exportJson } from '../src/export/board-export'
import { exportMarkdown } from '../src/export/export-markdown'
import { checkBoard } from '../src/fit/check-board'
import { buildStationReport } from '../src/interchange/station-report'
import { NEW_API_CYCLE_ID } from '../src/method/station-guide'
import { parseBoardExport } from './file-readers'
import { boardOf, placedMethodCanvas } from './method-board-helpers'
import { packagedStationGuide } from './station-guide-helpers'

const guide = packagedStationGuide(NEW_API_CYCLE_ID, 'en')
const board = boardOf(placedMethodCanvas('c1', 'customerJourneyCanvas', 'en', { pains: ['p1'] }))
const result = checkBoard(board)
const [first] = guide.stations
const hostile = '# Not a heading\n- [x] not an item <b>bold</b> | a | b |'
const report = buildStationReport(guide, board, result, [
  {
    cycleId: guide.cycleId,
    stationId: first?.id ?? '',
    criterionId: first?.criteria[1]?.id ?? '',
    note: hostile,
    tickedAt: '2026-12-02T10:00:00Z',
  },
])

describe('the station report in the exports', () => {
  it('Markdown: a section per station, criteria as a task list, notes kept literal', () => {
    const markdown = exportMarkdown(board, result, { stationReport: report })
    expect(markdown).toContain('## Station report: API Productization Cycle')
    expect(markdown).toContain('Where you are: API Product Strategy.')
    expect(markdown).toContain('### 1. API Product Strategy (where you are)')
    expect(markdown).toContain(
      '- Customer Journey Canvas: on the board, 1 / 9 areas with notes, not fit yet',
    )
    expect(markdown).toContain('- Domain Canvas: not on the board')
    expect(markdown).toMatch(/^[-*] \[x\] Business goals are defined\. Evidence: # Not a heading/m)
    expect(markdown).toMatch(/^[-*] \[ \] Market research/m)
    expect(markdown.split('\n').filter((line) => /^#+ Not/.test(line))).toEqual([])
    expect(markdown).not.toMatch(/(?<!\\)<b>/)
  })

  it('JSON: the report reads back with the export; without one, the key is absent', () => {
    const json = exportJson(board, result, report)
    expect(parseBoardExport(json).stationReport).toEqual(report)
    expect(exportJson(board, result)).not.toContain('stationReport')
  })
})
