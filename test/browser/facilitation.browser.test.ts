import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { Board, Note } from '../../src/model/board'
import { expectNoAxeViolationsAsync, usePanelSession } from './panel-session'
import { workshopBoard } from './workshop-board'

const ASSETS = resolve(import.meta.dirname, '../../assets')
const AVP_ID = '1:2'

/** The workshop board with stamps on the unanswered pain about fees. */
function votedBoard(): Board {
  const board = workshopBoard()
  const notes: Note[] = board.canvases.flatMap((canvas) => canvas.areas.flatMap((a) => a.notes))
  const fees = notes.find((note) => note.id === '5:22')
  if (fees === undefined) throw new Error('the sample board has the fees pain')
  fees.votes = { total: 4, byStamp: { '+1': 4 } }
  return board
}

describe('facilitation mode on the Facilitate tab', () => {
  const openAsync = usePanelSession()

  it('walks the areas with a timer, at Next and when the timer ends, then sums up', async () => {
    const { main, panel, page } = await openAsync({
      board: votedBoard(),
      opened: { tab: 'facilitate' },
    })
    const plan = page.getByRole('region', { name: 'Minutes per area' })
    await plan.getByRole('button', { name: 'Facilitate' }).waitFor()
    await expect.poll(() => plan.getByRole('spinbutton').count()).toBe(6)
    await expect.poll(() => panel.payloads('READ_PLAN')).toEqual([{ canvasId: AVP_ID }])
    await plan.getByRole('spinbutton', { name: 'A Tasks' }).fill('3')
    await plan.getByRole('spinbutton', { name: 'C Pains' }).fill('500')
    await page.screenshot({ path: join(ASSETS, 'panel-facilitate-plan.png') })
    await page.getByRole('button', { name: 'Facilitate' }).click()

    const area = page.getByRole('region', { name: 'A Tasks' })
    await expect.poll(() => area.textContent()).toMatch(/Area 1 of 6 · timer 3 min/)
    expect(await area.textContent()).toMatch(/3 stickies in this area/)
    const started = panel.payloads('FACILITATE')[0] as { plan: { steps: { minutes: number }[] } }
    expect(started.plan.steps.map((step) => step.minutes)).toEqual([3, 5, 120, 5, 5, 5])
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Next')
    await expectNoAxeViolationsAsync(page)
    await page.screenshot({ path: join(ASSETS, 'panel-facilitate-area.png') })

    await page.getByRole('button', { name: 'Next' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('B Gains')
    await main.timerDoneAsync(panel)
    await expect
      .poll(() => page.getByRole('region', { name: 'C Pains' }).textContent())
      .toMatch(/Area 3 of 6 · timer 120 min/)
    await page.getByRole('button', { name: 'Back' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('B Gains')
    expect(panel.payloads('FACILITATION_MOVE')).toEqual([{ move: 'next' }, { move: 'back' }])

    for (let step = 2; step <= 6; step += 1) {
      await page.getByRole('button', { name: step === 6 ? 'Finish' : 'Next' }).click()
    }
    const summary = page.getByRole('region', { name: 'Summary' })
    await expect
      .poll(() => summary.getByRole('listitem').allTextContents())
      .toEqual([expect.stringMatching(/^“Fees are hard.*4 votes \(\+1 ×4\).*unanswered$/)])
    expect(panel.payloads('READ_BOARD').at(-1)).toEqual({ scope: 'page' })
    expect(await summary.getByRole('meter', { name: 'pains answered' }).count()).toBe(1)
    await expectNoAxeViolationsAsync(page)
    await page.screenshot({ path: join(ASSETS, 'panel-facilitate-summary.png') })
  })

  it('stops the walk and returns to the plan', async () => {
    const { panel, page } = await openAsync({ board: votedBoard(), opened: { tab: 'facilitate' } })
    await page.getByRole('button', { name: 'Facilitate' }).click()
    await page.getByRole('button', { name: 'Stop' }).click()
    await expect.poll(() => panel.payloads('FACILITATION_MOVE')).toEqual([{ move: 'stop' }])
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Facilitate')
    expect(await page.getByRole('region', { name: 'Summary' }).count()).toBe(0)
  })
})
