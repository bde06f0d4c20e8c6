import { describe, expect, it } from 'vitest'

import { PLUGIN_DATA_NAMESPACE } from '../src/board/plugin-data'
import { readBoardAsync } from '../src/board/read-board-async'
import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import { workshopCanvases } from '../src/canvas/canvas-catalog'
import { canvasDefinitionSchema } from '../src/canvas/canvas-definition'
import { CANVAS_WORDS } from '../src/canvas/canvas-words'
import { localizedCanvasDefinition } from '../src/canvas/localized-canvas'
import { relaunchTextsOf } from '../src/canvas/relaunch-texts'
import { LOCALES } from '../src/locale/locales'
import { translator } from '../src/locale/translator'
import { findMethodCanvasDefinition } from '../src/method/method-canvases'
import { markerOf, onlyCanvas, placeTemplateAsync, setMarker } from './board-helpers'
import { createFakeFigJam } from './fake-figjam/fake-figjam'

describe('the plugin’s own templates in the five languages', () => {
  it('has the English words of the definitions as written in the English catalogue', () => {
    const t = translator('en')
    for (const definition of workshopCanvases) {
      const words = CANVAS_WORDS[definition.id]
      expect(words, definition.id).toBeDefined()
      if (words === undefined) continue
      expect(t(words.title)).toBe(definition.title)
      expect(t(words.purpose)).toBe(definition.purpose)
      expect(definition.parts.map((part) => t(words.parts[part.id] ?? 'canvas.avpTitle'))).toEqual(
        definition.parts.map((part) => part.title),
      )
      for (const area of definition.areas) {
        const keys = words.areas[area.id]
        expect(keys && [t(keys.title), t(keys.prompt)], area.id).toEqual([area.title, area.prompt])
      }
      for (const marker of definition.markers) {
        expect(t(words.markers[marker.id] ?? 'canvas.avpTitle')).toBe(marker.text)
      }
    }
  })

  it('keeps English as the plugin always placed it, with no locale', () => {
    expect(
      workshopCanvases.map((definition) => localizedCanvasDefinition(definition, 'en')),
    ).toEqual(workshopCanvases)
    expect(localizedCanvasDefinition(apiValuePropositionCanvas, 'en')).not.toHaveProperty('locale')
  })

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    'gives valid %s definitions with the layout of the English ones and the locale set',
    (locale) => {
      for (const english of workshopCanvases) {
        const definition = localizedCanvasDefinition(english, locale)
        expect(canvasDefinitionSchema.parse(definition)).toEqual(definition)
        expect(definition.locale).toBe(locale)
        expect(
          definition.areas.map(({ id, grid, role, label }) => ({ id, grid, role, label })),
        ).toEqual(english.areas.map(({ id, grid, role, label }) => ({ id, grid, role, label })))
        expect(definition.areas.some((area, at) => area.prompt === english.areas[at]?.prompt)).toBe(
          false,
        )
      }
    },
  )

  it('names the areas as the method’s localised canvases do', () => {
    const titles = (locale: 'fi' | 'de') =>
      Object.fromEntries(
        localizedCanvasDefinition(apiValuePropositionCanvas, locale).areas.map((area) => [
          area.id,
          area.title,
        ]),
      )
    expect(titles('fi')).toMatchObject({
      tasks: 'Tehtävät',
      gains: 'Hyödyt',
      pains: 'Kipupisteet',
      gainCreators: 'Hyötyjä mahdollistavat ominaisuudet',
      painRelievers: 'Kipupisteitä vähentävät ominaisuudet',
    })
    expect(titles('de')).toMatchObject({
      tasks: 'Aufgaben',
      gainCreators: 'Nutzenstiftende Funktionen',
    })
    expect(localizedCanvasDefinition(apiValuePropositionCanvas, 'fi').markers[0]?.text).toBe(
      'APIn tuote–markkinasopivuus',
    )
  })

  it('returns a method canvas as it is: its language is in its id', () => {
    const method = findMethodCanvasDefinition('method:apiBusinessModelCanvas:fi')
    expect(method).toBeDefined()
    if (method !== undefined) expect(localizedCanvasDefinition(method, 'de')).toBe(method)
  })
})

describe('a placed canvas remembers its language', () => {
  it('places a canvas in Finnish and reads it back as Finnish, relaunch buttons in Finnish', async () => {
    const fake = createFakeFigJam()
    const finnish = localizedCanvasDefinition(apiValuePropositionCanvas, 'fi')
    await placeTemplateAsync(fake, finnish, relaunchTextsOf(finnish))
    const section = onlyCanvas(fake)
    expect(markerOf(section, 'locale')).toBe('fi')
    expect(section.state.name).toBe('API-arvolupauskanvas')
    expect(section.state.relaunchData).toEqual({
      'check-fit': 'Tarkista tämän kanvaksen sopivuus',
      export: 'Vie tämä kanvas',
    })
    const board = await readBoardAsync(fake, 'page')
    expect(board.canvases[0]).toMatchObject({
      locale: 'fi',
      title: 'API-arvolupauskanvas',
      areas: expect.arrayContaining([
        expect.objectContaining({ id: 'pains', title: 'Kipupisteet' }),
      ]) as unknown,
    })
  })

  it('reads an English canvas, or one placed before canvases kept a language, as English: no locale', async () => {
    const fake = createFakeFigJam()
    await placeTemplateAsync(fake, apiValuePropositionCanvas)
    expect(onlyCanvas(fake).state.sharedPluginData.get(PLUGIN_DATA_NAMESPACE)?.has('locale')).toBe(
      false,
    )
    const board = await readBoardAsync(fake, 'page')
    expect(board.canvases[0]).not.toHaveProperty('locale')
  })

  it('ignores a damaged language value', async () => {
    const fake = createFakeFigJam()
    await placeTemplateAsync(fake, localizedCanvasDefinition(apiValuePropositionCanvas, 'de'))
    for (const damaged of ['xx', 'DE', '{"locale":"de"}', 'de-DE']) {
      setMarker(onlyCanvas(fake), 'locale', damaged)
      const board = await readBoardAsync(fake, 'page')
      expect(board.canvases[0], damaged).not.toHaveProperty('locale')
    }
  })

  it('takes a method canvas’s language from its template id when the canvas has no language value', async () => {
    const fake = createFakeFigJam()
    const method = findMethodCanvasDefinition('method:apiBusinessModelCanvas:fr')
    if (method === undefined) throw new Error('the method has the API Business Model Canvas')
    await placeTemplateAsync(fake, method)
    expect(markerOf(onlyCanvas(fake), 'locale')).toBe('fr')
    setMarker(onlyCanvas(fake), 'locale', '')
    const board = await readBoardAsync(fake, 'page')
    expect(board.canvases[0]?.locale).toBe('fr')
  })
})
