import { describe, expect, it } from 'vitest'

import type { Board } from '../../src/model/board'
import { readNote } from '../note-factory'
import { focusStateAsync } from './keyboard-focus'
import { expectNoAxeViolationsAsync, usePanelSession } from './panel-session'
import { workshopBoard } from './workshop-board'

const PAINS = 60
const COPIES = 30

/**
 * The workshop board with `PAINS` more unanswered pains on its API Value Proposition Canvas,
 * each sharing words with one new pain reliever, then that canvas copied until the board holds
 * `COPIES` more canvases.
 */
function crowdedBoard(): Board {
  const board = workshopBoard()
  const canvas = board.canvases[0]
  const pains = canvas?.areas.find((area) => area.role === 'pain')
  const relievers = canvas?.areas.find((area) => area.role === 'pain-reliever')
  if (canvas === undefined || pains === undefined || relievers === undefined) {
    throw new Error('the workshop board has no pains and pain relievers')
  }
  for (let index = 0; index < PAINS; index += 1) {
    pains.notes.push(
      readNote(`7:${String(index)}`, `Payouts arrive late in market ${String(index)}`),
    )
  }
  relievers.notes.push(readNote('7:999', 'Faster payouts in every market'))
  for (let copy = 1; copy <= COPIES; copy += 1) {
    const renamed = JSON.stringify(canvas).replace(/"(\d+):(\d+)"/g, `"${String(copy + 100)}$1:$2"`)
    board.canvases.push({
      ...(JSON.parse(renamed) as typeof canvas),
      title: `Copy ${String(copy)}`,
    })
  }
  return board
}

describe('long lists on the Check tab', () => {
  const openAsync = usePanelSession()

  it('draws every canvas and pages long lists, focus moving to the first new item', async () => {
    const { page } = await openAsync({ board: crowdedBoard(), opened: { tab: 'check' } })
    await page.getByRole('region', { name: `Copy ${String(COPIES)}` }).waitFor({ timeout: 15_000 })
    const first = page.getByRole('region', { name: workshopBoard().canvases[0]?.title ?? '' })
    const findings = first.getByRole('button', { name: /^(Error|Warning|Info)/ })
    expect(await findings.count()).toBe(25)

    const more = first.getByRole('button', { name: /^Show 25 more findings \(\d+ hidden\)$/ })
    const hidden = Number(/\((\d+) hidden\)/.exec((await more.textContent()) ?? '')?.[1])
    await more.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => findings.count()).toBe(50)
    const twentySixth = await findings.nth(25).textContent()
    await expect
      .poll(() => focusStateAsync(page))
      .toEqual({
        where: `button: ${twentySixth ?? ''}`,
        visible: true,
      })
    await first.getByRole('button', { name: /^Show \d+ more findings?$/ }).click()
    await expect.poll(() => findings.count()).toBe(25 + hidden)
    expect(await first.getByRole('button', { name: /^Show / }).count()).toBe(0)

    const suggestions = page.getByRole('region', { name: 'Suggested matches' })
    const links = suggestions.getByRole('button', { name: /^Link / })
    expect(await links.count()).toBe(10)
    await suggestions.getByRole('button', { name: /^Show 10 more suggestions/ }).click()
    await expect.poll(() => links.count()).toBe(20)
    await expectNoAxeViolationsAsync(page)
  })
})
