import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { arrangeInRows } from '../src/board/sticky-rows'
import { overlaps } from './board-helpers'

const GAP = 24
const frame = { x: 24, y: 200, width: 1000 }

describe('arrangeInRows', () => {
  it('fills a row left to right, then starts the next below the tallest of the row', () => {
    const sizes = [
      { width: 240, height: 240 },
      { width: 240, height: 400 },
      { width: 240, height: 240 },
      { width: 240, height: 240 },
    ]
    expect(arrangeInRows(sizes, frame, [], GAP)).toEqual([
      { x: 24, y: 200 },
      { x: 288, y: 200 },
      { x: 552, y: 200 },
      { x: 24, y: 200 + 400 + GAP },
    ])
  })

  it('skips places taken by stickies already there', () => {
    const taken = [{ x: 300, y: 210, width: 240, height: 240 }]
    const spots = arrangeInRows(
      [
        { width: 240, height: 240 },
        { width: 240, height: 240 },
      ],
      frame,
      taken,
      GAP,
    )
    expect(spots).toEqual([
      { x: 24, y: 200 },
      { x: 300 + 240 + GAP, y: 200 },
    ])
  })

  it('never overlaps another result or a taken place, and stays inside the frame’s width', () => {
    const size = fc.record({
      width: fc.oneof(fc.constantFrom(240, 416), fc.integer({ min: 1, max: 600 })),
      height: fc.integer({ min: 1, max: 700 }),
    })
    const rect = fc.record({
      x: fc.integer({ min: 0, max: 1200 }),
      y: fc.integer({ min: 150, max: 1500 }),
      width: fc.constant(240),
      height: fc.integer({ min: 240, max: 500 }),
    })
    fc.assert(
      fc.property(
        fc.array(size, { maxLength: 40 }),
        fc.array(rect, { maxLength: 6 }),
        (sizes, taken) => {
          const spots = arrangeInRows(sizes, frame, taken, GAP)
          expect(spots).toHaveLength(sizes.length)
          const boxes = sizes.map((box, index) => ({
            ...box,
            x: spots[index]?.x ?? Number.NaN,
            y: spots[index]?.y ?? Number.NaN,
          }))
          boxes.forEach((box, index) => {
            expect(box.x).toBeGreaterThanOrEqual(frame.x)
            expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width)
            expect(box.y).toBeGreaterThanOrEqual(frame.y)
            for (const other of [...boxes.slice(index + 1), ...taken]) {
              expect(overlaps(box, other)).toBe(false)
            }
          })
        },
      ),
    )
  })
})
