import { existsSync, readFileSync } from 'node:fs'

import { describe, expect, test } from 'vitest'

import { workshopCanvases } from '../src/canvas/canvas-catalog'
import type { AreaDefinition } from '../src/canvas/canvas-definition'

const build = new URL('../build/', import.meta.url)
const bundles = {
  /** FigJam runs it in its sandbox on every start of the plugin: board code and message parsing. */
  'main.js': 60 * 1024,
  /** The panel, with every canvas definition and the method data for imports. */
  'ui.js': 500 * 1024,
} as const
/** The longest run of an area's prompt that a bundler writes as it is (ASCII, no quotes). */
const literalPart = (area: AreaDefinition): string =>
  area.prompt
    .split(/[^ -~]|['"`\\]/)
    .reduce((longest, part) => (part.length > longest.length ? part : longest), '')

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

    test('the canvas catalog is in ui.js, not in main.js', () => {
      const main = readFileSync(new URL('main.js', build), 'utf8')
      const ui = readFileSync(new URL('ui.js', build), 'utf8')
      const prompts = workshopCanvases.flatMap((canvas) => canvas.areas.map(literalPart))
      expect(prompts.filter((prompt) => !ui.includes(prompt))).toEqual([])
      expect(prompts.filter((prompt) => main.includes(prompt))).toEqual([])
    })
  },
)
