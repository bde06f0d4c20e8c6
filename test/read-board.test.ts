import { describe, expect, it, vi } from 'vitest'
import * as z from 'zod/mini'

import { flagBoardAsync } from '../src/board/flag-board-async'
import { readBoardAsync } from '../src/board/read-board-async'
import { apiCanvas } from '../src/canvas/api-canvas'
import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import type { Locale } from '../src/locale/locales'
import { translator } from '../src/locale/translator'
import {
  type Board,
  boardSchema,
  type Canvas,
  type Note,
  type ReadProblem,
} from '../src/model/board'
import { readProblemText } from '../src/model/read-problem-text'
import {
  areaSection,
  boardWithAvpAsync,
  placeTemplateAsync,
  roleOf,
  sectionsWithRole,
  setMarker,
} from './board-helpers'
import { createFakeFigJam, type FakeFigJam } from './fake-figjam/fake-figjam'
import type { FakePage } from './fake-figjam/fake-page'
import { FAKE_PROFILES } from './fake-figjam/fake-readings'
import type { FakeSceneNode } from './fake-figjam/fake-scene-node'
import type { FakeSection } from './fake-figjam/fake-section'
import { useFakeProfile } from './fake-figjam/use-fake-profile'

const boardWithAvp = boardWithAvpAsync

/** Absolute top-left of a point `dx`, `dy` px into the area's section. */
function inArea(canvas: FakeSection, areaId: string, dx: number, dy: number) {
  const box = areaSection(canvas, areaId).absoluteBox()
  return { x: box.x + dx, y: box.y + dy }
}

function onlyCanvasOf(board: Board): Canvas {
  expect(board.canvases).toHaveLength(1)
  const [canvas] = board.canvases
  if (canvas === undefined) throw new Error('no canvas read')
  return canvas
}

function notesOf(canvas: Canvas, areaId: string): Note[] {
  return canvas.areas.find((area) => area.id === areaId)?.notes ?? []
}

function fail(): never {
  throw new Error('canvas not read')
}

const texts = (notes: readonly Note[]): string[] => notes.map((note) => note.text)

/** A read problem as the panel words it, in English unless `locale` is given. */
const problemText = (problem: ReadProblem | undefined, locale: Locale = 'en'): string =>
  problem === undefined ? '' : readProblemText(problem, translator(locale))

/**
 * Has a person delete `nodes` once the read takes the canvas's template data: after the board
 * was walked, before the notes are read.
 */
function deleteWhenCanvasRead(
  fake: FakeFigJam,
  canvas: FakeSection,
  nodes: readonly FakeSceneNode[],
): void {
  const readPluginData = canvas.getSharedPluginData.bind(canvas)
  vi.spyOn(canvas, 'getSharedPluginData').mockImplementation((namespace, key) => {
    if (key === 'template') {
      for (const node of nodes) if (!node.state.removed) fake.person.delete(node)
    }
    return readPluginData(namespace, key)
  })
}

/** Host calls on stickies (and their text) since the last reset. */
function stickyHostReads(fake: FakeFigJam): number {
  let reads = 0
  for (const [name, calls] of fake.hostCalls.byName) {
    if (name.startsWith('STICKY.')) reads += calls
  }
  return reads
}

