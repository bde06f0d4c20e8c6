import { describe, expect, it } from 'vitest'

import { clearFlagsAsync } from '../src/board/clear-flags-async'
import { flagBoardAsync } from '../src/board/flag-board-async'
import { focusNodesAsync } from '../src/board/focus-nodes-async'
import { linkNotesAsync, linkSelectionAsync } from '../src/board/link-notes-async'
import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import type { BoardFlag } from '../src/model/board-flag'
import { inEnglish } from './board-error-text'
import { areaSection, boardSnapshot, onlyCanvas, placeTemplateAsync, roleOf } from './board-helpers'
import { createFakeFigJam, type FakeFigJam } from './fake-figjam/fake-figjam'
import { FAKE_PROFILES } from './fake-figjam/fake-readings'
import type { FakeSection } from './fake-figjam/fake-section'
import type { FakeSticky } from './fake-figjam/fake-sticky'
import { useFakeProfile } from './fake-figjam/use-fake-profile'

interface Workshop {
  fake: FakeFigJam
  canvas: FakeSection
  pain: FakeSticky
  reliever: FakeSticky
}

/** An AVP canvas with one pain and one pain reliever on it. */
async function workshop(): Promise<Workshop> {
  const fake = createFakeFigJam()
  await placeTemplateAsync(fake, apiValuePropositionCanvas)
  const canvas = onlyCanvas(fake)
  const at = (areaId: string) => {
    const box = areaSection(canvas, areaId).absoluteBox()
    return { x: box.x + 40, y: box.y + 200 }
  }
  const pain = fake.person.addSticky({ text: 'Manual key rotation', ...at('pains') })
  const reliever = fake.person.addSticky({ text: 'Rotating keys via API', ...at('painRelievers') })
  return { fake, canvas, pain, reliever }
}

function flagsOn(fake: FakeFigJam) {
  return fake.allNodes().filter((node) => roleOf(node) === 'flag')
}

