import { describe, expect, test } from 'vitest'

import { PLUGIN_DATA_NAMESPACE } from '../src/board/plugin-data'
import { startPlugin } from '../src/board/start-plugin'
import { apiCanvas } from '../src/canvas/api-canvas'
import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import type { CanvasDefinition } from '../src/canvas/canvas-definition'
import { withRelaunchTexts } from '../src/canvas/relaunch-texts'
import type { FacilitationPlan } from '../src/model/facilitation-plan'
import { areaSection, markerOf, onlyCanvas, setMarker } from './board-helpers'
import type { FakeTimer } from './fake-figjam/fake-timer'
import { createPluginHost, PanelStandIn } from './plugin-host'

const AVP_FILL_ORDER = ['tasks', 'gains', 'pains', 'gainCreators', 'painRelievers', 'apiProducts']

async function placedAsync(definition: CanvasDefinition, timerAvailable = true) {
  const host = createPluginHost('', { timerAvailable })
  const panel = new PanelStandIn()
  startPlugin(host.figma, panel)
  await panel.sendAsync(
    'PLACE_CANVASES',
    withRelaunchTexts({ canvases: [{ definition, notes: [] }], connectors: [] }),
  )
  const canvas = onlyCanvas(host.figma)
  return { ...host, panel, canvas, canvasId: canvas.state.id }
}

function timerOf(host: { figma: { timer?: FakeTimer } }): FakeTimer {
  if (host.figma.timer === undefined) throw new Error('this board has a timer')
  return host.figma.timer
}

function plan(minutes: Record<string, number>): FacilitationPlan {
  return {
    version: 1,
    steps: Object.entries(minutes).map(([areaId, value]) => ({ areaId, minutes: value })),
  }
}

/** What the main thread sent after `from`, progress left out. */
function sentSince(panel: PanelStandIn, from: number): [string, unknown][] {
  return panel.answers.slice(from).filter(([name]) => name !== 'PROGRESS')
}

function lastStepIndex(panel: PanelStandIn): unknown {
  const step = panel.answers.findLast(([name]) => name === 'FACILITATION_STEP')
  return (step?.[1] as { index: number } | undefined)?.index
}

