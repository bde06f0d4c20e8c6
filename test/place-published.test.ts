import { describe, expect, it } from 'vitest'

import { placeCanvasesAsync } from '../src/board/place-canvases-async'
import { PLUGIN_DATA_NAMESPACE } from '../src/board/plugin-data'
import { readBoardAsync } from '../src/board/read-board-async'
import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import type { Board } from '../src/model/board'
import type { PlannedPlacement } from '../src/model/planned-placement'
import { inEnglish } from './board-error-text'
import { areaSection, boardSnapshot, onlyCanvas } from './board-helpers'
import { createFakeFigJam, type FakeFigJam } from './fake-figjam/fake-figjam'
import { FAKE_PROFILES, FIGMA_HAND } from './fake-figjam/fake-readings'
import { useFakeProfile } from './fake-figjam/use-fake-profile'

const PLACEMENT: PlannedPlacement = {
  canvases: [
    {
      definition: apiValuePropositionCanvas,
      notes: [
        { ref: 'p', areaId: 'pains', text: 'Slow onboarding', color: '#FFAFAF', position: null },
        {
          ref: 'r',
          areaId: 'painRelievers',
          text: 'Sandbox keys',
          color: '#C0EB6A',
          position: null,
        },
        { ref: 's', areaId: null, text: 'Parking lot', color: '#FFF399', position: null },
      ],
    },
  ],
  connectors: [['r', 'p']],
}

/** Each canvas's notes as `area: text`, in reading order. */
function notesOf(board: Board): string[][] {
  return board.canvases.map((canvas) => [
    ...canvas.areas.flatMap((area) => area.notes.map((note) => `${area.id}: ${note.text}`)),
    ...canvas.strayNotes.map((note) => `stray: ${note.text}`),
  ])
}

/**
 * Rewrites the plugin's markers as version 0.1 wrote them: private plugin data, no `placedId`.
 */
function toPrivatePluginData(fake: FakeFigJam): void {
  for (const node of fake.allNodes()) {
    const shared = node.state.sharedPluginData.get(PLUGIN_DATA_NAMESPACE)
    if (shared === undefined) continue
    for (const [key, value] of shared) {
      if (key !== 'placedId') node.state.pluginData.set(key, key === 'schemaVersion' ? '2' : value)
    }
    node.state.sharedPluginData.delete(PLUGIN_DATA_NAMESPACE)
  }
}

