import { constants, zstdCompressSync, zstdDecompressSync } from 'node:zlib'

import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser'
import canvasData from 'apiops-cycles-method-data/canvasData.json'
import localizedData from 'apiops-cycles-method-data/localizedData.json'
import { describe, expect, it } from 'vitest'

import { catalogues } from '../src/locale/catalogues'
import { parseGuideFiles, pruneGuideFiles } from '../src/method/guide-files'
import { buildMethodCanvasDefinition } from '../src/method/method-canvases'
import type { MethodDataSource } from '../src/method/method-data'
import { packagedGuideFiles } from '../src/method/packaged-guide-files'

/** A parsed message as the build packs it: plain text as `[text]`, else its syntax tree. */
const compact = (tree: MessageFormatElement[]): MessageFormatElement[] | [string] =>
  tree.length === 1 && tree[0]?.type === TYPE.literal ? [tree[0].value] : tree
import { packagedMethodData } from '../src/method/packaged-method-data'
import { methodCanvasTitles } from '../src/method/packaged-station-guide'
import { bytesToScriptText, scriptTextToBytes } from '../src/method/script-text'
import { buildStationGuide } from '../src/method/station-guide'
import { packedValues } from '../src/method/unpack-json'
import { readUiBundleAsync } from './browser/ui-bundle'

/**
 * The data build-packed-panel-data.js packs: long literals of script text (printable ASCII but
 * `"`, `\` and `<`) of Zstandard-packed JSON.
 */
const packedLiterals = (bundle: string): string[] =>
  [...bundle.matchAll(/"([ !#-;=-[\]-~]{10000,})"/g)].map(([, text = '']) => text)

const unpacked = (text: string): string =>
  zstdDecompressSync(scriptTextToBytes(text)).toString('utf8')

const LOCALES = ['de', 'en', 'fi', 'fr', 'pt'] as const

describe('the panel bundle (build/ui.js)', () => {
  it('holds every method canvas in every language once, packed, under 500 KB minified', async () => {
    const built = await readUiBundleAsync()
    // The budget of test/bundle-budget.test.ts: 500 KB = 512,000 bytes.
    expect(Buffer.byteLength(built)).toBeLessThanOrEqual(500 * 1024)
    const literals = packedLiterals(built)
    expect(literals).toHaveLength(1)
    const text = literals.map(unpacked).join('\n')
    for (const locale of LOCALES) {
      const howToUse = buildMethodCanvasDefinition('businessImpactCanvas', locale).howToUse ?? ''
      expect(howToUse.length, locale).toBeGreaterThan(20)
      expect(text.split(JSON.stringify(howToUse)).length - 1, locale).toBe(1)
      expect(built, locale).not.toContain(howToUse.slice(0, 40))
    }
  }, 180_000)

  it('gives the panel the same canvases, station guide and messages as the files', async () => {
    const [literal = ''] = packedLiterals(await readUiBundleAsync())
    const packed = packedValues(literal)
    const source: MethodDataSource = {
      ...packagedMethodData,
      canvasData: packed('canvasData'),
      localizedData: packed('localizedData'),
    }
    expect(source.canvasData).toEqual(canvasData)
    expect(source.localizedData).toEqual(localizedData)
    for (const canvasId of Object.keys(canvasData)) {
      for (const locale of LOCALES) {
        expect(buildMethodCanvasDefinition(canvasId, locale, source)).toEqual(
          buildMethodCanvasDefinition(canvasId, locale),
        )
      }
    }
    const guide = parseGuideFiles(packed('guideFiles'))
    const files = parseGuideFiles(packagedGuideFiles)
    expect(guide).toEqual(pruneGuideFiles(files))
    for (const { id } of files.cycles.cycles.items) {
      for (const locale of LOCALES) {
        expect(buildStationGuide(guide, id, locale, methodCanvasTitles(locale, source))).toEqual(
          buildStationGuide(files, id, locale, methodCanvasTitles(locale)),
        )
      }
    }
    for (const locale of LOCALES) {
      const messages = Object.fromEntries(
        Object.entries(catalogues[locale]).map(([part, texts]) => [
          part,
          Object.fromEntries(
            Object.entries(texts).map(([id, text]) => [
              id,
              typeof text === 'string' ? compact(parse(text, { ignoreTag: true })) : text,
            ]),
          ),
        ]),
      )
      const panelParts = Object.fromEntries(
        Object.entries(messages).filter(([part]) => part !== 'cli'),
      )
      const canvas = Object.entries(panelParts.canvas ?? {}).filter(
        ([id]) => locale !== 'en' || id.startsWith('relaunch'),
      )
      expect(packed(`catalogue/${locale}`), locale).toEqual({
        ...panelParts,
        canvas: Object.fromEntries(canvas),
      })
    }
  }, 180_000)
})

describe('packedValues', () => {
  const pack = (value: unknown): string =>
    bytesToScriptText(
      zstdCompressSync(JSON.stringify(value), {
        params: { [constants.ZSTD_c_compressionLevel]: 19 },
      }),
    )

  it('gives each value of the packed object, unpacking it once', () => {
    const packed = packedValues(pack({ a: [1, 'ä'], b: { c: null } }))
    expect(packed('a')).toEqual([1, 'ä'])
    expect(packed('b')).toEqual({ c: null })
    expect(packed('a')).toBe(packed('a'))
  })

  it('names a key the data lacks, and refuses data that is not a packed JSON object', () => {
    expect(() => packedValues(pack({ a: 1 }))('toString')).toThrow(/has no "toString"/)
    expect(() => packedValues(pack([1, 2]))('a')).toThrow(/not a JSON object/)
    expect(() => packedValues(bytesToScriptText(Buffer.from('not zstd')))('a')).toThrow()
    expect(() => packedValues('bm90IHpzdGQ=')('a')).toThrow()
  })
})