describe('facilitation mode on the in-memory FigJam', () => {
  test('reads the default plan: every area in fill order, 5 minutes each', async () => {
    const { panel, canvasId } = await placedAsync(apiCanvas)
    const [name, read] = await panel.sendAsync('READ_PLAN', { canvasId })
    expect(name).toBe('PLAN_READ')
    const fillOrder = [...apiCanvas.areas].sort((a, b) => a.fillOrder - b.fillOrder)
    expect(read).toEqual({
      canvasId,
      damaged: false,
      plan: { version: 1, steps: fillOrder.map((area) => ({ areaId: area.id, minutes: 5 })) },
    })
  })

  test('shows each area with its sticky count and starts the timer with its minutes', async () => {
    const host = await placedAsync(apiValuePropositionCanvas)
    const { figma, panel, canvas, canvasId } = host
    const tasks = areaSection(canvas, 'tasks')
    const box = tasks.absoluteBoundingBox
    figma.person.addSticky({ text: 'Book a payment', x: box.x + 40, y: box.y + 200 })
    figma.person.addSticky({ text: 'Refund a payment', x: box.x + 40, y: box.y + 500 })

    const [name, step] = await panel.sendAsync('FACILITATE', {
      canvasId,
      plan: plan({ tasks: 3, gains: 2 }),
    })
    expect(name).toBe('FACILITATION_STEP')
    expect(step).toEqual({
      canvasId,
      index: 0,
      stepCount: 6,
      areaId: 'tasks',
      stickyCount: 2,
      minutes: 3,
      timer: true,
    })
    expect(timerOf(host).snapshot).toEqual({ state: 'RUNNING', total: 180, remaining: 180 })
    expect(figma.viewport.state.center).toEqual({
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    })

    timerOf(host).advance(180)
    timerOf(host).events.flush()
    expect(lastStepIndex(panel)).toBe(1)
    expect(timerOf(host).snapshot).toEqual({ state: 'RUNNING', total: 120, remaining: 120 })
  })

  test('a timerdone delivered after "Next" restarted the timer skips no area', async () => {
    const host = await placedAsync(apiValuePropositionCanvas)
    const { panel, canvasId } = host
    await panel.sendAsync('FACILITATE', { canvasId, plan: plan({}) })
    timerOf(host).advance(300)
    await panel.sendAsync('FACILITATION_MOVE', { move: 'next' })
    timerOf(host).events.flush()
    expect(timerOf(host).events.delivered).toContain('timerdone')
    expect(lastStepIndex(panel)).toBe(1)
  })

  test('steps back, stays at the first area, and ends after the last one', async () => {
    const host = await placedAsync(apiValuePropositionCanvas)
    const { panel, canvasId } = host
    await panel.sendAsync('FACILITATE', { canvasId, plan: plan({}) })
    await panel.sendAsync('FACILITATION_MOVE', { move: 'back' })
    expect(lastStepIndex(panel)).toBe(0)
    const from = panel.answers.length
    for (let step = 0; step < 6; step += 1) {
      await panel.sendAsync('FACILITATION_MOVE', { move: 'next' })
    }
    const sent = sentSince(panel, from)
    expect(sent.map(([, payload]) => (payload as { areaId?: string }).areaId)).toEqual([
      ...AVP_FILL_ORDER.slice(1),
      undefined,
    ])
    expect(sent.at(-1)).toEqual(['FACILITATION_ENDED', { canvasId, finished: true }])
    expect(timerOf(host).snapshot.state).toBe('STOPPED')
    await panel.postAsync('FACILITATION_MOVE', { move: 'next' })
    expect(sentSince(panel, from)).toHaveLength(6)
  })

  test('"Stop" ends the walk unfinished and stops the timer', async () => {
    const host = await placedAsync(apiValuePropositionCanvas)
    await host.panel.sendAsync('FACILITATE', { canvasId: host.canvasId, plan: plan({}) })
    expect(await host.panel.sendAsync('FACILITATION_MOVE', { move: 'stop' })).toEqual([
      'FACILITATION_ENDED',
      { canvasId: host.canvasId, finished: false },
    ])
    expect(timerOf(host).snapshot).toEqual({ state: 'STOPPED', total: 0, remaining: 0 })
  })

  test('saves the plan on the canvas, so the next facilitator reads it back', async () => {
    const { figma, panel, canvas, canvasId } = await placedAsync(apiValuePropositionCanvas)
    const custom = plan({ pains: 10, gains: 7, tasks: 2 })
    await panel.sendAsync('FACILITATE', { canvasId, plan: custom })
    await panel.sendAsync('FACILITATION_MOVE', { move: 'stop' })
    expect(canvas.state.sharedPluginData.get(PLUGIN_DATA_NAMESPACE)?.has('facilitationPlan')).toBe(
      true,
    )

    const nextSession = new PanelStandIn()
    startPlugin(figma, nextSession)
    const [, read] = await nextSession.sendAsync('READ_PLAN', { canvasId })
    const rest = ['gainCreators', 'painRelievers', 'apiProducts']
    expect(read).toMatchObject({
      damaged: false,
      plan: { steps: [...custom.steps, ...rest.map((areaId) => ({ areaId, minutes: 5 }))] },
    })
  })

  test.each([
    ['not JSON', '{"version":1,'],
    ['a minute count out of range', JSON.stringify(plan({ tasks: 0 }))],
    ['another layout version', JSON.stringify({ version: 2, steps: [] })],
  ])('a damaged plan (%s) reads as the default plan, marked damaged', async (_, value) => {
    const { panel, canvas, canvasId } = await placedAsync(apiValuePropositionCanvas)
    setMarker(canvas, 'facilitationPlan', value)
    const [, read] = await panel.sendAsync('READ_PLAN', { canvasId })
    expect(read).toMatchObject({
      damaged: true,
      plan: { steps: AVP_FILL_ORDER.map((areaId) => ({ areaId, minutes: 5 })) },
    })
  })

  test('refuses minutes out of range and changes nothing', async () => {
    const { panel, canvas, canvasId, figma } = await placedAsync(apiValuePropositionCanvas)
    const [name, failed] = await panel.sendAsync('FACILITATE', {
      canvasId,
      plan: plan({ tasks: 2.5 }),
    })
    expect(name).toBe('OPERATION_FAILED')
    expect(failed).toMatchObject({
      reason: { key: 'facilitation.minutesRange', values: { min: 1, max: 120 } },
    })
    expect(markerOf(canvas, 'facilitationPlan')).toBe('')
    expect(figma.timer?.snapshot.state).toBe('STOPPED')
  })

  test('walks the areas without a timer where figma.timer is undefined', async () => {
    const { panel, canvasId, figma } = await placedAsync(apiValuePropositionCanvas, false)
    expect(figma.timer).toBe(undefined)
    expect((await panel.sendAsync('FACILITATE', { canvasId, plan: plan({}) }))[1]).toMatchObject({
      index: 0,
      timer: false,
    })
    expect((await panel.sendAsync('FACILITATION_MOVE', { move: 'next' }))[1]).toMatchObject({
      index: 1,
      areaId: 'gains',
    })
  })

  test('skips areas whose section was deleted, and fails for a deleted canvas', async () => {
    const { panel, canvas, canvasId, figma } = await placedAsync(apiValuePropositionCanvas)
    figma.person.delete(areaSection(canvas, 'tasks'))
    expect((await panel.sendAsync('FACILITATE', { canvasId, plan: plan({}) }))[1]).toMatchObject({
      areaId: 'gains',
      stepCount: 5,
    })
    figma.person.delete(canvas)
    expect(await panel.sendAsync('READ_PLAN', { canvasId })).toEqual([
      'OPERATION_FAILED',
      {
        operation: 'READ_PLAN',
        reason: { key: 'facilitation.canvasGone' },
        notify: true,
      },
    ])
  })
})
