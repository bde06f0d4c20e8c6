import { afterEach, describe, expect, it } from 'vitest'

import type { PortNodeChangeEvent } from '../src/board/figjam-port'
import { type LiveFit, startLiveFit } from '../src/board/live-fit'
import { readBoardAsync } from '../src/board/read-board-async'
import { checkBoard } from '../src/fit/check-board'
import type { Board } from '../src/model/board'
import { areaSection, boardWithAvpAsync } from './board-helpers'
import type { FakeFigJam } from './fake-figjam/fake-figjam'
import type { FakeSection } from './fake-figjam/fake-section'

const nextTurn = (ms = 0): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms)
  })

function addToArea(fake: FakeFigJam, canvas: FakeSection, areaId: string, text: string, dx = 0) {
  const box = areaSection(canvas, areaId).absoluteBox()
  return fake.person.addSticky({ text, x: box.x + 40 + dx, y: box.y + 80 })
}

const painTexts = (board: Board): string[] =>
  board.canvases[0]?.areas.find((area) => area.id === 'pains')?.notes.map((n) => n.text) ?? []

describe('nodechange in the in-memory FigJam', () => {
  it('batches the changes of one turn into one event, with their origin', async () => {
    const { fake, canvas } = await boardWithAvpAsync()
    const events: PortNodeChangeEvent[] = []
    fake.page.on('nodechange', (event) => events.push(event))
    const mine = addToArea(fake, canvas, 'pains', 'Slow payouts')
    fake.changes.asRemote(() => {
      fake.person.editText(mine, 'Slow payouts on Fridays')
    })
    const other = addToArea(fake, canvas, 'gains', 'Fewer tickets')
    fake.person.delete(other)
    expect(events).toEqual([])
    await nextTurn()
    expect(events).toHaveLength(1)
    expect(
      events[0]?.nodeChanges.map((change) => [
        change.type,
        change.origin,
        change.type === 'PROPERTY_CHANGE' ? change.properties : [],
      ]),
    ).toEqual([
      ['CREATE', 'LOCAL', []],
      ['PROPERTY_CHANGE', 'REMOTE', ['text']],
      ['CREATE', 'LOCAL', []],
      ['DELETE', 'LOCAL', []],
    ])
    expect(events[0]?.nodeChanges[3]?.node).toEqual({
      removed: true,
      type: 'STICKY',
      id: other.state.id,
    })
  })

  it('reports only the highest node of a deleted section', async () => {
    const { fake, canvas } = await boardWithAvpAsync()
    addToArea(fake, canvas, 'pains', 'Slow payouts')
    const events: PortNodeChangeEvent[] = []
    fake.page.on('nodechange', (event) => events.push(event))
    fake.person.delete(areaSection(canvas, 'pains'))
    fake.changes.flush()
    expect(events[0]?.nodeChanges.map((change) => change.node.type)).toEqual(['SECTION'])
  })
})

describe('the live fit', () => {
  let live: LiveFit | undefined
  afterEach(() => {
    live?.stop()
  })

  async function startAsync(fake: FakeFigJam) {
    const boards: Board[] = []
    const board = await readBoardAsync(fake, 'page')
    live = startLiveFit(fake, {
      scope: 'page',
      board,
      onBoard: (updated) => boards.push(structuredClone(updated)),
      debounceMs: 5,
      maxWaitMs: 20,
    })
    return boards
  }

  it('follows another person typing a pain, without a click and without re-reading', async () => {
    const { fake, canvas } = await boardWithAvpAsync()
    const pain = addToArea(fake, canvas, 'pains', 'Slow payouts')
    const boards = await startAsync(fake)
    fake.changes.asRemote(() => {
      fake.person.editText(pain, 'Slow payouts on Fridays')
    })
    await nextTurn(60)
    expect(boards.map(painTexts)).toEqual([['Slow payouts on Fridays']])
    expect(live?.reReads).toBe(0)
  })

  it('moves the fit bar when a pain reliever is tagged to answer the pain', async () => {
    const { fake, canvas } = await boardWithAvpAsync()
    addToArea(fake, canvas, 'pains', 'Slow payouts #payouts')
    const reliever = addToArea(fake, canvas, 'painRelievers', 'Instant payouts')
    const boards = await startAsync(fake)
    fake.person.editText(reliever, 'Instant payouts #payouts')
    await nextTurn(60)
    const last = boards.at(-1)
    if (last === undefined) throw new Error('no update')
    expect(checkBoard(last).fit[0]).toMatchObject({ painsAnswered: 1, painsTotal: 1 })
  })

  it('drops a deleted sticky and counts a new stamp as a vote', async () => {
    const { fake, canvas } = await boardWithAvpAsync()
    const slow = addToArea(fake, canvas, 'pains', 'Slow payouts')
    const fees = addToArea(fake, canvas, 'pains', 'High fees', 300)
    const boards = await startAsync(fake)
    fake.person.delete(fees)
    fake.person.addStamp('+1', slow)
    await nextTurn(60)
    const pains = boards.at(-1)?.canvases[0]?.areas.find((area) => area.id === 'pains')?.notes
    expect(pains?.map((note) => [note.text, note.votes?.total])).toEqual([['Slow payouts', 1]])
  })

  it('reads the board at most 3 times during a paste of 500 stickies', async () => {
    const { fake, canvas } = await boardWithAvpAsync()
    const boards = await startAsync(fake)
    const box = areaSection(canvas, 'pains').absoluteBox()
    for (let batch = 0; batch < 2; batch += 1) {
      for (let index = 0; index < 250; index += 1) {
        fake.person.addSticky({
          text: `Pasted ${String(batch * 250 + index)}`,
          x: box.x + index,
          y: box.y + 60,
        })
      }
      await nextTurn()
    }
    await nextTurn(80)
    expect(live?.reReads ?? 0).toBeLessThanOrEqual(3)
    expect(live?.updates ?? 0).toBeLessThanOrEqual(3)
    expect(
      painTexts(boards.at(-1) ?? { schemaVersion: 1, canvases: [], problems: [] }),
    ).toHaveLength(500)
  })

  it('stops listening when stopped', async () => {
    const { fake, canvas } = await boardWithAvpAsync()
    const pain = addToArea(fake, canvas, 'pains', 'Slow payouts')
    const boards = await startAsync(fake)
    live?.stop()
    fake.person.editText(pain, 'Changed')
    await nextTurn(60)
    expect(boards).toEqual([])
  })
})
