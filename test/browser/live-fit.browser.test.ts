import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { Board, Note } from '../../src/model/board'
import { expectNoAxeViolationsAsync, usePanelSession } from './panel-session'
import { workshopBoard } from './workshop-board'

const ASSETS = resolve(import.meta.dirname, '../../assets')

const FEES_ID = '5:22'
const SANDBOX_ID = '5:23'
const FEE_CALCULATOR_ID = '5:43'

function noteById(board: Board, id: string): Note {
  for (const canvas of board.canvases) {
    for (const note of [...canvas.areas.flatMap((area) => area.notes), ...canvas.strayNotes]) {
      if (note.id === id) return note
    }
  }
  throw new Error(`no note ${id}`)
}

/** The workshop board with stamps on two unanswered pains. */
function votedBoard(): Board {
  const board = workshopBoard()
  noteById(board, FEES_ID).votes = { total: 5, byStamp: { '+1': 4, Heart: 1 } }
  noteById(board, SANDBOX_ID).votes = { total: 2, byStamp: { '+1': 2 } }
  return board
}

/** The same board after someone drew a connector from the fee calculator to the fees pain. */
function answeredBoard(): Board {
  const board = votedBoard()
  noteById(board, FEES_ID).links.push({ noteId: FEE_CALCULATOR_ID, via: 'connector' })
  noteById(board, FEE_CALCULATOR_ID).links.push({ noteId: FEES_ID, via: 'connector' })
  return board
}

describe('the live fit on the Check tab', () => {
  const openAsync = usePanelSession()

  it('ranks the voted pains and moves the fit bar when the main thread sends a change', async () => {
    const { panel, page } = await openAsync({ board: votedBoard(), opened: { tab: 'check' } })
    const pains = page.getByRole('meter', { name: 'pains answered' })
    await expect.poll(() => pains.getAttribute('aria-valuetext')).toBe('2 of 4 pains answered')
    const topVotes = page.getByRole('region', { name: 'Top votes' })
    await expect
      .poll(() => topVotes.getByRole('listitem').allTextContents())
      .toEqual([
        expect.stringMatching(/^“Fees are hard.*5 votes \(\+1 ×4, Heart ×1\).*unanswered$/),
        expect.stringMatching(/^“Sandbox behaves.*2 votes \(\+1 ×2\).*unanswered$/),
      ])
    await expect.poll(() => panel.payloads('LIVE_FIT')).toEqual([{ on: true, scope: 'page' }])
    await topVotes.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(ASSETS, 'panel-check-votes.png') })
    await page.getByRole('switch', { name: 'Live' }).scrollIntoViewIfNeeded()

    await panel.sendAsync('LIVE_BOARD', { board: answeredBoard(), scope: 'page' })
    await expect.poll(() => pains.getAttribute('aria-valuetext')).toBe('3 of 4 pains answered')
    await expect
      .poll(() => topVotes.getByRole('listitem').first().textContent())
      .toMatch(/^“Fees are hard.*answered$/)
    expect(panel.payloads('READ_BOARD')).toHaveLength(1)
    await expectNoAxeViolationsAsync(page)
    await page.screenshot({ path: join(ASSETS, 'panel-live-fit.png') })
  })

  it('stops when "Live" is switched off or another tab is shown', async () => {
    const { panel, page } = await openAsync({ board: votedBoard(), opened: { tab: 'check' } })
    const pains = page.getByRole('meter', { name: 'pains answered' })
    await expect.poll(() => pains.getAttribute('aria-valuetext')).toBe('2 of 4 pains answered')
    await page.getByRole('switch', { name: 'Live' }).uncheck()
    await expect
      .poll(() => panel.payloads('LIVE_FIT'))
      .toEqual([
        { on: true, scope: 'page' },
        { on: false, scope: 'page' },
      ])
    await panel.sendAsync('LIVE_BOARD', { board: answeredBoard(), scope: 'page' })
    await page.getByRole('switch', { name: 'Live' }).focus()
    expect(await pains.getAttribute('aria-valuetext')).toBe('2 of 4 pains answered')

    await page.getByRole('switch', { name: 'Live' }).check()
    await page.getByRole('tab', { name: 'Export' }).click()
    await expect.poll(() => panel.payloads('LIVE_FIT').at(-1)).toEqual({ on: false, scope: 'page' })
    expect(panel.payloads('LIVE_FIT')).toHaveLength(4)
  })
})