describe.each(FAKE_PROFILES)('with the fake taking the $name', (profile) => {
  useFakeProfile(profile)

  describe('fonts as FigJam sets them', () => {
    it('writes each sticky in the font FigJam gave it, loaded once for all stickies', async () => {
      const fake = createFakeFigJam({ readings: { stickyFont: FIGMA_HAND } })
      await placeCanvasesAsync(fake, PLACEMENT)
      const stickies = fake.allNodes().filter((node) => node.nodeType === 'STICKY')
      expect(stickies.map((sticky) => sticky.state.text.fontName)).toEqual([
        FIGMA_HAND,
        FIGMA_HAND,
        FIGMA_HAND,
      ])
      expect(fake.fontLoads.get('Figma Hand Regular')).toBe(1)
      expect(notesOf(await readBoardAsync(fake, 'page'))).toEqual([
        ['pains: Slow onboarding', 'painRelievers: Sandbox keys', 'stray: Parking lot'],
      ])
    })

    it('fails with the font named, changing nothing, when FigJam cannot load the sticky font', async () => {
      const fake = createFakeFigJam({
        readings: { stickyFont: { family: 'Gone', style: 'Regular' } },
        availableFonts: [
          { family: 'Inter', style: 'Bold' },
          { family: 'Inter', style: 'Medium' },
        ],
      })
      const before = boardSnapshot(fake)
      await expect(inEnglish(placeCanvasesAsync(fake, PLACEMENT))).rejects.toThrow('Gone Regular')
      expect(boardSnapshot(fake)).toBe(before)
    })
  })

  describe('data that survives publishing', () => {
    it('reads canvases placed with the private plugin data of version 0.1', async () => {
      const fake = createFakeFigJam()
      await placeCanvasesAsync(fake, PLACEMENT)
      const placedNow = await readBoardAsync(fake, 'page')
      toPrivatePluginData(fake)
      expect(onlyCanvas(fake).state.sharedPluginData.size).toBe(0)
      expect(await readBoardAsync(fake, 'page')).toEqual(placedNow)
    })

    it('still reads every canvas after publishing gives the plugin a new id', async () => {
      const fake = createFakeFigJam()
      await placeCanvasesAsync(fake, PLACEMENT)
      const before = await readBoardAsync(fake, 'page')
      fake.publishUnderNewId()
      expect(await readBoardAsync(fake, 'page')).toEqual(before)
    })

    it('reads a canvas a person duplicated as a second canvas, not as a moved one', async () => {
      const fake = createFakeFigJam()
      await placeCanvasesAsync(fake, PLACEMENT)
      const original = onlyCanvas(fake)
      const box = original.absoluteBox()
      const copy = fake.person.duplicate(original, { x: box.x, y: box.y + box.height + 400 })
      expect(copy.state.pluginData).toEqual(original.state.pluginData)

      const board = await readBoardAsync(fake, 'page')
      expect(board.canvases.map((canvas) => canvas.id)).toEqual([original.state.id, copy.state.id])
      expect(board.problems).toEqual([])
      const [first, second] = notesOf(board)
      expect(second).toEqual(first)
    })

    it('refuses a template too large for FigJam’s plugin data, before creating anything', async () => {
      const fake = createFakeFigJam()
      const huge = 'A'.repeat(40_000)
      const definition = {
        ...apiValuePropositionCanvas,
        areas: apiValuePropositionCanvas.areas.map((area) => ({ ...area, title: huge })),
      }
      const before = boardSnapshot(fake)
      await expect(
        inEnglish(
          placeCanvasesAsync(fake, { canvases: [{ definition, notes: [] }], connectors: [] }),
        ),
      ).rejects.toThrow('too large to place')
      expect(boardSnapshot(fake)).toBe(before)
    })
  })

  describe('what people do to a board', () => {
    it('reads stickies people put in a frame inside an area as that area’s', async () => {
      const fake = createFakeFigJam()
      await placeCanvasesAsync(fake, {
        canvases: [{ definition: apiValuePropositionCanvas, notes: [] }],
        connectors: [],
      })
      const pains = areaSection(onlyCanvas(fake), 'pains')
      const box = pains.absoluteBox()
      const frame = fake.person.addFrame({
        name: 'Pasted frame',
        x: box.x + 20,
        y: box.y + 200,
        width: 300,
        height: 300,
        parent: pains,
      })
      fake.person.addSticky({ text: 'In a frame', x: box.x + 30, y: box.y + 210, parent: frame })
      expect(notesOf(await readBoardAsync(fake, 'page'))).toEqual([['pains: In a frame']])
    })

    it('reads a board where a person drew a connector to a section, where FigJam allows it', async () => {
      const fake = createFakeFigJam()
      await placeCanvasesAsync(fake, PLACEMENT)
      const sticky = fake.allNodes().find((node) => node.nodeType === 'STICKY')
      const pains = areaSection(onlyCanvas(fake), 'pains')
      if (sticky === undefined) throw new Error('no sticky placed')
      const draw = () => fake.person.connect(sticky, pains)
      if (!fake.readings.connectorsAttachToSections) {
        expect(draw).toThrow('Cannot attach a connector to a SECTION node')
        return
      }
      draw()
      const board = await readBoardAsync(fake, 'page')
      expect(notesOf(board)).toHaveLength(1)
      expect(board.problems).toEqual([])
    })
  })
})
