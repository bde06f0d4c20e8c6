import { describe, expect, it } from 'vitest'

import { firstSolidFillHex } from '../src/board/paint-color'
import { PLUGIN_DATA_NAMESPACE } from '../src/board/plugin-data'
import { apiCanvas } from '../src/canvas/api-canvas'
import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import { relaunchTextsOf } from '../src/canvas/relaunch-texts'
import { inEnglish } from './board-error-text'
import {
  areaSection,
  boardSnapshot,
  markerOf,
  onlyCanvas,
  overlaps,
  placeTemplateAsync,
  pluginFontLoads,
  roleOf,
} from './board-helpers'
import { createFakeFigJam } from './fake-figjam/fake-figjam'
import { FAKE_PROFILES } from './fake-figjam/fake-readings'
import type { FakeSceneNode } from './fake-figjam/fake-scene-node'
import { useFakeProfile } from './fake-figjam/use-fake-profile'

/** The text a header node shows: a text node's characters or a shape's text. */
function shownText(node: FakeSceneNode): string {
  if (node.nodeType === 'TEXT') return node.state.characters
  if (node.nodeType === 'SHAPE_WITH_TEXT' || node.nodeType === 'STICKY') {
    return node.state.text.characters
  }
  return ''
}

describe.each(FAKE_PROFILES)('with the fake taking the $name', (profile) => {
  useFakeProfile(profile)

  describe('placeCanvasesAsync with one empty canvas', () => {
    it('places the API Value Proposition Canvas as one canvas with six lettered areas', async () => {
      const fake = createFakeFigJam()
      const placed = await placeTemplateAsync(fake, apiValuePropositionCanvas)

      const canvas = onlyCanvas(fake)
      expect(placed.canvasId).toBe(canvas.state.id)
      expect(canvas.state.name).toBe('API Value Proposition Canvas')
      const areas = canvas.state.children.filter((node) => roleOf(node) === 'area')
      expect(areas.map((node) => node.state.name).sort()).toEqual([
        'A · Tasks',
        'B · Gains',
        'C · Pains',
        'D · Gain creators',
        'E · Pain relievers',
        'F · API products and services',
      ])
      expect(firstSolidFillHex(areaSection(canvas, 'pains').state.fills)).toBe('#FFF4E0')
      expect(firstSolidFillHex(areaSection(canvas, 'painRelievers').state.fills)).toBe('#E8F0FE')
    })

    it('places the API Canvas with ten areas, numbered, and the API name unnumbered', async () => {
      const fake = createFakeFigJam()
      await placeTemplateAsync(fake, apiCanvas)

      const canvas = onlyCanvas(fake)
      const names = canvas.state.children
        .filter((node) => roleOf(node) === 'area')
        .map((node) => node.state.name)
      expect(names).toHaveLength(10)
      expect(names).toContain('1 · API value proposition')
      expect(names).toContain('Name of the API')
      expect(names).toContain('9 · Cost structure')
    })

    it('shows each area its letter, title and prompt as header text at the top of its section', async () => {
      const fake = createFakeFigJam()
      await placeTemplateAsync(fake, apiValuePropositionCanvas)
      const canvas = onlyCanvas(fake)

      for (const area of apiValuePropositionCanvas.areas) {
        const section = areaSection(canvas, area.id)
        const headers = section.state.children.filter((node) => roleOf(node) === 'header')
        const texts = headers.map(shownText)
        expect(texts).toContain(`${area.label} · ${area.title}`)
        expect(texts).toContain(area.prompt)
        for (const header of headers) {
          expect(markerOf(header, 'areaId')).toBe(area.id)
          expect(markerOf(header, 'templateId')).toBe(apiValuePropositionCanvas.id)
          const box = header.absoluteBox()
          const sectionBox = section.absoluteBox()
          expect(box.x).toBeGreaterThanOrEqual(sectionBox.x)
          expect(box.x + box.width).toBeLessThanOrEqual(sectionBox.x + sectionBox.width)
          expect(box.y - sectionBox.y).toBeLessThan(sectionBox.height / 3)
        }
      }
    })

    it('labels the two views and the fit marker on the canvas, as header nodes', async () => {
      const fake = createFakeFigJam()
      await placeTemplateAsync(fake, apiValuePropositionCanvas)
      const canvas = onlyCanvas(fake)

      const onCanvas = canvas.state.children.filter((node) => roleOf(node) === 'header')
      expect(onCanvas.map(shownText).sort()).toEqual([
        'API consumer view',
        'API product–market fit',
        'API provider view',
      ])
      const marker = onCanvas.find((node) => shownText(node) === 'API product–market fit')
      expect(marker?.nodeType === 'SHAPE_WITH_TEXT' && marker.state.shapeType).toBe(
        'ROUNDED_RECTANGLE',
      )
      expect(marker?.nodeType === 'SHAPE_WITH_TEXT' && marker.state.text.fontSize).toBe(28)
    })

    it('writes plugin data and relaunch buttons so the canvas reads back and relaunches', async () => {
      const fake = createFakeFigJam()
      fake.viewport.center = { x: 1000, y: 2000 }
      const placed = await placeTemplateAsync(fake, apiCanvas, relaunchTextsOf(apiCanvas))
      const canvas = onlyCanvas(fake)

      expect(canvas.state.pluginData.size).toBe(0)
      const shared =
        canvas.state.sharedPluginData.get(PLUGIN_DATA_NAMESPACE) ?? new Map<string, string>()
      const { template, ...rest } = Object.fromEntries(shared)
      expect(rest).toEqual({
        role: 'canvas',
        templateId: 'api-canvas',
        schemaVersion: '3',
        placedAt: `${String(placed.bounds.x)},${String(placed.bounds.y)}`,
        placedId: canvas.state.id,
      })
      expect(JSON.parse(template ?? '')).toEqual({
        id: 'api-canvas',
        title: 'API Canvas',
        areas: apiCanvas.areas.map(({ id, title, label, fillOrder, role }) => ({
          id,
          title,
          label,
          fillOrder,
          role,
        })),
      })
      expect(markerOf(areaSection(canvas, 'keyPartners'), 'templateId')).toBe('api-canvas')
      expect(canvas.state.relaunchData).toEqual({
        'check-fit': 'Check the fit of this canvas',
        export: 'Export this canvas',
      })
    })

    it('centres the canvas on the viewport, selects it and zooms so all of it shows', async () => {
      const fake = createFakeFigJam()
      fake.viewport.center = { x: 5000, y: -3000 }
      await placeTemplateAsync(fake, apiValuePropositionCanvas)
      const canvas = onlyCanvas(fake)
      const box = canvas.absoluteBox()

      expect(Math.abs(box.x + box.width / 2 - 5000)).toBeLessThanOrEqual(1)
      expect(Math.abs(box.y + box.height / 2 + 3000)).toBeLessThanOrEqual(1)
      expect(fake.page.state.selection).toEqual([canvas])
      const visible = fake.viewport.visibleRect()
      expect(visible.x).toBeLessThanOrEqual(box.x)
      expect(visible.y).toBeLessThanOrEqual(box.y)
      expect(visible.x + visible.width).toBeGreaterThanOrEqual(box.x + box.width)
      expect(visible.y + visible.height).toBeGreaterThanOrEqual(box.y + box.height)
    })

    it('moves the canvas off the nodes already on the page', async () => {
      const fake = createFakeFigJam()
      const sticky = fake.person.addSticky({ text: 'Already here', x: -120, y: -120 })
      const other = fake.person.addSection({
        name: 'Retro',
        x: 2000,
        y: -3000,
        width: 800,
        height: 6000,
      })
      const first = await placeTemplateAsync(fake, apiCanvas)
      const second = await placeTemplateAsync(fake, apiCanvas)

      for (const existing of [sticky.absoluteBox(), other.absoluteBox()]) {
        expect(overlaps(first.bounds, existing)).toBe(false)
        expect(overlaps(second.bounds, existing)).toBe(false)
      }
      expect(overlaps(first.bounds, second.bounds)).toBe(false)
    })

    it('loads each font once and makes the placement one undo step', async () => {
      const fake = createFakeFigJam()
      await placeTemplateAsync(fake, apiCanvas)

      expect(Object.fromEntries(fake.fontLoads)).toEqual(pluginFontLoads(fake, false))
      expect(fake.undoCommits).toBe(1)
    })

    it('leaves the page exactly as it was when FigJam fails half-way', async () => {
      const fake = createFakeFigJam()
      const sticky = fake.person.addSticky({ text: 'Keep me', x: 4000, y: 0 })
      fake.person.select([sticky])
      const before = boardSnapshot(fake)

      fake.failNext('createText', 5)
      await expect(inEnglish(placeTemplateAsync(fake, apiValuePropositionCanvas))).rejects.toThrow(
        /Could not place the API Value Proposition Canvas \(in createText: Injected failure\)\. Nothing was left on the board/,
      )
      expect(boardSnapshot(fake)).toBe(before)
      expect(fake.page.state.selection).toEqual([sticky])
      expect(fake.undoCommits).toBe(0)
    })
  })
})
