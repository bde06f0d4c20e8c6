import { describe, expect, it } from 'vitest'

import { buildMethodCanvasDefinition } from '../src/method/method-canvases'
import { readUiBundleAsync } from './browser/ui-bundle'

describe('the panel bundle (build/ui.js)', () => {
  it('holds every method canvas in every language once, under 500 KB minified', async () => {
    const bundle = await readUiBundleAsync()
    expect(Buffer.byteLength(bundle)).toBeLessThan(500_000)
    for (const locale of ['de', 'en', 'fi', 'fr', 'pt']) {
      const howToUse = buildMethodCanvasDefinition('businessImpactCanvas', locale).howToUse ?? ''
      const sample = howToUse
        .split(/[^\x20\x21\x23-\x5b\x5d-\x7e]/)
        .reduce((longest, run) => (run.length > longest.length ? run : longest), '')
      expect(sample.length, locale).toBeGreaterThan(20)
      expect(bundle.split(sample).length - 1, locale).toBe(1)
    }
  }, 180_000)
})
