import { describe, expect, it } from 'vitest'

import { exportFileName } from '../src/ui/export-file-name'

describe('exportFileName', () => {
  const date = new Date(2026, 10, 22, 23, 59)

  it('names the file after the canvas title and the local date', () => {
    expect(exportFileName('API Value Proposition Canvas', 'markdown', date)).toBe(
      'api-value-proposition-canvas-2026-11-22.md',
    )
    expect(exportFileName('Acme Pay – API Canvas', 'json', date)).toBe(
      'acme-pay-api-canvas-2026-11-22.json',
    )
  })

  it('keeps letters of any language, drops accents and punctuation', () => {
    expect(exportFileName('Café “Zahlungs-API” (v2)!', 'markdown', date)).toBe(
      'cafe-zahlungs-api-v2-2026-11-22.md',
    )
    expect(exportFileName('Käyttäjät 日本', 'json', new Date(2027, 0, 5))).toBe(
      'kayttajat-日本-2027-01-05.json',
    )
  })

  it('still gives a name when the title has no letters or digits', () => {
    expect(exportFileName(' – ', 'markdown', date)).toBe('canvas-2026-11-22.md')
  })
})
