import { describe, expect, it } from 'vitest'

import { findRegionOfNote } from '../src/model/note-area'

const regions = [
  { id: 'gains', rect: { x: 0, y: 0, width: 500, height: 500 } },
  { id: 'pains', rect: { x: 0, y: 520, width: 500, height: 500 } },
]

describe('findRegionOfNote', () => {
  it('gives a sticky to the region holding its centre, even when it overhangs', () => {
    const overhanging = { x: 300, y: 420, width: 240, height: 240 }
    expect(findRegionOfNote(overhanging, regions)?.id).toBe('pains')
  })

  it('gives none when the centre lies in the gap or outside', () => {
    expect(findRegionOfNote({ x: 100, y: 390, width: 240, height: 240 }, regions)).toBeUndefined()
    expect(findRegionOfNote({ x: 600, y: 0, width: 240, height: 240 }, regions)).toBeUndefined()
  })
})