describe.each(FAKE_PROFILES)('with the fake taking the $name', (profile) => {
  useFakeProfile(profile)

  describe('readBoardAsync', () => {
    it('reads a sticky inside an area section with its text, author, colour and position', async () => {
      const { fake, canvas } = await boardWithAvp()
      const at = inArea(canvas, 'pains', 40, 200)
      const sticky = fake.person.addSticky({
        text: 'Token expiry breaks nightly jobs',
        color: '#FFB8A8',
        author: 'Aino',
        ...at,
      })
      expect(sticky.state.parent).toBe(areaSection(canvas, 'pains'))

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      const canvasBox = canvas.absoluteBox()
      expect(notesOf(read, 'pains')).toEqual([
        {
          id: sticky.state.id,
          text: 'Token expiry breaks nightly jobs',
          author: 'Aino',
          color: '#FFB8A8',
          position: { x: at.x - canvasBox.x, y: at.y - canvasBox.y },
          tags: [],
          links: [],
        },
      ])
      expect(read.title).toBe('API Value Proposition Canvas')
      expect(read.templateId).toBe('api-value-proposition-canvas')
      expect(read.areas.map((area) => area.id)).toEqual([
        'tasks',
        'gains',
        'pains',
        'gainCreators',
        'painRelievers',
        'apiProducts',
      ])
    })

    it('gives a sticky lying on the canvas or the page to the area under its centre', async () => {
      const { fake, canvas } = await boardWithAvp()
      fake.person.addSticky({
        text: 'On the canvas',
        parent: canvas,
        ...inArea(canvas, 'gains', 60, 300),
      })
      fake.person.addSticky({
        text: 'On the page',
        parent: fake.page,
        ...inArea(canvas, 'pains', 60, 300),
      })
      const overhanging = inArea(canvas, 'painRelievers', 0, 0)
      fake.person.addSticky({
        text: 'Overhangs the top edge',
        parent: fake.page,
        x: overhanging.x + 50,
        y: overhanging.y - 100,
      })

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(texts(notesOf(read, 'gains'))).toEqual(['On the canvas'])
      expect(texts(notesOf(read, 'pains'))).toEqual(['On the page'])
      expect(texts(notesOf(read, 'painRelievers'))).toEqual(['Overhangs the top edge'])
      expect(read.strayNotes).toEqual([])
    })

    it('reads stickies on the canvas but in no area as stray, and ignores stickies off the canvas', async () => {
      const { fake, canvas } = await boardWithAvp()
      const box = canvas.absoluteBox()
      const middleTop = { x: box.x + 1600, y: box.y + 200 }
      fake.person.addSticky({ text: 'Between the views', parent: canvas, ...middleTop })
      fake.person.addSticky({
        text: 'Dropped on top',
        parent: fake.page,
        x: middleTop.x,
        y: middleTop.y + 1500,
      })
      fake.person.addSticky({ text: 'Far away', x: box.x + box.width + 500, y: box.y })

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(texts(read.strayNotes)).toEqual(['Between the views', 'Dropped on top'])
      const all = [...read.strayNotes, ...read.areas.flatMap((area) => area.notes)]
      expect(texts(all)).not.toContain('Far away')
    })

    it('lists notes in reading order, a slightly crooked row counting as one row', async () => {
      const { fake, canvas } = await boardWithAvp()
      const add = (text: string, dx: number, dy: number): void => {
        fake.person.addSticky({ text, ...inArea(canvas, 'pains', dx, dy) })
      }
      add('row 2, left', 20, 600)
      add('row 1, right', 600, 150)
      add('row 1, left (a little lower)', 20, 250)
      add('row 1, middle', 300, 180)

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(texts(notesOf(read, 'pains'))).toEqual([
        'row 1, left (a little lower)',
        'row 1, middle',
        'row 1, right',
        'row 2, left',
      ])
    })

    it('skips empty stickies and counts them', async () => {
      const { fake, canvas } = await boardWithAvp()
      fake.person.addSticky({ text: '  \n ', ...inArea(canvas, 'gains', 20, 200) })
      fake.person.addSticky({
        text: '',
        parent: canvas,
        x: canvas.absoluteBox().x + 1600,
        y: canvas.absoluteBox().y + 200,
      })
      fake.person.addSticky({ text: 'Faster payouts', ...inArea(canvas, 'gains', 300, 200) })

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(read.emptyStickyCount).toBe(2)
      expect(texts(notesOf(read, 'gains'))).toEqual(['Faster payouts'])
      expect(read.strayNotes).toEqual([])
    })

    it('reads #tags and links notes by connector and by shared tag', async () => {
      const { fake, canvas } = await boardWithAvp()
      const pain = fake.person.addSticky({
        text: 'Partners wait weeks for #Access',
        ...inArea(canvas, 'pains', 20, 200),
      })
      const reliever = fake.person.addSticky({
        text: 'Self-service keys',
        ...inArea(canvas, 'painRelievers', 20, 200),
      })
      const gain = fake.person.addSticky({
        text: 'Same-day #access #onboarding',
        ...inArea(canvas, 'gains', 20, 200),
      })
      const outside = fake.person.addSticky({ text: 'Parking lot', x: -9000, y: -9000 })
      fake.person.connect(pain, reliever)
      fake.person.connect(reliever, outside)

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      const [painNote] = notesOf(read, 'pains')
      const [relieverNote] = notesOf(read, 'painRelievers')
      const [gainNote] = notesOf(read, 'gains')
      expect(painNote?.tags).toEqual(['access'])
      expect(gainNote?.tags).toEqual(['access', 'onboarding'])
      expect(painNote?.links).toEqual(
        [
          { noteId: reliever.state.id, via: 'connector' },
          { noteId: gain.state.id, via: 'tag', tag: 'access' },
        ].sort((a, b) => (a.noteId < b.noteId ? -1 : 1)),
      )
      expect(relieverNote?.links).toEqual([{ noteId: pain.state.id, via: 'connector' }])
    })

    it('still reads a canvas and areas people renamed', async () => {
      const { fake, canvas } = await boardWithAvp()
      fake.person.rename(canvas, 'Payments API – workshop 1')
      fake.person.rename(areaSection(canvas, 'pains'), 'Worries')
      fake.person.addSticky({ text: 'Chargebacks', ...inArea(canvas, 'pains', 20, 200) })

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(read.title).toBe('Payments API – workshop 1')
      expect(texts(notesOf(read, 'pains'))).toEqual(['Chargebacks'])
      expect(read.areas.find((area) => area.id === 'pains')?.title).toBe('Pains')
    })

    it('reports a deleted area section and reads the area as empty', async () => {
      const { fake, canvas } = await boardWithAvp()
      const gainsBox = areaSection(canvas, 'gains').absoluteBox()
      fake.person.delete(areaSection(canvas, 'gains'))
      fake.person.addSticky({
        text: 'Where gains were',
        parent: canvas,
        x: gainsBox.x + 20,
        y: gainsBox.y + 200,
      })

      const board = await readBoardAsync(fake, 'page')
      const read = onlyCanvasOf(board)
      const gains = read.areas.find((area) => area.id === 'gains')
      expect(gains).toMatchObject({ sectionId: null, notes: [] })
      expect(texts(read.strayNotes)).toEqual(['Where gains were'])
      expect(board.problems).toEqual([
        expect.objectContaining({
          code: 'area-section-missing',
          canvasId: read.id,
          areaId: 'gains',
        }),
      ])
      expect(z.safeParse(boardSchema, board).success).toBe(true)
    })

    it('never reads the plugin’s own labels and flags as notes', async () => {
      const { fake, canvas } = await boardWithAvp()
      const sticky = fake.person.addSticky({
        text: 'Rate limits',
        ...inArea(canvas, 'pains', 20, 200),
      })
      await flagBoardAsync(fake, [
        { canvasId: canvas.state.id, areaId: 'gains', noteIds: [], message: 'No gains yet' },
        {
          canvasId: canvas.state.id,
          areaId: 'pains',
          noteIds: [sticky.state.id],
          message: 'Unanswered pain',
        },
      ])

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      const all = [...read.strayNotes, ...read.areas.flatMap((area) => area.notes)]
      expect(texts(all)).toEqual(['Rate limits'])
      expect(read.emptyStickyCount).toBe(0)
    })

    it('reads a moved canvas where it is now and reports the move', async () => {
      const { fake, canvas } = await boardWithAvp()
      fake.person.addSticky({ text: 'Moves along', ...inArea(canvas, 'tasks', 20, 200) })
      const box = canvas.absoluteBox()
      fake.person.moveTo(canvas, box.x + 5000, box.y + 40)

      const board = await readBoardAsync(fake, 'page')
      const read = onlyCanvasOf(board)
      expect(texts(notesOf(read, 'tasks'))).toEqual(['Moves along'])
      expect(board.problems).toHaveLength(1)
      expect(board.problems[0]?.code).toBe('canvas-moved')
      expect(problemText(board.problems[0])).toMatch(
        /Stickies left behind outside it are not counted/,
      )
    })

    it('reports an area section dragged in from another canvas and counts its stickies as stray', async () => {
      const fake = createFakeFigJam()
      const avp = await placeTemplateAsync(fake, apiValuePropositionCanvas)
      const other = await placeTemplateAsync(fake, apiCanvas)
      const [avpSection, apiSection] = [avp.canvasId, other.canvasId].map((id) =>
        sectionsWithRole(fake, 'canvas').find((node) => node.state.id === id),
      )
      if (avpSection === undefined || apiSection === undefined) throw new Error('canvas missing')
      const channels = areaSection(apiSection, 'channels')
      fake.person.addSticky({
        text: 'Marketplace listing',
        ...inArea(apiSection, 'channels', 20, 200),
      })
      fake.person.dragInto(channels, avpSection)
      const middle = avpSection.absoluteBox()
      fake.person.moveTo(channels, middle.x + 1560, middle.y + 150)

      const board = await readBoardAsync(fake, 'page')
      const avpRead = board.canvases.find((canvas) => canvas.id === avp.canvasId)
      expect(avpRead?.strayNotes.map((note) => note.text)).toEqual(['Marketplace listing'])
      expect(
        board.problems.map((problem) => [problem.code, problem.canvasId, problem.areaId]),
      ).toEqual(
        expect.arrayContaining([
          ['unknown-area', avp.canvasId, 'channels'],
          ['area-section-missing', other.canvasId, 'channels'],
        ]),
      )
    })

    it.each([
      ['missing (placed by an older version)', ''],
      ['not JSON', '{"id": "api-value-proposition-canvas", "areas": ['],
      [
        'JSON of the wrong shape',
        '{"id": "api-value-proposition-canvas", "title": "AVP", "areas": []}',
      ],
    ])('reports a canvas whose template data is %s instead of reading it', async (_case, data) => {
      const { fake, canvas } = await boardWithAvp()
      setMarker(canvas, 'template', data)
      fake.person.addSticky({ text: 'Unread', ...inArea(canvas, 'pains', 20, 200) })
      const board = await readBoardAsync(fake, 'page')
      expect(board.canvases).toEqual([])
      expect(board.problems).toEqual([
        expect.objectContaining({ code: 'unknown-template', canvasId: canvas.state.id }),
      ])
      expect(problemText(board.problems[0])).toMatch(/Place the canvas again/)
    })

    it('goes on when stickies and sections are deleted during the read, and says so', async () => {
      const { fake, canvas } = await boardWithAvp()
      const doomed = fake.person.addSticky({
        text: 'Deleted meanwhile',
        ...inArea(canvas, 'pains', 20, 200),
      })
      fake.person.addSticky({ text: 'Stays', ...inArea(canvas, 'pains', 400, 200) })
      deleteWhenCanvasRead(fake, canvas, [doomed, areaSection(canvas, 'tasks')])

      const board = await readBoardAsync(fake, 'page')
      const read = onlyCanvasOf(board)
      expect(texts(notesOf(read, 'pains'))).toEqual(['Stays'])
      expect(doomed.state.removed).toBe(true)
      expect(board.problems.map((problem) => problem.code).sort()).toEqual([
        'area-section-missing',
        'node-removed',
      ])
    })

    it('reads only the canvases holding the selection, or all when nothing is selected', async () => {
      const fake = createFakeFigJam()
      const avp = await placeTemplateAsync(fake, apiValuePropositionCanvas)
      const apiCanvasPlaced = await placeTemplateAsync(fake, apiCanvas)
      const [avpSection, apiSection] = [avp.canvasId, apiCanvasPlaced.canvasId].map((id) => {
        const found = sectionsWithRole(fake, 'canvas').find((node) => node.state.id === id)
        if (found === undefined) throw new Error('canvas missing')
        return found
      })
      if (avpSection === undefined || apiSection === undefined) throw new Error('canvas missing')
      const inApi = fake.person.addSticky({
        text: 'Usage fees',
        ...inArea(apiSection, 'revenueStreams', 20, 200),
      })
      const onAvp = fake.person.addSticky({
        text: 'Loose',
        parent: fake.page,
        ...inArea(avpSection, 'gains', 20, 200),
      })
      const ids = (board: Board): string[] => board.canvases.map((canvas) => canvas.id)

      fake.person.select([])
      expect(ids(await readBoardAsync(fake, 'selection')).sort()).toEqual(
        [avp.canvasId, apiCanvasPlaced.canvasId].sort(),
      )
      fake.person.select([inApi])
      expect(ids(await readBoardAsync(fake, 'selection'))).toEqual([apiCanvasPlaced.canvasId])
      fake.person.select([avpSection])
      expect(ids(await readBoardAsync(fake, 'selection'))).toEqual([avp.canvasId])
      fake.person.select([onAvp])
      expect(ids(await readBoardAsync(fake, 'selection'))).toEqual([avp.canvasId])
      fake.person.select([inApi])
      expect(ids(await readBoardAsync(fake, 'page'))).toHaveLength(2)
    })

    it('finds canvases people put inside their own sections', async () => {
      const { fake, canvas } = await boardWithAvp()
      const box = canvas.absoluteBox()
      const frame = fake.person.addSection({
        name: 'Workshop day 1',
        parent: fake.page,
        x: box.x - 200,
        y: box.y - 200,
        width: box.width + 400,
        height: box.height + 400,
      })
      fake.person.dragInto(canvas, frame)
      fake.person.addSticky({ text: 'Nested but found', ...inArea(canvas, 'apiProducts', 20, 300) })

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(texts(notesOf(read, 'apiProducts'))).toEqual(['Nested but found'])
    })

    it('reads each sticky with at most seven host property reads', async () => {
      const { fake, canvas } = await boardWithAvp()
      const box = canvas.absoluteBox()
      const count = 60
      for (let index = 0; index < count; index += 1) {
        const parents = [{}, { parent: canvas }, { parent: fake.page }]
        fake.person.addSticky({
          text: `Note ${String(index)} #t${String(index % 5)}`,
          ...parents[index % 3],
          x: box.x + 60 + (index % 12) * 290,
          y: box.y + 200 + Math.floor(index / 12) * 350,
        })
      }
      fake.resetHostCalls()
      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))

      const all = [...read.strayNotes, ...read.areas.flatMap((area) => area.notes)]
      expect(all).toHaveLength(count)
      expect(stickyHostReads(fake) / count).toBeLessThanOrEqual(7)
    })

    it('reads a sticky inside an area section with six host property reads, no type read', async () => {
      const { fake, canvas } = await boardWithAvp()
      const count = 40
      for (let index = 0; index < count; index += 1) {
        const areaId = index % 2 === 0 ? 'pains' : 'gains'
        fake.person.addSticky({
          text: `Note ${String(index)}`,
          parent: areaSection(canvas, areaId),
          ...inArea(canvas, areaId, 20 + (index % 4) * 250, 200 + Math.floor(index / 8) * 250),
        })
      }
      fake.resetHostCalls()
      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))

      expect(notesOf(read, 'pains').length + notesOf(read, 'gains').length).toBe(count)
      expect(stickyHostReads(fake)).toBe(6 * count)
      expect(fake.hostCalls.byName.get('STICKY.type')).toBeUndefined()
    })

    it('reads a canvas dragged into an area of another as its own canvas', async () => {
      const { fake, canvas: outer } = await boardWithAvp()
      const inner = await placeTemplateAsync(fake, apiCanvas)
      const innerSection = sectionsWithRole(fake, 'canvas').find(
        (node) => node.state.id === inner.canvasId,
      )
      if (innerSection === undefined) throw new Error('inner canvas not placed')
      fake.person.addSticky({ text: 'Outer pain', ...inArea(outer, 'pains', 20, 200) })
      fake.person.addSticky({
        text: 'Inner channel',
        ...inArea(innerSection, 'channels', 20, 200),
      })
      fake.person.dragInto(innerSection, areaSection(outer, 'tasks'))

      const board = await readBoardAsync(fake, 'page')
      const byTemplate = new Map(board.canvases.map((canvas) => [canvas.templateId, canvas]))
      const outerRead = byTemplate.get(apiValuePropositionCanvas.id)
      const innerRead = byTemplate.get(apiCanvas.id)
      expect(texts(notesOf(outerRead ?? fail(), 'pains'))).toEqual(['Outer pain'])
      expect(texts(notesOf(outerRead ?? fail(), 'tasks'))).toEqual([])
      expect(texts(notesOf(innerRead ?? fail(), 'channels'))).toEqual(['Inner channel'])
    })
  })

  describe('a long read', () => {
    it('reports progress canvas by canvas and lets people keep working in between', async () => {
      const fake = createFakeFigJam()
      const placed = [
        await placeTemplateAsync(fake, apiValuePropositionCanvas),
        await placeTemplateAsync(fake, apiCanvas),
        await placeTemplateAsync(fake, apiValuePropositionCanvas),
      ]
      const last = sectionsWithRole(fake, 'canvas').find(
        (node) => node.state.id === placed[2]?.canvasId,
      )
      fake.person.addSticky({
        text: 'Gone before it is read',
        ...inArea(last ?? fail(), 'pains', 40, 200),
      })
      const progress: [number, number][] = []

      const board = await readBoardAsync(fake, 'page', {
        sliceMs: 0,
        onProgress: (done, total) => {
          progress.push([done, total])
          if (done === 1 && last !== undefined) fake.person.delete(last)
        },
      })

      expect(progress).toEqual([
        [0, 3],
        [1, 3],
        [2, 3],
      ])
      expect(board.canvases.map((canvas) => canvas.id)).toEqual(
        placed.slice(0, 2).map((canvas) => canvas.canvasId),
      )
      expect(JSON.stringify(board)).not.toContain('Gone before it is read')
    })

    it('reads a quick board without pausing', async () => {
      const { fake } = await boardWithAvp()
      const progress = vi.fn()
      await readBoardAsync(fake, 'page', { onProgress: progress })
      expect(progress).not.toHaveBeenCalled()
    })
  })

  describe('stickies people grouped (⌘G)', () => {
    const allTexts = (canvas: Canvas): string[] =>
      texts([...canvas.strayNotes, ...canvas.areas.flatMap((area) => area.notes)])

    it.each([
      ['holding only stickies and groups', false],
      ['also holding a section of its own', true],
    ])('reads groups inside an area section %s into that area', async (_case, withSection) => {
      const { fake, canvas } = await boardWithAvp()
      const pains = areaSection(canvas, 'pains')
      if (withSection) {
        fake.person.addSection({
          name: 'Parking',
          parent: pains,
          ...inArea(canvas, 'pains', 600, 700),
          width: 300,
          height: 250,
        })
      }
      const add = (text: string, dx: number, dy: number) =>
        fake.person.addSticky({ text, parent: pains, ...inArea(canvas, 'pains', dx, dy) })
      const first = add('Grouped pain', 20, 200)
      const inner = fake.person.group([add('Nested pain', 300, 200), add('Deep pain', 20, 500)])
      fake.person.group([first, inner])
      add('Loose pain', 600, 200)

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(texts(notesOf(read, 'pains'))).toEqual([
        'Grouped pain',
        'Nested pain',
        'Loose pain',
        'Deep pain',
      ])
      expect(allTexts(read)).toHaveLength(4)
    })

    it('reads a group lying on the canvas sticky by sticky, each by its centre', async () => {
      const { fake, canvas } = await boardWithAvp()
      const box = canvas.absoluteBox()
      const onCanvas = (text: string, at: { x: number; y: number }) =>
        fake.person.addSticky({ text, parent: canvas, ...at })
      const group = fake.person.group([
        onCanvas('Over gains', inArea(canvas, 'gains', 700, 700)),
        onCanvas('Over pains', inArea(canvas, 'pains', 700, 60)),
        onCanvas('Between the views', { x: box.x + 1600, y: box.y + 1000 }),
      ])
      fake.person.group([group, onCanvas('Over tasks', inArea(canvas, 'tasks', 20, 900))])

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(texts(notesOf(read, 'gains'))).toEqual(['Over gains'])
      expect(texts(notesOf(read, 'pains'))).toEqual(['Over pains'])
      expect(texts(notesOf(read, 'tasks'))).toEqual(['Over tasks'])
      expect(texts(read.strayNotes)).toEqual(['Between the views'])
    })

    it('reads a group lying on the page over a canvas by each sticky’s centre, and ignores one off it', async () => {
      const { fake, canvas } = await boardWithAvp()
      const box = canvas.absoluteBox()
      const onPage = (text: string, at: { x: number; y: number }) =>
        fake.person.addSticky({ text, parent: fake.page, ...at })
      const inner = fake.person.group([
        onPage('Over API products', inArea(canvas, 'apiProducts', 20, 300)),
        onPage('Over gain creators', inArea(canvas, 'gainCreators', 100, 300)),
      ])
      fake.person.group([
        inner,
        onPage('Over pain relievers', inArea(canvas, 'painRelievers', 100, 300)),
      ])
      fake.person.group([
        onPage('Far away', { x: box.x + box.width + 600, y: box.y }),
        onPage('Far away too', { x: box.x + box.width + 900, y: box.y }),
      ])

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(texts(notesOf(read, 'apiProducts'))).toEqual(['Over API products'])
      expect(texts(notesOf(read, 'gainCreators'))).toEqual(['Over gain creators'])
      expect(texts(notesOf(read, 'painRelievers'))).toEqual(['Over pain relievers'])
      expect(allTexts(read)).toHaveLength(3)
    })

    it('never reads the plugin’s headers or flags grouped with stickies as notes', async () => {
      const { fake, canvas } = await boardWithAvp()
      const pains = areaSection(canvas, 'pains')
      const header = pains.state.children.find((node) => roleOf(node) === 'header')
      const pain = fake.person.addSticky({
        text: 'Rate limits',
        ...inArea(canvas, 'pains', 20, 400),
      })
      await flagBoardAsync(fake, [
        { canvasId: canvas.state.id, areaId: 'gains', noteIds: [], message: 'No gains yet' },
      ])
      const flag = canvas.state.children.find((node) => roleOf(node) === 'flag')
      if (header === undefined || flag === undefined) throw new Error('no header or flag drawn')
      const gain = fake.person.addSticky({
        text: 'Fewer tickets',
        parent: canvas,
        ...inArea(canvas, 'gains', 20, 600),
      })
      fake.person.group([header, pain])
      fake.person.group([flag, gain])

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      expect(texts(notesOf(read, 'pains'))).toEqual(['Rate limits'])
      expect(texts(notesOf(read, 'gains'))).toEqual(['Fewer tickets'])
      expect(allTexts(read)).toHaveLength(2)
      expect(read.emptyStickyCount).toBe(0)
    })

    it('goes on when a group is deleted during the read, and says so', async () => {
      const { fake, canvas } = await boardWithAvp()
      const inPains = fake.person.group([
        fake.person.addSticky({ text: 'Doomed in area', ...inArea(canvas, 'pains', 20, 200) }),
      ])
      const onCanvas = fake.person.group([
        fake.person.addSticky({
          text: 'Doomed on canvas',
          parent: canvas,
          ...inArea(canvas, 'gains', 20, 200),
        }),
      ])
      fake.person.addSticky({ text: 'Stays', ...inArea(canvas, 'pains', 400, 200) })
      deleteWhenCanvasRead(fake, canvas, [inPains, onCanvas])

      const board = await readBoardAsync(fake, 'page')
      const read = onlyCanvasOf(board)
      expect(allTexts(read)).toEqual(['Stays'])
      expect(board.problems).toEqual([
        expect.objectContaining({ code: 'node-removed', canvasId: canvas.state.id }),
      ])
      expect(problemText(board.problems[0])).toMatch(/^2 nodes were deleted/)
      expect(problemText(board.problems[0], 'de')).toMatch(/^2 Elemente wurden aus dem Canvas/)
    })

    it('puts grouped notes in reading order among the others and links them by connector and tag', async () => {
      const { fake, canvas } = await boardWithAvp()
      const add = (text: string, dx: number, dy: number) =>
        fake.person.addSticky({ text, ...inArea(canvas, 'pains', dx, dy) })
      add('row 1, left', 20, 200)
      const middle = add('row 1, middle #onboarding', 300, 230)
      add('row 1, right', 600, 190)
      fake.person.group([middle, add('row 2, left', 20, 600)])
      const reliever = fake.person.addSticky({
        text: 'Sandbox keys',
        parent: fake.page,
        ...inArea(canvas, 'painRelievers', 20, 200),
      })
      const gain = fake.person.addSticky({
        text: 'Quick #onboarding',
        parent: canvas,
        ...inArea(canvas, 'gains', 20, 200),
      })
      fake.person.group([reliever])
      fake.person.group([gain])
      fake.person.connect(middle, reliever)

      const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
      const pains = notesOf(read, 'pains')
      expect(texts(pains)).toEqual([
        'row 1, left',
        'row 1, middle #onboarding',
        'row 1, right',
        'row 2, left',
      ])
      expect(pains[1]?.links).toEqual(
        [
          { noteId: reliever.state.id, via: 'connector' },
          { noteId: gain.state.id, via: 'tag', tag: 'onboarding' },
        ].sort((a, b) => (a.noteId < b.noteId ? -1 : 1)),
      )
      expect(notesOf(read, 'painRelievers')[0]?.links).toEqual([
        { noteId: middle.state.id, via: 'connector' },
      ])
    })

    it('reads the canvas under a selected group, on the page or inside the canvas', async () => {
      const fake = createFakeFigJam()
      const avp = await placeTemplateAsync(fake, apiValuePropositionCanvas)
      const api = await placeTemplateAsync(fake, apiCanvas)
      const [avpSection, apiSection] = [avp.canvasId, api.canvasId].map((id) =>
        sectionsWithRole(fake, 'canvas').find((node) => node.state.id === id),
      )
      if (avpSection === undefined || apiSection === undefined) throw new Error('canvas missing')
      const overAvp = fake.person.group([
        fake.person.addSticky({
          text: 'Loose',
          parent: fake.page,
          ...inArea(avpSection, 'gains', 20, 200),
        }),
      ])
      const inApi = fake.person.group([
        fake.person.addSticky({
          text: 'Usage fees',
          ...inArea(apiSection, 'revenueStreams', 20, 200),
        }),
      ])
      const ids = (board: Board): string[] => board.canvases.map((canvas) => canvas.id)

      fake.person.select([overAvp])
      const board = await readBoardAsync(fake, 'selection')
      expect(ids(board)).toEqual([avp.canvasId])
      expect(texts(notesOf(board.canvases[0] ?? fail(), 'gains'))).toEqual(['Loose'])
      fake.person.select([fake.person.group([overAvp])])
      expect(ids(await readBoardAsync(fake, 'selection'))).toEqual([avp.canvasId])
      fake.person.select([inApi])
      expect(ids(await readBoardAsync(fake, 'selection'))).toEqual([api.canvasId])
    })

    it('reads a grouped sticky in an area with six host reads, and one on the canvas or page with at most seven', async () => {
      const count = 24
      const groupedBoard = async (
        parentOf: (fake: FakeFigJam, canvas: FakeSection, areaId: string) => FakeSection | FakePage,
      ) => {
        const { fake, canvas } = await boardWithAvp()
        for (const areaId of ['pains', 'gains']) {
          const stickies = Array.from({ length: count / 2 }, (_, index) =>
            fake.person.addSticky({
              text: `${areaId} ${String(index)}`,
              parent: parentOf(fake, canvas, areaId),
              ...inArea(canvas, areaId, 20 + (index % 4) * 240, 200 + Math.floor(index / 4) * 250),
            }),
          )
          const pairs = [0, 2, 4, 6, 8, 10].map((index) =>
            fake.person.group(stickies.slice(index, index + 2)),
          )
          fake.person.group([fake.person.group(pairs.slice(0, 3)), ...pairs.slice(3)])
        }
        fake.resetHostCalls()
        const read = onlyCanvasOf(await readBoardAsync(fake, 'page'))
        expect(allTexts(read)).toHaveLength(count)
        return fake
      }

      const inAreas = await groupedBoard((_fake, canvas, areaId) => areaSection(canvas, areaId))
      expect(stickyHostReads(inAreas)).toBe(6 * count)
      expect(inAreas.hostCalls.byName.get('STICKY.type')).toBeUndefined()
      const onCanvas = await groupedBoard((_fake, canvas) => canvas)
      expect(stickyHostReads(onCanvas)).toBeLessThanOrEqual(7 * count)
      const onPage = await groupedBoard((fake) => fake.page)
      expect(stickyHostReads(onPage)).toBeLessThanOrEqual(7 * count)
    })
  })
})
