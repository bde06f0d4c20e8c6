import { describe, expect, test } from 'vitest'

import { escapeControls, escapeLine } from '../src/cli/terminal-text'

describe('escapeControls', () => {
  test('escapes exactly the controls but the line feed, the separators and the bidi marks', () => {
    const byProperty = /[^\P{Cc}\n]|[\p{Bidi_Control}\u2028\u2029]/u
    const differing: string[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCodePoint(code)
      if ((escapeControls(character) !== character) !== byProperty.test(character)) {
        differing.push(code.toString(16))
      }
    }
    expect(differing).toEqual([])
  })

  test('shows each control as an escape and leaves other text as it is', () => {
    expect(escapeControls('a\x1B[2Jb\u202Ec\nd é 😀')).toBe('a\\x1B[2Jb\\u202Ec\nd é 😀')
    expect(escapeLine('one\ntwo\x07')).toBe('one\\x0Atwo\\x07')
  })
})
