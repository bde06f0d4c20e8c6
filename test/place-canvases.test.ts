import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'

import { placeCanvasesAsync, PLACEMENT_GAP } from '../src/board/place-canvases-async'
import { readBoardAsync } from '../src/board/read-board-async'
import { apiCanvas } from '../src/canvas/api-canvas'
import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import { workshopCanvases } from '../src/canvas/canvas-catalog'
import type { CanvasDefinition } from '../src/canvas/canvas-definition'
import { computeTemplateLayout } from '../src/canvas/template-layout'
import { checkBoard } from '../src/fit/check-board'
import { buildMethodCanvasDefinition } from '../src/method/method-canvases'
import type { Board, Canvas, Note } from '../src/model/board'
import {
  type PlannedCanvas,
  type PlannedConnector,
  type PlannedNote,
  type PlannedPlacement,
  plannedPlacementSchema,
} from '../src/model/planned-placement'
import { inEnglish } from './board-error-text'
import {
  areaSection,
  boardSnapshot,
  overlaps,
  pluginFontLoads,
  sectionsWithRole,
  setMarker,
} from './board-helpers'
import { createFakeFigJam, type FakeFigJam } from './fake-figjam/fake-figjam'
import { FAKE_PROFILES } from './fake-figjam/fake-readings'
import type { FakeSceneNode } from './fake-figjam/fake-scene-node'
import { useFakeProfile } from './fake-figjam/use-fake-profile'
import { workshopKit } from './fixtures/workshop-kit'

const avpLayout = computeTemplateLayout(apiValuePropositionCanvas)

/** An area's rectangle in the AVP's layout, px relative to the canvas section. */
function avpArea(areaId: string) {
  const area = avpLayout.areas.find((candidate) => candidate.areaId === areaId)
  if (area === undefined) throw new Error(`no area ${areaId}`)
  return area.rect
}

function note(ref: string, areaId: string | null, text: string, extra: Partial<PlannedNote> = {}) {
  return { ref, areaId, text, color: '#FFAFAF', position: null, ...extra }
}

const LONG_TEXT =
  'Partners cannot tell from the error responses whether a parcel event was rejected for a bad ' +
  'address, an expired token or a carrier outage, so support tickets pile up every night'

/** An AVP with positioned, unpositioned, long and stray notes (refs p1…p4, g0…g4, r1, s1…s3). */
function filledAvp(): PlannedCanvas {
  const pains = avpArea('pains')
  return {
    definition: apiValuePropositionCanvas,
    notes: [
      note('p1', 'pains', 'Token expiry breaks nightly jobs', {
        position: { x: pains.x + 40, y: pains.y + 260 },
      }),
      note('p2', 'pains', 'Price per call unclear', { color: '#FFF399' }),
      note('p3', 'pains', LONG_TEXT),
      note('p4', 'pains', 'No sandbox'),
      ...['Same-day onboarding', 'One integration', LONG_TEXT, 'Live status', 'Fewer tickets'].map(
        (text, index) => note(`g${String(index)}`, 'gains', text, { color: '#C0EB6A' }),
      ),
      note('r1', 'painRelievers', 'Refresh tokens', { color: '#7DC9E7' }),
      note('s1', null, 'Parking lot: SLA credits', { color: '#DFDDC5' }),
      note('s2', null, 'Ask legal', {
        color: '#DFDDC5',
        position: { x: 60, y: avpLayout.height + 40 },
      }),
      note('s3', null, 'Another loose thought', { color: '#DFDDC5' }),
    ],
  }
}

/** The two connectors of `filledAvp`, both to the pain reliever. */
const AVP_CONNECTORS: PlannedConnector[] = [
  ['p1', 'r1'],
  ['p4', 'r1'],
]

/** `filledAvp` alone, with its two connectors. */
const filledAvpPlacement = (): PlannedPlacement => ({
  canvases: [filledAvp()],
  connectors: AVP_CONNECTORS,
})

