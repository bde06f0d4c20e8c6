import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { bytesToScriptText, scriptTextToBytes } from '../src/method/script-text'

describe('script text (the panel bundle packs its data as it)', () => {
  it('gives back any bytes, as printable ASCII without ", \\ or <', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = bytesToScriptText(bytes)
        expect(text).toMatch(/^[ !#-;=-[\]-~]*$/)
        expect(scriptTextToBytes(text)).toEqual(bytes)
      }),
    )
  })

  it('takes about 20 characters for 16 bytes, where base64 takes about 22', () => {
    const bytes = Uint8Array.from({ length: 16_000 }, (_, index) => (index * 151) % 256)
    expect(bytesToScriptText(bytes)).toHaveLength(19_693)
    expect(Buffer.from(bytes).toString('base64')).toHaveLength(21_336)
  })

  it('stays the same in a JSON string and in a script element', () => {
    const text = bytesToScriptText(Uint8Array.from({ length: 4096 }, (_, index) => index % 256))
    expect(JSON.stringify(text)).toBe(`"${text}"`)
    expect(text).not.toMatch(/<\/script|<!--/i)
  })

  it('refuses a character that is no digit and more bits than a pair or a last digit holds', () => {
    expect(() => scriptTextToBytes('ab"c')).toThrow(/not a digit at 2/)
    expect(() => scriptTextToBytes('abé')).toThrow(/not a digit at 2/)
    expect(() => scriptTextToBytes('~~')).toThrow(/more than 13 bits at 0/)
    expect(() => scriptTextToBytes('ab~')).toThrow(/more than 6 bits at 2/)
  })
})
