import { readFileSync } from 'node:fs'

import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'

import { buildMethodCanvasDefinition } from '../src/method/method-canvases'
import { readUiBundleAsync } from './browser/ui-bundle'

const localizedData = readFileSync(
  new URL(
    '../node_modules/apiops-cycles-method-data/src/data/canvas/localizedData.json',
    import.meta.url,
  ),
  'utf8',
)

describe('the panel bundle (build/ui.js)', () => {
  it('holds every method canvas in every language once, deflated, under 500 KB minified', async () => {
    const bundle = await readUiBundleAsync()
    expect(Buffer.byteLength(bundle)).toBeLessThan(500_000)
    const deflated = Buffer.from(
      deflateSync(strToU8(JSON.stringify(JSON.parse(localizedData))), { level: 9 }),
    ).toString('base64')
    expect(bundle.split(deflated).length - 1).toBe(1)
    const inflated = strFromU8(inflateSync(Buffer.from(deflated, 'base64')))
    for (const locale of ['de', 'en', 'fi', 'fr', 'pt']) {
      const howToUse = buildMethodCanvasDefinition('businessImpactCanvas', locale).howToUse ?? ''
      expect(howToUse.length, locale).toBeGreaterThan(20)
      expect(inflated.split(JSON.stringify(howToUse)).length - 1, locale).toBe(1)
      expect(bundle, locale).not.toContain(howToUse.slice(0, 40))
    }
  }, 180_000)
})
