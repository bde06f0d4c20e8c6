import { describe, expect, test } from 'vitest'

import { placeCanvasesAsync } from '../src/board/place-canvases-async'
import { readBoardAsync } from '../src/board/read-board-async'
import { methodLocales } from '../src/method/method-canvases'
import { createFakeFigJam } from './fake-figjam/fake-figjam'
import { buildMethodCanvasDefinitions } from './method-board-helpers'

const definitions = buildMethodCanvasDefinitions()

test('every method canvas is there in every locale', () => {
  expect(methodLocales()).toEqual(expect.arrayContaining(['de', 'en', 'fi', 'fr', 'pt']))
  expect(definitions.length).toBeGreaterThanOrEqual(28 * 5)
})

describe.each(methodLocales())('method canvases in %s', (locale) => {
  test('each places on the in-memory board and reads back with its areas, titles and roles', async () => {
    const figma = createFakeFigJam()
    const inLocale = definitions.filter((definition) => definition.locale === locale)
    expect(inLocale.length).toBeGreaterThanOrEqual(28)
    const placed = await placeCanvasesAsync(figma, {
      canvases: inLocale.map((definition) => ({ definition, notes: [] })),
      connectors: [],
    })
    expect(placed).toHaveLength(inLocale.length)

    const board = await readBoardAsync(figma, 'page')
    expect(board.problems).toEqual([])
    const byId = new Map(board.canvases.map((canvas) => [canvas.id, canvas]))
    inLocale.forEach((definition, index) => {
      const canvas = byId.get(placed[index]?.canvasId ?? '')
      expect(canvas?.templateId).toBe(definition.id)
      expect(canvas?.title).toBe(definition.title)
      expect(
        canvas?.areas.map((area) => [area.id, area.title, area.role, area.sectionId !== null]),
      ).toEqual(
        [...definition.areas]
          .sort((a, b) => a.fillOrder - b.fillOrder)
          .map((area) => [area.id, area.title, area.role, true]),
      )
    })
  })
})
