import { describe, expect, test } from 'vitest'

import { apiBusinessGoalsCanvas } from '../src/canvas/api-business-goals-canvas'
import { apiCanvas } from '../src/canvas/api-canvas'
import { checkBoard } from '../src/fit/check-board'
import type { Board } from '../src/model/board'
import { boardWithCanvas } from './canvas-creator-helpers'
import { sampleBoard } from './fixtures/sample-board'

const YELLOW = '#FFE299'
const at = { x: 24, y: 220 }

function goalsAndApiCanvas(): Board {
  const goals = boardWithCanvas(
    apiBusinessGoalsCanvas,
    {
      increasingRevenue: [{ text: 'Sell tracking as a paid add-on', color: YELLOW, position: at }],
    },
    'goals',
  )
  const canvas = boardWithCanvas(
    apiCanvas,
    { valueProposition: [{ text: 'Live parcel status', color: YELLOW, position: at }] },
    'api',
  )
  return { ...goals, canvases: [...goals.canvases, ...canvas.canvases] }
}

describe('checkBoard', () => {
  test('reports a revenue goal with empty revenue streams, after the fit findings', () => {
    const { findings } = checkBoard(goalsAndApiCanvas())
    const codes = findings.map((finding) => finding.code)
    const gap = findings.find((finding) => finding.code === 'cross-canvas-gap')
    expect(gap?.canvasId).toBe('goals')
    expect(gap?.message).toContain('“Revenue streams”')
    expect(codes.indexOf('cross-canvas-gap')).toBeGreaterThan(codes.lastIndexOf('empty-area'))
  })

  test('goals the team does not pursue are info; empty areas of the API Canvas stay warnings', () => {
    const empty = checkBoard(goalsAndApiCanvas()).findings.filter(
      (finding) => finding.code === 'empty-area',
    )
    const severities = (canvasId: string) =>
      new Set(empty.filter((f) => f.canvasId === canvasId).map((f) => f.severity))
    expect(empty.filter((f) => f.canvasId === 'goals').map((f) => f.areaId)).toEqual([
      'customerReach',
      'salesAndMarketing',
      'innovation',
      'integration',
    ])
    expect(severities('goals')).toEqual(new Set(['info']))
    expect(severities('api')).toEqual(new Set(['warning']))
  })

  test('says once that cross-canvas checks need a canvas that is missing', () => {
    const onlyGoals: Board = {
      ...goalsAndApiCanvas(),
      canvases: goalsAndApiCanvas().canvases.slice(0, 1),
    }
    const skipped = checkBoard(onlyGoals).findings.filter(
      (finding) => finding.code === 'cross-canvas-skipped',
    )
    expect(skipped).toHaveLength(1)
  })

  test('gives the fit summaries of the fit check', () => {
    expect(checkBoard(sampleBoard).fit).toEqual([
      { canvasId: '1:2', painsAnswered: 2, painsTotal: 4, gainsAnswered: 2, gainsTotal: 3 },
    ])
  })
})
