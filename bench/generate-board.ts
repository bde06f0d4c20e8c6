import { PLUGIN_DATA_KEYS } from '../src/board/plugin-data'
import { apiCanvas } from '../src/canvas/api-canvas'
import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import type { CanvasDefinition, FitRole } from '../src/canvas/canvas-definition'
import { markerOf, placeTemplateAsync } from '../test/board-helpers'
import { createFakeFigJam, type FakeFigJam } from '../test/fake-figjam/fake-figjam'
import type { FakeSection } from '../test/fake-figjam/fake-section'
import type { FakeSticky } from '../test/fake-figjam/fake-sticky'

/** What a generated workshop board holds. */
export interface BoardShape {
  /** Stickies in all, spread evenly over the canvases and their areas. */
  stickies: number
  /** Canvases placed, alternating API Value Proposition Canvas and API Canvas. */
  canvases: number
  /** Seed of the text generator; the same seed gives the same board. Default 1. */
  seed?: number
  /**
   * Text of a sticky, given its number on the board (0-based) and the generated text; default
   * the generated text. Lets a test put hostile text on a big board.
   */
  text?: (index: number, generated: string) => string
}

/** A board built by `generateBoardAsync`, with what was put on it. */
export interface GeneratedBoard {
  figma: FakeFigJam
  /** Node ids of the canvas sections, in placement order. */
  canvasIds: string[]
  /** Every sticky added, in the order added. */
  stickies: FakeSticky[]
  /** Connectors drawn between a pain and its reliever or a gain and its creator. */
  connectorCount: number
  /** Pain–reliever and gain–creator pairs linked by a shared `#tag` instead. */
  tagPairCount: number
}

const TEMPLATES: readonly CanvasDefinition[] = [apiValuePropositionCanvas, apiCanvas]
const AUTHORS = ['Aino', 'Bruno', 'Chidi', 'Dana', 'Emeka', 'Fatima', 'Goran', 'Hana']
const COLORS: Readonly<Record<FitRole, string>> = {
  pain: '#FFAFAF',
  gain: '#C0EB6A',
  'pain-reliever': '#7DC9E7',
  'gain-creator': '#7DC9E7',
  context: '#FFF399',
}
const WORDS = (
  'parcel tracking status webhook latency partner carrier delivery event label customs address ' +
  'quota token consent invoice retry timeout sandbox onboarding portal sdk schema version ' +
  'pricing refund route depot courier scan signature notification outage audit region ' +
  'identity privacy contract cost compatibility document search batch export'
).split(' ')
const STICKY_SIZE = 240
const SPACING = 24
const HEADER_HEIGHT = 200

/** A small seeded generator (mulberry32), so boards repeat exactly. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Builds a workshop board in the in-memory FigJam: `shape.canvases` canvases placed with the
 * plugin's placement (`placeTemplateAsync`), then `shape.stickies` stickies added by people inside the
 * area sections (in rows under each area's header), spread evenly over canvases and areas. On
 * each API Value Proposition Canvas the k-th pain and the k-th pain reliever (likewise gains and
 * gain creators) are joined by a connector when k % 3 is 0, share a `#tag` when k % 3 is 1 and
 * stay unanswered otherwise. Texts are 4–9 words of an API vocabulary, so suggested matches find
 * shared words. Host calls of the building are reset at the end.
 */
