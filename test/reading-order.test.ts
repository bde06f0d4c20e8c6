import { describe, expect, it } from 'vitest'

import { sortInReadingOrder } from '../src/model/reading-order'

interface Item {
  name: string
  x: number
  y: number
  height: number
}

const item = (name: string, x: number, y: number, height = 240): Item => ({ name, x, y, height })
const names = (items: readonly Item[]): string[] =>
  sortInReadingOrder(items, (entry) => entry).map((entry) => entry.name)

describe('sortInReadingOrder', () => {
  it('reads rows top to bottom and each row left to right', () => {
    expect(
      names([item('d', 300, 300), item('b', 300, 0), item('c', 0, 300), item('a', 0, 0)]),
    ).toEqual(['a', 'b', 'c', 'd'])
  })

  it('keeps stickies stuck a little crooked in one row (tops within half a sticky height)', () => {
    expect(names([item('right', 300, 0), item('left', 0, 100), item('next', 0, 400)])).toEqual([
      'left',
      'right',
      'next',
    ])
  })

  it('starts a new row when a top lies more than half a sticky height lower', () => {
    expect(names([item('low', 0, 130), item('high', 300, 0)])).toEqual(['high', 'low'])
  })

  it('keeps the given order for items at the same place', () => {
    expect(names([item('first', 10, 10), item('second', 10, 10)])).toEqual(['first', 'second'])
  })
})
