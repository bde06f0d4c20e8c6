import { describe, expect, test } from 'vitest'

import { buildMethodCanvasDefinition, methodCanvasIds } from '../src/method/method-canvases'
import { filterCanvases, languageName } from '../src/ui/method-canvas-filter'

const canvasesIn = (locale: string) =>
  methodCanvasIds().map((id) => buildMethodCanvasDefinition(id, locale))

const titles = (locale: string, query: string): string[] =>
  filterCanvases(canvasesIn(locale), query).map((definition) => definition.title)

describe('filterCanvases', () => {
  test('an empty or blank query keeps every canvas, in the data’s order', () => {
    expect(filterCanvases(canvasesIn('en'), '  ')).toEqual(canvasesIn('en'))
  })

  test('finds a canvas by a part of its title, ignoring case and accents', () => {
    expect(titles('fi', 'POLKUKANVAS')).toEqual(['Asiakaspolkukanvas'])
    const french = canvasesIn('fr').find((d) => d.methodCanvasId === 'businessImpactCanvas')
    if (french === undefined) throw new Error('the method has a Business Impact Canvas')
    expect(french.title.normalize('NFKD')).not.toBe(french.title)
    const plain = french.title.normalize('NFKD').replace(/\p{M}/gu, '')
    expect(titles('fr', plain)).toContain(french.title)
  })

  test('every word must match, in the title, the purpose or the method id', () => {
    const found = filterCanvases(canvasesIn('en'), 'journey customer')
    expect(found.map((definition) => definition.title)).toContain('Customer Journey Canvas')
    expect(found.length).toBeLessThan(canvasesIn('en').length)
    for (const definition of found) {
      expect(`${definition.title} ${definition.purpose}`.toLowerCase()).toMatch(
        /journey[\s\S]*customer|customer[\s\S]*journey/,
      )
    }
    expect(titles('de', 'customerJourneyCanvas')).toEqual([
      buildMethodCanvasDefinition('customerJourneyCanvas', 'de').title,
    ])
    expect(titles('en', 'journey zebra')).toEqual([])
  })
})

describe('languageName', () => {
  test('names each method language in itself, with its code', () => {
    expect(['de', 'en', 'fi', 'fr', 'pt'].map(languageName)).toEqual([
      'Deutsch (de)',
      'English (en)',
      'Suomi (fi)',
      'Français (fr)',
      'Português (pt)',
    ])
  })

  test('a code the browser cannot name stays a code', () => {
    expect(languageName('not a locale')).toBe('not a locale')
  })
})