export async function generateBoardAsync(shape: BoardShape): Promise<GeneratedBoard> {
  const figma = createFakeFigJam({ userName: 'Facilitator' })
  const random = randomSource(shape.seed ?? 1)
  const canvasIds: string[] = []
  const stickies: FakeSticky[] = []
  const pairs: [FakeSticky, FakeSticky][] = []
  let tagPairCount = 0

  for (let canvasIndex = 0; canvasIndex < shape.canvases; canvasIndex += 1) {
    const definition = TEMPLATES[canvasIndex % TEMPLATES.length] ?? apiValuePropositionCanvas
    const placed = await placeTemplateAsync(figma, definition)
    canvasIds.push(placed.canvasId)
    const canvas = figma.nodeById(placed.canvasId)
    if (canvas?.nodeType !== 'SECTION') throw new Error('canvas not placed')

    const count =
      Math.floor(shape.stickies / shape.canvases) +
      (canvasIndex < shape.stickies % shape.canvases ? 1 : 0)
    const areas = [...definition.areas].sort((a, b) => a.fillOrder - b.fillOrder)
    const byArea = new Map<string, FakeSticky[]>()
    for (let k = 0; k < count; k += 1) {
      const area = areas[k % areas.length]
      if (area === undefined) continue
      const inArea = byArea.get(area.id) ?? []
      const rank = inArea.length
      const partner = rank % 3 === 1 ? pairTag(area.role, canvasIndex, rank) : null
      const generated = sentence(random) + (partner === null ? '' : ` #${partner}`)
      const index = stickies.length
      const sticky = addInArea(figma, areaSectionOf(canvas, area.id), rank, {
        text: shape.text === undefined ? generated : shape.text(index, generated),
        author: AUTHORS[index % AUTHORS.length] ?? 'Facilitator',
        color: COLORS[area.role],
      })
      inArea.push(sticky)
      byArea.set(area.id, inArea)
      stickies.push(sticky)
    }
    for (const [needId, answerId] of [
      ['pains', 'painRelievers'],
      ['gains', 'gainCreators'],
    ] as const) {
      const needs = byArea.get(needId) ?? []
      const answers = byArea.get(answerId) ?? []
      for (let rank = 0; rank < Math.min(needs.length, answers.length); rank += 1) {
        const need = needs[rank]
        const answer = answers[rank]
        if (need === undefined || answer === undefined) continue
        if (rank % 3 === 0) pairs.push([need, answer])
        if (rank % 3 === 1) tagPairCount += 1
      }
    }
  }
  for (const [from, to] of pairs) figma.person.connect(from, to)
  figma.resetHostCalls()
  return { figma, canvasIds, stickies, connectorCount: pairs.length, tagPairCount }
}

/** The tag a need and its answer share: same canvas, same rank, `#fit-<canvas>-<kind>-<rank>`. */
function pairTag(role: FitRole, canvasIndex: number, rank: number): string | null {
  const kind =
    role === 'pain' || role === 'pain-reliever'
      ? 'p'
      : role === 'gain' || role === 'gain-creator'
        ? 'g'
        : null
  return kind === null ? null : `fit-${String(canvasIndex)}-${kind}-${String(rank)}`
}

function sentence(random: () => number): string {
  const length = 4 + Math.floor(random() * 6)
  const words: string[] = []
  for (let index = 0; index < length; index += 1) {
    words.push(WORDS[Math.floor(random() * WORDS.length)] ?? 'api')
  }
  const [first = 'API', ...rest] = words
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ')
}

function areaSectionOf(canvas: FakeSection, areaId: string): FakeSection {
  const found = canvas.state.children.find(
    (node): node is FakeSection =>
      node.nodeType === 'SECTION' && markerOf(node, PLUGIN_DATA_KEYS.areaId) === areaId,
  )
  if (found === undefined) throw new Error(`no area section "${areaId}"`)
  return found
}

function addInArea(
  figma: FakeFigJam,
  area: FakeSection,
  rank: number,
  sticky: { text: string; author: string; color: string },
): FakeSticky {
  const box = area.absoluteBox()
  const columns = Math.max(1, Math.floor((box.width - SPACING) / (STICKY_SIZE + SPACING)))
  const column = rank % columns
  const row = Math.floor(rank / columns)
  return figma.person.addSticky({
    ...sticky,
    parent: area,
    x: box.x + SPACING + column * (STICKY_SIZE + SPACING),
    y: box.y + HEADER_HEIGHT + row * (STICKY_SIZE + SPACING),
  })
}