describe.each(FAKE_PROFILES)('with the fake taking the $name', (profile) => {
  useFakeProfile(profile)

  describe('focusNodesAsync', () => {
    it('selects the nodes and zooms so they all show, skipping ids that are gone', async () => {
      const { fake, pain, reliever } = await workshop()
      const gone = fake.person.addSticky({ text: 'Soon deleted', x: 90000, y: 0 })
      fake.person.delete(gone)
      fake.viewport.center = { x: -50000, y: -50000 }

      const focused = await focusNodesAsync(fake, [pain.state.id, gone.state.id, reliever.state.id])
      expect(focused).toEqual({
        focusedIds: [pain.state.id, reliever.state.id],
        missingIds: [gone.state.id],
      })
      expect(fake.page.state.selection).toEqual([pain, reliever])
      const visible = fake.viewport.visibleRect()
      for (const box of [pain.absoluteBox(), reliever.absoluteBox()]) {
        expect(visible.x).toBeLessThanOrEqual(box.x)
        expect(visible.y).toBeLessThanOrEqual(box.y)
        expect(visible.x + visible.width).toBeGreaterThanOrEqual(box.x + box.width)
        expect(visible.y + visible.height).toBeGreaterThanOrEqual(box.y + box.height)
      }
    })

    it('refuses when none of the nodes exists any more, changing nothing', async () => {
      const { fake, pain } = await workshop()
      fake.person.select([pain])
      fake.person.delete(pain)
      const viewport = { ...fake.viewport.state }

      await expect(inEnglish(focusNodesAsync(fake, [pain.state.id]))).rejects.toThrow(
        /The sticky or section to show is not on the board any more.*Read the board again/,
      )
      await expect(inEnglish(focusNodesAsync(fake, []))).rejects.toThrow(/Nothing to show/)
      expect(fake.viewport.state).toEqual(viewport)
    })
  })

  describe('linkNotesAsync', () => {
    it('draws a connector from one sticky to the other as one undo step', async () => {
      const { fake, pain, reliever } = await workshop()
      const undoBefore = fake.undoCommits

      const linked = await linkNotesAsync(fake, pain.state.id, reliever.state.id)
      const connectors = fake.attachedConnectors(pain)
      expect(connectors).toHaveLength(1)
      expect(linked).toEqual({
        connectorId: connectors[0]?.state.id,
        fromNoteId: pain.state.id,
        toNoteId: reliever.state.id,
        created: true,
      })
      expect(fake.attachedConnectors(reliever)).toEqual(connectors)
      expect(fake.undoCommits).toBe(undoBefore + 1)
    })

    it('keeps an existing connector instead of drawing a second one', async () => {
      const { fake, pain, reliever } = await workshop()
      const existing = fake.person.connect(reliever, pain)

      const linked = await linkNotesAsync(fake, pain.state.id, reliever.state.id)
      expect(linked).toMatchObject({ connectorId: existing.state.id, created: false })
      expect(fake.attachedConnectors(pain)).toHaveLength(1)
    })

    it('refuses missing ids, non-stickies and a sticky linked to itself, changing nothing', async () => {
      const { fake, canvas, pain, reliever } = await workshop()
      fake.person.delete(reliever)
      const before = boardSnapshot(fake)

      await expect(
        inEnglish(linkNotesAsync(fake, pain.state.id, reliever.state.id)),
      ).rejects.toThrow(/not on the board any more/)
      await expect(inEnglish(linkNotesAsync(fake, pain.state.id, canvas.state.id))).rejects.toThrow(
        /is a section, not a sticky/,
      )
      await expect(inEnglish(linkNotesAsync(fake, pain.state.id, pain.state.id))).rejects.toThrow(
        /cannot be linked to itself/,
      )
      expect(boardSnapshot(fake)).toBe(before)
    })

    it('links the two selected stickies, and refuses any other selection', async () => {
      const { fake, canvas, pain, reliever } = await workshop()

      fake.person.select([pain])
      await expect(inEnglish(linkSelectionAsync(fake))).rejects.toThrow(
        /Select exactly two stickies.*Now 1 sticky is selected/,
      )
      fake.person.select([pain, canvas])
      await expect(inEnglish(linkSelectionAsync(fake))).rejects.toThrow(
        /1 sticky and 1 other node are selected/,
      )
      expect(fake.attachedConnectors(pain)).toEqual([])

      fake.person.select([reliever, pain])
      const linked = await linkSelectionAsync(fake)
      expect(linked).toMatchObject({ fromNoteId: reliever.state.id, toNoteId: pain.state.id })
      expect(fake.attachedConnectors(pain)).toHaveLength(1)
    })
  })

  describe('flagBoardAsync and clearFlagsAsync', () => {
    it('draws a flag beside an unanswered sticky and in an empty area, on the canvas section', async () => {
      const { fake, canvas, pain } = await workshop()
      const flags: BoardFlag[] = [
        {
          canvasId: canvas.state.id,
          areaId: 'pains',
          noteIds: [pain.state.id],
          message: 'No pain reliever answers this pain',
        },
        { canvasId: canvas.state.id, areaId: 'gains', noteIds: [], message: 'Gains is empty' },
      ]
      const result = await flagBoardAsync(fake, flags)

      expect(result).toEqual({ flagCount: 2, replacedCount: 0 })
      const drawn = flagsOn(fake)
      expect(drawn).toHaveLength(2)
      for (const flag of drawn) {
        expect(flag.state.parent).toBe(canvas)
      }
      const [painFlag, gainsFlag] = drawn
      const painBox = pain.absoluteBox()
      const painFlagBox = painFlag?.absoluteBox()
      expect(painFlag?.nodeType === 'SHAPE_WITH_TEXT' && painFlag.state.text.characters).toBe(
        'No pain reliever answers this pain',
      )
      expect(painFlagBox?.x).toBeGreaterThanOrEqual(painBox.x + painBox.width)
      expect(painFlagBox?.y).toBe(painBox.y)
      const gainsBox = areaSection(canvas, 'gains').absoluteBox()
      const gainsFlagBox = gainsFlag?.absoluteBox()
      expect(gainsFlagBox?.x).toBeGreaterThan(gainsBox.x)
      expect((gainsFlagBox?.x ?? 0) + (gainsFlagBox?.width ?? 0)).toBeLessThan(
        gainsBox.x + gainsBox.width,
      )
      expect(gainsFlagBox?.y).toBeGreaterThan(gainsBox.y)
    })

    it('replaces the flags of the last run and clears them all', async () => {
      const { fake, canvas, pain } = await workshop()
      const flag = (message: string): BoardFlag => ({
        canvasId: canvas.state.id,
        areaId: 'pains',
        noteIds: [pain.state.id],
        message,
      })
      await flagBoardAsync(fake, [flag('first run')])
      expect(await flagBoardAsync(fake, [flag('second run')])).toEqual({
        flagCount: 1,
        replacedCount: 1,
      })
      const texts = flagsOn(fake).map((node) =>
        node.nodeType === 'SHAPE_WITH_TEXT' ? node.state.text.characters : '',
      )
      expect(texts).toEqual(['second run'])

      const [drawn] = flagsOn(fake)
      if (drawn !== undefined) fake.person.dragInto(drawn, fake.page)
      expect(await clearFlagsAsync(fake)).toEqual({ removedCount: 1 })
      expect(flagsOn(fake)).toEqual([])
      expect(pain.state.removed).toBe(false)
    })

    it('clears a flag that someone grouped with a sticky, leaving the sticky', async () => {
      const { fake, canvas, pain } = await workshop()
      await flagBoardAsync(fake, [
        {
          canvasId: canvas.state.id,
          areaId: 'pains',
          noteIds: [pain.state.id],
          message: 'grouped',
        },
      ])
      const [drawn] = flagsOn(fake)
      if (drawn === undefined) throw new Error('no flag drawn')
      const loose = fake.person.addSticky({
        text: 'Beside the flag',
        parent: fake.page,
        x: -900,
        y: -900,
      })
      fake.person.dragInto(drawn, fake.page)
      fake.person.group([drawn, loose])

      expect(await clearFlagsAsync(fake)).toEqual({ removedCount: 1 })
      expect(flagsOn(fake)).toEqual([])
      expect(loose.state.removed).toBe(false)
    })

    it('refuses flags for a board that changed, before drawing anything', async () => {
      const { fake, canvas, pain, reliever } = await workshop()
      await flagBoardAsync(fake, [
        { canvasId: canvas.state.id, areaId: 'gains', noteIds: [], message: 'kept' },
      ])
      fake.person.delete(reliever)
      const before = boardSnapshot(fake)

      await expect(
        inEnglish(
          flagBoardAsync(fake, [
            { canvasId: canvas.state.id, areaId: null, noteIds: [pain.state.id], message: 'ok' },
            {
              canvasId: canvas.state.id,
              areaId: null,
              noteIds: [reliever.state.id],
              message: 'gone',
            },
          ]),
        ),
      ).rejects.toThrow(/The sticky .* is not on the board any more/)
      await expect(
        inEnglish(
          flagBoardAsync(fake, [
            { canvasId: pain.state.id, areaId: null, noteIds: [], message: 'not a canvas' },
          ]),
        ),
      ).rejects.toThrow(/not on the board any more/)
      expect(boardSnapshot(fake)).toBe(before)
    })

    it('takes its new flags away again when FigJam fails half-way, keeping the old ones', async () => {
      const { fake, canvas, pain } = await workshop()
      await flagBoardAsync(fake, [
        { canvasId: canvas.state.id, areaId: 'gains', noteIds: [], message: 'old' },
      ])
      const before = boardSnapshot(fake)

      fake.failNext('createShapeWithText', 1)
      await expect(
        inEnglish(
          flagBoardAsync(fake, [
            { canvasId: canvas.state.id, areaId: 'pains', noteIds: [pain.state.id], message: 'a' },
            { canvasId: canvas.state.id, areaId: 'tasks', noteIds: [], message: 'b' },
          ]),
        ),
      ).rejects.toThrow(/Could not draw the flags.*Nothing was left on the board/)
      expect(boardSnapshot(fake)).toBe(before)
    })

    it('puts a flag for a deleted area section at the canvas corner instead of failing', async () => {
      const { fake, canvas } = await workshop()
      fake.person.delete(areaSection(canvas, 'tasks'))

      await flagBoardAsync(fake, [
        { canvasId: canvas.state.id, areaId: 'tasks', noteIds: [], message: 'Tasks is missing' },
      ])
      const [flag] = flagsOn(fake)
      const box = canvas.absoluteBox()
      expect(flag?.absoluteBox().x).toBeLessThan(box.x + 100)
      expect(flag?.absoluteBox().y).toBeLessThan(box.y + 100)
    })
  })
})
