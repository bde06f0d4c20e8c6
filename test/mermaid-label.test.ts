import fc from 'fast-check'
import { describe, expect, test } from 'vitest'

import { escapeMermaidLabel } from '../src/export/mermaid-label'

const NAMED: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>' }

/** What Mermaid shows for a label: `#name;` and `#123;` entity codes turned back into characters. */
const decode = (label: string): string =>
  label.replace(/#(\w+);/g, (code, name: string) =>
    /^\d+$/.test(name) ? String.fromCodePoint(Number(name)) : (NAMED[name] ?? code),
  )

const oneLine = (text: string): string =>
  text
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** Characters that must never reach Mermaid as themselves inside a label. */
const RISKY = /["<>&`%[\](){}|;\\*_~$\n\r\t]/

describe('escapeMermaidLabel', () => {
  test.each([
    ['He said "ship it"', 'He said #quot;ship it#quot;'],
    ['<script>alert(1)</script>', '#lt;script#gt;alert#40;1#41;#lt;/script#gt;'],
    ['retry --> fail', 'retry --#gt; fail'],
    [
      '%%{init: {"theme": "dark"}}%%',
      '#37;#37;#123;init: #123;#quot;theme#quot;: #quot;dark#quot;#125;#125;#37;#37;',
    ],
    ['first line\nsecond\r\n\tthird', 'first line second third'],
    ['`**bold**`', '#96;#42;#42;bold#42;#42;#96;'],
    ['A[x] | B{y}; C(z)', 'A#91;x#93; #124; B#123;y#125;#59; C#40;z#41;'],
    ['#quot; stays literal', '#35;quot#59; stays literal'],
    ['Price: 0,25 € / call', 'Price: 0,25 € / call'],
  ])('%j → %j', (text, label) => {
    expect(escapeMermaidLabel(text)).toBe(label)
  })

  test('any text: outside entity codes no risky character or # is left', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const label = escapeMermaidLabel(text)
        const outsideEntities = label.replace(/#(?:quot|amp|lt|gt|\d+);/g, ' ')
        expect(outsideEntities).not.toMatch(RISKY)
        expect(outsideEntities).not.toContain('#')
        expect(label).not.toContain('-->')
        expect(label).not.toContain('%%')
      }),
    )
  })

  test('any text: Mermaid shows it back on one line, as typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(decode(escapeMermaidLabel(text))).toBe(oneLine(text))
      }),
    )
  })
})
