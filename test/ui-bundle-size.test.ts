import { inflateRawSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { buildMethodCanvasDefinition } from '../src/method/method-canvases'
import { readUiBundleAsync } from './browser/ui-bundle'

/** The method data build-figma-plugin.ui.js packs: long base64 literals of deflated JSON. */
const packedTexts = (bundle: string): string[] =>
  [...bundle.matchAll(/"([A-Za-z0-9+/]{1000,}={0,2})"/g)].map(([, base64 = '']) =>
    inflateRawSync(Buffer.from(base64, 'base64')).toString('utf8'),
  )

describe('the panel bundle (build/ui.js)', () => {
  it('holds every method canvas in every language once, deflated, under 500 KB minified', async () => {
    const built = await readUiBundleAsync()
    // The budget of test/bundle-budget.test.ts: 500 KB = 512,000 bytes.
    expect(Buffer.byteLength(built)).toBeLessThanOrEqual(500 * 1024)
    const inflated = packedTexts(built).join('\n')
    for (const locale of ['de', 'en', 'fi', 'fr', 'pt']) {
      const howToUse = buildMethodCanvasDefinition('businessImpactCanvas', locale).howToUse ?? ''
      expect(howToUse.length, locale).toBeGreaterThan(20)
      expect(inflated.split(JSON.stringify(howToUse)).length - 1, locale).toBe(1)
      expect(built, locale).not.toContain(howToUse.slice(0, 40))
    }
  }, 180_000)
})
