import { describe, expect, it } from 'vitest'

import { firstSolidFillHex, solidFill } from '../src/board/paint-color'

describe('paint colours', () => {
  it('round-trips FigJam palette colours through a solid fill', () => {
    for (const hex of ['#FFFFFF', '#E6E6E6', '#B3EFBD', '#A8DAFF', '#FFA8DB', '#FFE299']) {
      expect(firstSolidFillHex([solidFill(hex)])).toBe(hex)
    }
  })

  it('takes the first visible solid paint and skips hidden ones', () => {
    const hidden: SolidPaint = { ...solidFill('#000000'), visible: false }
    expect(firstSolidFillHex([hidden, solidFill('#FFB8A8')])).toBe('#FFB8A8')
  })

  it('gives null when there is no solid paint', () => {
    expect(firstSolidFillHex([])).toBeNull()
  })
})
