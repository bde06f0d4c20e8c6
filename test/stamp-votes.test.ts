import { describe, expect, it } from 'vitest'

import { readBoardAsync } from '../src/board/read-board-async'
import type { Board, Note } from '../src/model/board'
import { areaSection, boardWithAvpAsync } from './board-helpers'
import type { FakeFigJam } from './fake-figjam/fake-figjam'
import type { FakeSection } from './fake-figjam/fake-section'
import { STAMP_KINDS } from './fake-figjam/fake-stamp'

const boardWithAvp = boardWithAvpAsync

function addPain(fake: FakeFigJam, canvas: FakeSection, text: string, dy = 0) {
  const box = areaSection(canvas, 'pains').absoluteBox()
  return fake.person.addSticky({ text, x: box.x + 60, y: box.y + 80 + dy })
}

const allNotes = (board: Board): Note[] =>
  board.canvases.flatMap((canvas) => [
    ...canvas.areas.flatMap((area) => area.notes),
    ...canvas.strayNotes,
  ])

const noteWithText = (board: Board, text: string): Note | undefined =>
  allNotes(board).find((note) => note.text === text)

describe('stamps in the in-memory FigJam', () => {
  it('stick to the node they are dropped on and move with it', async () => {
    const { fake, canvas } = await boardWithAvp()
    const sticky = addPain(fake, canvas, 'Slow payouts')
    const stamp = fake.person.addStamp('+1', sticky)
    expect(stamp.stuckTo).toBe(sticky)
    const before = stamp.absoluteBox()
    fake.person.moveTo(sticky, sticky.absoluteBox().x + 100, sticky.absoluteBox().y + 30)
    expect(stamp.absoluteBox()).toEqual({ ...before, x: before.x + 100, y: before.y + 30 })
    expect(stamp.stuckTo).toBe(sticky)
  })

  it('come unstuck when moved off their host, and are removed with it', async () => {
    const { fake, canvas } = await boardWithAvp()
    const sticky = addPain(fake, canvas, 'Slow payouts')
    const moved = fake.person.addStamp('Heart', sticky)
    const kept = fake.person.addStamp('Heart', sticky, { x: 100, y: 100 })
    fake.person.moveTo(moved, -5000, -5000)
    expect(moved.stuckTo).toBeNull()
    fake.person.delete(sticky)
    expect(kept.state.removed).toBe(true)
    expect(moved.state.removed).toBe(false)
  })
})

describe('dot votes read from stamps', () => {
  it('counts the stamps on each sticky, per kind as FigJam names them', async () => {
    const { fake, canvas } = await boardWithAvp()
    const slow = addPain(fake, canvas, 'Slow payouts')
    const fees = addPain(fake, canvas, 'High fees', 300)
    fake.person.addStamp('+1', slow)
    fake.person.addStamp('+1', slow, { x: 60, y: 8 })
    fake.person.addStamp('Heart', slow, { x: 110, y: 8 })
    fake.person.addStamp('Thumbs up', fees)
    fake.person.addOther({ type: 'STAMP', name: 'Star', x: -4000, y: -4000, width: 40, height: 40 })

    const board = await readBoardAsync(fake, 'page')

    expect(noteWithText(board, 'Slow payouts')?.votes).toEqual({
      total: 3,
      byStamp: { '+1': 2, Heart: 1 },
    })
    expect(noteWithText(board, 'High fees')?.votes).toEqual({
      total: 1,
      byStamp: { 'Thumbs up': 1 },
    })
  })

  it('keeps every kind of the stamp wheel apart, by the name FigJam gives it', async () => {
    const { fake, canvas } = await boardWithAvp()
    const sticky = addPain(fake, canvas, 'Slow payouts')
    STAMP_KINDS.forEach((kind, index) => {
      fake.person.addStamp(kind, sticky, {
        x: 4 + (index % 4) * 50,
        y: 4 + Math.floor(index / 4) * 50,
      })
    })
    const votes = noteWithText(await readBoardAsync(fake, 'page'), 'Slow payouts')?.votes
    expect(votes?.total).toBe(STAMP_KINDS.length)
    expect(Object.keys(votes?.byStamp ?? {})).toEqual([...STAMP_KINDS].sort())
  })

  it('gives a board without stamps no votes field at all', async () => {
    const { fake, canvas } = await boardWithAvp()
    addPain(fake, canvas, 'Slow payouts')
    const board = await readBoardAsync(fake, 'page')
    expect(Object.keys(noteWithText(board, 'Slow payouts') ?? {})).not.toContain('votes')
  })

  it('reads each stamp with at most two host reads and no sticky twice', async () => {
    const { fake, canvas } = await boardWithAvp()
    const stickies = Array.from({ length: 10 }, (_, index) =>
      addPain(fake, canvas, `Pain ${String(index)}`, index * 30),
    )
    await readBoardAsync(fake, 'page')
    const withoutStamps = fake.hostCalls.reads
    fake.resetHostCalls()
    for (const sticky of stickies) {
      fake.person.addStamp('Dot', sticky, { x: 200, y: 4 })
      fake.person.addStamp('+1', sticky, { x: 150, y: 4 })
    }
    fake.resetHostCalls()
    const board = await readBoardAsync(fake, 'page')
    expect(fake.hostCalls.reads - withoutStamps).toBeLessThanOrEqual(2 * 20)
    expect(fake.hostCalls.byName.get('STAMP.stuckTo')).toBe(20)
    expect(allNotes(board).every((note) => note.votes?.total === 2)).toBe(true)
  })

  it('skips a stamp stuck to something that is not a note', async () => {
    const { fake, canvas } = await boardWithAvp()
    const sticky = addPain(fake, canvas, 'Slow payouts')
    const first = fake.person.addStamp('+1', sticky)
    fake.person.addStamp('+1', first, { x: 4, y: 4 })
    const board = await readBoardAsync(fake, 'page')
    expect(noteWithText(board, 'Slow payouts')?.votes?.total).toBe(1)
  })
})