function empty(definition: CanvasDefinition): PlannedCanvas {
  return { definition, notes: [] }
}

function onlyCanvasOf(board: Board): Canvas {
  const [canvas] = board.canvases
  if (board.canvases.length !== 1 || canvas === undefined) throw new Error('expected one canvas')
  return canvas
}

/** Every note read, with the id of the area it was read in (null: stray). */
function notesByText(canvas: Canvas): Map<string, { note: Note; areaId: string | null }[]> {
  const found = new Map<string, { note: Note; areaId: string | null }[]>()
  const add = (read: Note, areaId: string | null) => {
    found.set(read.text, [...(found.get(read.text) ?? []), { note: read, areaId }])
  }
  for (const area of canvas.areas) for (const read of area.notes) add(read, area.id)
  for (const read of canvas.strayNotes) add(read, null)
  return found
}

function stickyBoxes(fake: FakeFigJam): Rect[] {
  return fake
    .allNodes()
    .filter((node: FakeSceneNode) => node.nodeType === 'STICKY')
    .map((node) => node.absoluteBox())
}

describe.each(FAKE_PROFILES)('with the fake taking the $name', (profile) => {
  useFakeProfile(profile)

  describe('placeCanvasesAsync: the workshop kit', () => {
    it('places the four canvases left to right in workshop order, spaced, off existing nodes', async () => {
      const fake = createFakeFigJam()
      const sticky = fake.person.addSticky({ text: 'Already here', x: -200, y: -100 })
      const frame = fake.person.addSection({
        name: 'Agenda',
        x: 3000,
        y: -2000,
        width: 900,
        height: 5000,
      })

      const placed = await placeCanvasesAsync(fake, workshopKit())

      expect(placed.map((canvas) => canvas.templateId)).toEqual([
        'api-business-goals',
        'api-value-proposition-canvas',
        'api-canvas',
        'api-as-a-product',
      ])
      expect(placed.map((canvas) => canvas.templateId)).toEqual(
        workshopCanvases.map((definition) => definition.id),
      )
      const sections = sectionsWithRole(fake, 'canvas')
      expect(sections).toHaveLength(4)
      for (const [index, canvas] of placed.entries()) {
        const section = sections.find((candidate) => candidate.state.id === canvas.canvasId)
        expect(section?.absoluteBox()).toEqual(canvas.bounds)
        expect(section?.state.name).toBe(workshopCanvases[index]?.title)
        expect(overlaps(canvas.bounds, sticky.absoluteBox())).toBe(false)
        expect(overlaps(canvas.bounds, frame.absoluteBox())).toBe(false)
        const next = placed[index + 1]
        if (next !== undefined) {
          expect(next.bounds.y).toBe(canvas.bounds.y)
          expect(next.bounds.x - (canvas.bounds.x + canvas.bounds.width)).toBe(PLACEMENT_GAP)
        }
      }
      expect(fake.page.state.selection.map((node) => node.state.id)).toEqual(
        placed.map((canvas) => canvas.canvasId),
      )
      expect(fake.undoCommits).toBe(1)
      expect(Object.fromEntries(fake.fontLoads)).toEqual(pluginFontLoads(fake, false))
    })

    it('zooms so the whole row shows', async () => {
      const fake = createFakeFigJam()
      const placed = await placeCanvasesAsync(fake, workshopKit())
      const visible = fake.viewport.visibleRect()
      for (const { bounds } of placed) {
        expect(visible.x).toBeLessThanOrEqual(bounds.x)
        expect(visible.y).toBeLessThanOrEqual(bounds.y)
        expect(visible.x + visible.width).toBeGreaterThanOrEqual(bounds.x + bounds.width)
        expect(visible.y + visible.height).toBeGreaterThanOrEqual(bounds.y + bounds.height)
      }
    })

    it('is valid PLACE_CANVASES input: four empty canvases of the plugin’s own templates', () => {
      const kit = workshopKit()
      expect(z.safeParse(plannedPlacementSchema, kit).success).toBe(true)
      expect(kit.canvases).toHaveLength(4)
      for (const canvas of kit.canvases) expect(canvas.notes).toEqual([])
      expect(kit.connectors).toEqual([])
    })
  })

  describe('placeCanvasesAsync: notes and connectors', () => {
    it('puts every note in its area with its text and colour, and reads it back so', async () => {
      const fake = createFakeFigJam()
      const planned = filledAvp()
      await placeCanvasesAsync(fake, { canvases: [planned], connectors: AVP_CONNECTORS })

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      const byText = notesByText(read)
      for (const plannedNote of planned.notes) {
        const candidates = byText.get(plannedNote.text) ?? []
        const at = candidates.findIndex((candidate) => candidate.areaId === plannedNote.areaId)
        const [found] = candidates.splice(at, at === -1 ? 0 : 1)
        expect(found, `${plannedNote.ref} read in its area`).toBeDefined()
        expect(found?.note.color).toBe(plannedNote.color)
        if (plannedNote.position !== null) {
          expect(found?.note.position).toEqual(plannedNote.position)
        }
      }
      expect([...byText.values()].flat()).toEqual([])
      expect(fake.undoCommits).toBe(1)
      expect(Object.fromEntries(fake.fontLoads)).toEqual(pluginFontLoads(fake, true))
    })

    it('arranges unpositioned notes in rows under the header, overlapping nothing', async () => {
      const fake = createFakeFigJam()
      const [placed] = await placeCanvasesAsync(fake, filledAvpPlacement())
      const canvas = sectionsWithRole(fake, 'canvas')[0]
      if (placed === undefined || canvas === undefined) throw new Error('not placed')

      const boxes = stickyBoxes(fake)
      expect(boxes).toHaveLength(filledAvp().notes.length)
      for (const [index, box] of boxes.entries()) {
        for (const other of boxes.slice(index + 1)) expect(overlaps(box, other)).toBe(false)
      }
      const gains = areaSection(canvas, 'gains')
      const headerBottom = Math.max(
        ...gains.state.children
          .filter((child) => child.nodeType === 'TEXT')
          .map((child) => child.absoluteBox().y + child.absoluteBox().height),
      )
      const gainsBox = gains.absoluteBox()
      for (const child of gains.state.children.filter((node) => node.nodeType === 'STICKY')) {
        const box = child.absoluteBox()
        expect(box.y).toBeGreaterThan(headerBottom)
        expect(box.x).toBeGreaterThanOrEqual(gainsBox.x)
        expect(box.x + box.width).toBeLessThanOrEqual(gainsBox.x + gainsBox.width)
      }
      const tall = gains.state.children.find(
        (node) => node.nodeType === 'STICKY' && node.state.text.characters === LONG_TEXT,
      )
      expect(tall?.absoluteBox().height).toBeGreaterThan(240)
    })

    it('puts notes with no area on the canvas, below the areas, growing the canvas to hold them', async () => {
      const fake = createFakeFigJam()
      const [placed] = await placeCanvasesAsync(fake, filledAvpPlacement())
      const canvas = sectionsWithRole(fake, 'canvas')[0]
      if (placed === undefined || canvas === undefined) throw new Error('not placed')

      const stray = canvas.state.children.filter((node) => node.nodeType === 'STICKY')
      expect(stray.map((node) => node.state.text.characters)).toEqual([
        'Parking lot: SLA credits',
        'Ask legal',
        'Another loose thought',
      ])
      const box = canvas.absoluteBox()
      expect(box).toEqual(placed.bounds)
      expect(box.height).toBeGreaterThan(avpLayout.height)
      for (const node of stray) {
        const sticky = node.absoluteBox()
        expect(sticky.y).toBeGreaterThanOrEqual(box.y + avpLayout.height)
        expect(sticky.y + sticky.height).toBeLessThanOrEqual(box.y + box.height)
        expect(sticky.x + sticky.width).toBeLessThanOrEqual(box.x + box.width)
      }
      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(read.strayNotes.map((strayNote) => strayNote.text).sort()).toEqual([
        'Another loose thought',
        'Ask legal',
        'Parking lot: SLA credits',
      ])
      const { family, style } = fake.readings.stickyFont
      expect(fake.fontLoads.get(`${family} ${style}`)).toBe(1)
    })

    it('keeps a note with no area off the areas: planned on one, it goes below them instead', async () => {
      const fake = createFakeFigJam()
      const gains = avpArea('gains')
      const [placed] = await placeCanvasesAsync(fake, {
        canvases: [
          {
            definition: apiValuePropositionCanvas,
            notes: [
              note('s', null, 'Where gains are', {
                position: { x: gains.x + 20, y: gains.y + 300 },
              }),
            ],
          },
        ],
        connectors: [],
      })
      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(read.strayNotes.map((strayNote) => strayNote.text)).toEqual(['Where gains are'])
      expect(read.strayNotes[0]?.position.y).toBeGreaterThanOrEqual(avpLayout.height)
      expect(placed?.bounds.height).toBeGreaterThan(avpLayout.height)
    })

    it('draws the connectors, which read back as links between the notes', async () => {
      const fake = createFakeFigJam()
      await placeCanvasesAsync(fake, filledAvpPlacement())

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      const find = (areaId: string, text: string) =>
        read.areas.find((area) => area.id === areaId)?.notes.find((n) => n.text === text)
      const token = find('pains', 'Token expiry breaks nightly jobs')
      const sandbox = find('pains', 'No sandbox')
      const refresh = find('painRelievers', 'Refresh tokens')
      expect(token?.links).toEqual([{ noteId: refresh?.id, via: 'connector' }])
      expect(sandbox?.links).toEqual([{ noteId: refresh?.id, via: 'connector' }])
      expect(refresh?.links.map((link) => link.noteId).sort()).toEqual(
        [token?.id, sandbox?.id].sort(),
      )
      const connectors = fake.allNodes().filter((node) => node.nodeType === 'CONNECTOR')
      expect(connectors).toHaveLength(2)
    })

    it('places notes on several canvases, each in its own canvas', async () => {
      const fake = createFakeFigJam()
      const apiNotes: PlannedCanvas = {
        definition: apiCanvas,
        notes: [note('k', 'keyPartners', 'Carriers'), note('c', 'channels', 'Shopify app')],
      }
      const placed = await placeCanvasesAsync(fake, {
        canvases: [filledAvp(), apiNotes],
        connectors: [...AVP_CONNECTORS, ['k', 'c']],
      })
      const board = await readBoardAsync(fake, 'page')
      expect(board.canvases.map((canvas) => canvas.id)).toEqual(placed.map((p) => p.canvasId))
      const api = board.canvases[1]
      expect(
        api?.areas.find((area) => area.id === 'keyPartners')?.notes.map((n) => n.text),
      ).toEqual(['Carriers'])
      expect(api?.areas.find((area) => area.id === 'channels')?.notes[0]?.links).toHaveLength(1)
    })
  })

  describe('placeCanvasesAsync: connectors between canvases', () => {
    const journey = buildMethodCanvasDefinition('customerJourneyCanvas', 'en')
    const methodAvp = buildMethodCanvasDefinition('apiValuePropositionCanvas', 'en')

    /**
     * A Customer Journey Canvas with two pains and a gain, and the method's AVP with a pain
     * relieving and a gain enabling feature, each linked to the journey: cross-canvas fit.
     */
    const journeyAndAvp = (): PlannedPlacement => ({
      canvases: [
        {
          definition: journey,
          notes: [
            note('pain1', 'pains', 'Invoices arrive late'),
            note('pain2', 'pains', 'No payment status'),
            note('gain', 'gains', 'Paid on time', { color: '#C0EB6A' }),
          ],
        },
        {
          definition: methodAvp,
          notes: [
            note('webhooks', 'painRelievingFeatures', 'Payment webhooks', { color: '#7DC9E7' }),
            note('reminders', 'gainEnablingFeatures', 'Automatic reminders', { color: '#7DC9E7' }),
          ],
        },
      ],
      connectors: [
        ['pain1', 'webhooks'],
        ['reminders', 'gain'],
      ],
    })

    it('joins notes on two canvases; the links read back and answer the journey’s pain and gain', async () => {
      const fake = createFakeFigJam()
      const placed = await placeCanvasesAsync(fake, journeyAndAvp())

      const board = await readBoardAsync(fake, 'page')
      const notes = board.canvases.flatMap((canvas) => canvas.areas.flatMap((area) => area.notes))
      const links = Object.fromEntries(
        notes.map((read) => [
          read.text,
          read.links.map((link) => notes.find((n) => n.id === link.noteId)?.text),
        ]),
      )
      expect(links).toEqual({
        'Invoices arrive late': ['Payment webhooks'],
        'No payment status': [],
        'Paid on time': ['Automatic reminders'],
        'Payment webhooks': ['Invoices arrive late'],
        'Automatic reminders': ['Paid on time'],
      })
      expect(fake.allNodes().filter((node) => node.nodeType === 'CONNECTOR')).toHaveLength(2)
      expect(fake.undoCommits).toBe(1)
      expect(checkBoard(board).fit).toEqual([
        {
          canvasId: placed[0]?.canvasId,
          painsAnswered: 1,
          painsTotal: 2,
          gainsAnswered: 1,
          gainsTotal: 1,
        },
      ])
    })

    it.each([
      ['the first', 0],
      ['the last', 1],
    ])(
      'leaves the page exactly as it was when drawing %s connector between canvases fails',
      async (_which, after) => {
        const fake = createFakeFigJam()
        const sticky = fake.person.addSticky({ text: 'Keep me', x: 4000, y: 0 })
        fake.person.select([sticky])
        const before = boardSnapshot(fake)

        fake.failNext('createConnector', after)
        await expect(inEnglish(placeCanvasesAsync(fake, journeyAndAvp()))).rejects.toThrow(
          /^Could not place the 2 canvases \(in createConnector: Injected failure\)\. Nothing was left on the board/,
        )
        expect(boardSnapshot(fake)).toBe(before)
        expect(fake.page.state.selection).toEqual([sticky])
        expect(fake.undoCommits).toBe(0)
      },
    )
  })

  describe('placeCanvasesAsync: a failure half-way changes nothing', () => {
    const avp = apiValuePropositionCanvas
    const placing = (canvases: PlannedCanvas[], connectors: PlannedConnector[] = []) => ({
      canvases,
      connectors,
    })
    it.each([
      ['createSticky', 3],
      ['createConnector', 0],
      ['createText', 40],
    ] as const)(
      'leaves the page exactly as it was when %s fails half-way',
      async (method, after) => {
        const fake = createFakeFigJam()
        const sticky = fake.person.addSticky({ text: 'Keep me', x: 4000, y: 0 })
        fake.person.select([sticky])
        const before = boardSnapshot(fake)

        fake.failNext(method, after)
        await expect(
          inEnglish(
            placeCanvasesAsync(
              fake,
              placing([empty(apiCanvas), filledAvp(), empty(avp)], AVP_CONNECTORS),
            ),
          ),
        ).rejects.toThrow(
          new RegExp(
            `Could not place the 3 canvases \\(in ${method}: Injected failure\\)\\. Nothing was left on the board`,
          ),
        )
        expect(boardSnapshot(fake)).toBe(before)
        expect(fake.page.state.selection).toEqual([sticky])
        expect(fake.undoCommits).toBe(0)
      },
    )
  })

  describe('canvases read back from what placement wrote on them', () => {
    const retro: CanvasDefinition = {
      id: 'team-retro',
      title: 'Team retro',
      purpose: 'Look back on the sprint.',
      grid: { columns: 2, rows: 1, cellWidth: 700, cellHeight: 600 },
      parts: [{ id: 'retro', title: 'Retro', tint: '#EEEEEE' }],
      areas: [
        {
          id: 'keep',
          title: 'Keep',
          label: 'A',
          fillOrder: 1,
          part: 'retro',
          role: 'context',
          prompt: 'What went well?',
          grid: { column: 0, row: 0, columnSpan: 1, rowSpan: 1 },
        },
        {
          id: 'change',
          title: 'Change',
          label: 'B',
          fillOrder: 2,
          part: 'retro',
          role: 'pain',
          prompt: 'What should change?',
          grid: { column: 1, row: 0, columnSpan: 1, rowSpan: 1 },
        },
      ],
      markers: [],
    }

    it('reads a canvas of a template no catalog knows, with its areas and notes', async () => {
      const fake = createFakeFigJam()
      await placeCanvasesAsync(fake, {
        canvases: [
          {
            definition: retro,
            notes: [note('1', 'change', 'Shorter stand-ups'), note('2', 'keep', 'Pairing')],
          },
        ],
        connectors: [],
      })
      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(read.templateId).toBe('team-retro')
      expect(
        read.areas.map(({ id, title, label, fillOrder, role, notes }) => ({
          id,
          title,
          label,
          fillOrder,
          role,
          notes: notes.map((n) => n.text),
        })),
      ).toEqual([
        {
          id: 'keep',
          title: 'Keep',
          label: 'A',
          fillOrder: 1,
          role: 'context',
          notes: ['Pairing'],
        },
        {
          id: 'change',
          title: 'Change',
          label: 'B',
          fillOrder: 2,
          role: 'pain',
          notes: ['Shorter stand-ups'],
        },
      ])
    })

    it('still reads canvases and areas people renamed, under the template’s area titles', async () => {
      const fake = createFakeFigJam()
      await placeCanvasesAsync(fake, {
        canvases: [{ definition: retro, notes: [note('1', 'change', 'Shorter stand-ups')] }],
        connectors: [],
      })
      const canvas = sectionsWithRole(fake, 'canvas')[0]
      if (canvas === undefined) throw new Error('not placed')
      fake.person.rename(canvas, 'Sprint 12')
      fake.person.rename(areaSection(canvas, 'change'), 'Try next')

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(read.title).toBe('Sprint 12')
      const change = read.areas.find((area) => area.id === 'change')
      expect(change?.title).toBe('Change')
      expect(change?.notes.map((n) => n.text)).toEqual(['Shorter stand-ups'])
    })

    it('reports a canvas whose template data was damaged, and reads the others', async () => {
      const fake = createFakeFigJam()
      const [damaged, intact] = await placeCanvasesAsync(fake, {
        canvases: [
          { definition: retro, notes: [note('1', 'keep', 'Pairing')] },
          { definition: apiCanvas, notes: [note('2', 'channels', 'Shopify app')] },
        ],
        connectors: [],
      })
      const section = sectionsWithRole(fake, 'canvas').find(
        (node) => node.state.id === damaged?.canvasId,
      )
      if (section === undefined) throw new Error('not placed')
      setMarker(section, 'template', '{"id":"team-retro","title":"Team retro","areas":[{"id":1}]}')

      const board = await readBoardAsync(fake, 'page')
      expect(board.canvases.map((canvas) => canvas.id)).toEqual([intact?.canvasId])
      expect(board.problems).toEqual([
        expect.objectContaining({ code: 'unknown-template', canvasId: damaged?.canvasId }),
      ])
    })
  })
})
