import { describe, expect, test } from 'vitest'

import { readBoardAsync } from '../src/board/read-board-async'
import { findCanvasDefinition, workshopCanvases } from '../src/canvas/canvas-catalog'
import { type CrossCanvasRule, crossCanvasRules } from '../src/canvas/cross-canvas-rules'
import { checkCrossCanvas } from '../src/fit/check-cross-canvas'
import type { Finding } from '../src/model/findings'
import { placeTemplateAsync } from './board-helpers'
import { fillWorkshop } from './demo/fill-workshop'
import type { Workshop } from './demo/sample-workshop'
import { createFakeFigJam } from './fake-figjam/fake-figjam'

type Notes = Readonly<Record<string, readonly string[]>>

/** Places the given templates on a fresh board, fills `notes` (`templateId.areaId` → areaIds… ), reads and checks. */
async function checkAcrossAsync(templateIds: readonly string[], filled: Notes): Promise<Finding[]> {
  const figma = createFakeFigJam()
  const canvasIds: string[] = []
  for (const templateId of templateIds) {
    const definition = findCanvasDefinition(templateId)
    if (definition === undefined) throw new Error(templateId)
    canvasIds.push((await placeTemplateAsync(figma, definition)).canvasId)
  }
  const workshop: Workshop = {
    title: 'cross-canvas',
    canvases: templateIds.map((templateId) => ({
      templateId,
      connectors: [],
      notes: (filled[templateId] ?? []).map((area) => ({
        ref: `${templateId}.${area}`,
        area,
        text: `Evidence for ${area}`,
        author: 'Test',
      })),
    })),
  }
  fillWorkshop(figma, workshop, canvasIds)
  return checkCrossCanvas(await readBoardAsync(figma, 'page'))
}

const allFour = workshopCanvases.map((definition) => definition.id)
const gapsFor = (findings: Finding[], rule: CrossCanvasRule) =>
  findings.filter(
    (finding) => finding.code === 'cross-canvas-gap' && finding.areaId === rule.when.areaId,
  )

describe.each(crossCanvasRules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  test('fires when its area has notes and the counterpart is empty, and stops once filled', async () => {
    const start = { [rule.when.templateId]: [rule.when.areaId] }
    const before = gapsFor(await checkAcrossAsync(allFour, start), rule)
    expect(before).toHaveLength(1)
    expect(before[0]?.message).toContain(rule.reason)
    for (const areaId of rule.expects.areaIds) {
      const title = findCanvasDefinition(rule.expects.templateId)?.areas.find(
        (a) => a.id === areaId,
      )?.title
      expect(before[0]?.message).toContain(`“${title ?? ''}”`)
    }

    const after = await checkAcrossAsync(allFour, {
      ...start,
      [rule.expects.templateId]: [
        ...(start[rule.expects.templateId] ?? []),
        ...rule.expects.areaIds,
      ],
    })
    expect(gapsFor(after, rule)).toEqual([])
  })
})

test('a goals canvas with no goal chosen is a finding of its own, gone once a goal is written', async () => {
  const empty = await checkAcrossAsync(allFour, {})
  expect(empty.filter((finding) => finding.code === 'no-goal-chosen')).toHaveLength(1)
  const chosen = await checkAcrossAsync(allFour, { 'api-business-goals': ['innovation'] })
  expect(chosen.filter((finding) => finding.code === 'no-goal-chosen')).toEqual([])
})

test('checks that need a canvas missing from the board say so once, instead of failing', async () => {
  const findings = await checkAcrossAsync(['api-business-goals'], {
    'api-business-goals': ['increasingRevenue', 'customerReach', 'integration'],
  })
  const skipped = findings.filter((finding) => finding.code === 'cross-canvas-skipped')
  expect(skipped).toHaveLength(1)
  expect(skipped[0]?.message).toContain('API Canvas')
  expect(findings.filter((finding) => finding.code === 'cross-canvas-gap')).toEqual([])
})

test('with only the built-in canvases on the board, no cross-canvas check speaks', async () => {
  const findings = await checkAcrossAsync(['api-value-proposition-canvas', 'api-canvas'], {
    'api-canvas': ['valueProposition'],
  })
  expect(findings).toEqual([])
})
