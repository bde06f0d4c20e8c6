import { existsSync, readFileSync } from 'node:fs'

import { describe, expect, test } from 'vitest'

import { workshopCanvases } from '../src/canvas/canvas-catalog'
import { CANVAS_WORDS } from '../src/canvas/canvas-words'
import { catalogues } from '../src/locale/catalogues'
import { LOCALES } from '../src/locale/locales'

const build = new URL('../build/', import.meta.url)
const bundles = {
  /** FigJam runs it in its sandbox on every start of the plugin: board code and message parsing. */
  'main.js': 60 * 1024,
  /** The panel, with every canvas definition and the method data for imports. */
  'ui.js': 500 * 1024,
} as const
/** The longest run of a message that a bundler writes as it is (ASCII, no quotes). */
const literalPart = (text: string): string =>
  text
    .split(/[^ -~]|['"`\\]|\{[^}]*\}/)
    .reduce((longest, part) => (part.length > longest.length ? part : longest), '')

/** Every message of the parts the board code and the templates have words in, in every locale. */
const boardWords = LOCALES.flatMap((locale) =>
  (['board', 'canvas', 'selfTest'] as const).flatMap((part) =>
    Object.values(catalogues[locale][part] ?? {}).flatMap((message) =>
      typeof message === 'string' ? [literalPart(message)] : [],
    ),
  ),
).filter((part) => part.length >= 12)

const built = Object.keys(bundles).every((name) => existsSync(new URL(name, build)))
if (!built) {
  console.warn('bundle-budget.test.ts: build/ is absent, so the bundle budgets were not checked.')
}

describe.skipIf(!built)(
  built
    ? 'bundle budgets (minified build/)'
    : 'bundle budgets — SKIPPED: build/main.js or build/ui.js is absent; run `npm run build` (npm test does)',
  () => {
    test.each(Object.entries(bundles))('%s is at most %i bytes', (name, budget) => {
      const size = readFileSync(new URL(name, build)).byteLength
      expect(size, `build/${name} is ${String(size)} bytes`).toBeLessThanOrEqual(budget)
    })

    test('the words of the board, the templates and the self-test are not in main.js', () => {
      const main = readFileSync(new URL('main.js', build), 'utf8')
      expect(boardWords.length).toBeGreaterThan(100)
      expect(boardWords.filter((words) => main.includes(words))).toEqual([])
    })

    test('the canvas catalog is in ui.js, not in main.js', () => {
      const main = readFileSync(new URL('main.js', build), 'utf8')
      const ui = readFileSync(new URL('ui.js', build), 'utf8')
      const prompts = workshopCanvases.flatMap((canvas) =>
        canvas.areas.map((area) => literalPart(area.prompt)),
      )
      expect(prompts.filter((prompt) => !ui.includes(prompt))).toEqual([])
      expect(prompts.filter((prompt) => main.includes(prompt))).toEqual([])
      const keys = Object.values(CANVAS_WORDS).flatMap((words) =>
        Object.values(words.areas).map((area) => area.prompt),
      )
      expect(keys.filter((key) => main.includes(key))).toEqual([])
    })
  },
)
