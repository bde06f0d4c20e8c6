import { describe, expect, it } from 'vitest'

import { findFreeSpot } from '../src/board/free-spot'

const size = { width: 1000, height: 600 }

describe('findFreeSpot', () => {
  it('keeps the preferred spot on an empty page', () => {
    expect(findFreeSpot(size, { x: -500, y: -300 }, [], 100)).toEqual({ x: -500, y: -300 })
  })

  it('moves right past a node in the way when that is the shorter move', () => {
    const occupied = [{ x: -600, y: -400, width: 300, height: 2000 }]
    expect(findFreeSpot(size, { x: -500, y: -300 }, occupied, 100)).toEqual({ x: -200, y: -300 })
  })

  it('moves down below a wide node when that is the shorter move', () => {
    const occupied = [{ x: -5000, y: -350, width: 10000, height: 100 }]
    expect(findFreeSpot(size, { x: -500, y: -300 }, occupied, 100)).toEqual({ x: -500, y: -150 })
  })

  it('finds a spot that overlaps no node and keeps the gap', () => {
    const occupied = [
      { x: 0, y: 0, width: 400, height: 400 },
      { x: 450, y: 100, width: 800, height: 300 },
      { x: 0, y: 500, width: 2000, height: 200 },
    ]
    const spot = findFreeSpot(size, { x: 100, y: 100 }, occupied, 50)
    for (const rect of occupied) {
      const apart =
        spot.x >= rect.x + rect.width + 50 ||
        spot.x + size.width + 50 <= rect.x ||
        spot.y >= rect.y + rect.height + 50 ||
        spot.y + size.height + 50 <= rect.y
      expect(apart).toBe(true)
    }
    expect(spot.x).toBeGreaterThanOrEqual(100)
    expect(spot.y).toBeGreaterThanOrEqual(100)
  })
})
