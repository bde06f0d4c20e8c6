import type { PortSticky } from '../../src/board/figjam-port'
import type { BoardState } from './board-state'
import { FakeFilledNode, type FilledNodeState } from './fake-filled-node'
import { newNodeState } from './fake-node'
import { FakeTextSublayer } from './fake-text-sublayer'
import { checkedPaints, solidPaint } from './paints'
import type { SublayerContent } from './text-content'
import { lineHeight, wrapLines } from './text-layout'

/**
 * Sticky sizes in px: 240 square, 416 wide with `isWideWidth`, growing in height with the text
 * (FigJam has no resize for stickies). Text is laid out inside `padding` at the largest of
 * `fontSizes` that fits the square (FigJam shrinks sticky text as it grows), with a line kept
 * for the author at the bottom.
 */
export const STICKY_GEOMETRY = {
  width: 240,
  wideWidth: 416,
  minHeight: 240,
  padding: 24,
  fontSizes: [24, 20, 16],
  authorLine: 24,
} as const

/** FigJam's default sticky colour, yellow. */
export const DEFAULT_STICKY_HEX = '#FFE299'

export interface StickyState extends FilledNodeState {
  readonly text: SublayerContent
  authorName: string
  authorVisible: boolean
  isWideWidth: boolean
}

interface StickyTextLayout {
  readonly fontSize: number
  readonly lines: readonly string[]
}

const layoutCache = new WeakMap<StickyState, { key: string; layout: StickyTextLayout }>()

/** How the fake lays out a sticky's text: font size in px and the wrapped lines. */
export function stickyTextLayout(state: StickyState): StickyTextLayout {
  const key = `${String(state.isWideWidth)}\n${state.text.characters}`
  const cached = layoutCache.get(state)
  if (cached?.key === key) return cached.layout
  const layout = layOutStickyText(state)
  layoutCache.set(state, { key, layout })
  return layout
}

function layOutStickyText(state: StickyState): StickyTextLayout {
  const { padding, minHeight, authorLine, fontSizes } = STICKY_GEOMETRY
  const width =
    (state.isWideWidth ? STICKY_GEOMETRY.wideWidth : STICKY_GEOMETRY.width) - 2 * padding
  const room = minHeight - 2 * padding - authorLine
  let layout: StickyTextLayout = { fontSize: 0, lines: [''] }
  for (const fontSize of fontSizes) {
    layout = { fontSize, lines: wrapLines(state.text.characters, width, fontSize) }
    if (layout.lines.length * lineHeight(fontSize) <= room) break
  }
  return layout
}

/**
 * FigJam's sticky note: created 240×240 at (0, 0) on the page, yellow, in `readings.stickyFont`, authored by
 * the current user. Width and height cannot be set.
 */
export class FakeSticky extends FakeFilledNode<StickyState> implements PortSticky {
  readonly nodeType = 'STICKY'
  private readonly textSublayer: FakeTextSublayer

  constructor(board: BoardState) {
    super(board, {
      ...newNodeState(board.newId(), ''),
      text: { characters: '', fontName: board.readings.stickyFont, fontSize: 16 },
      fills: checkedPaints([solidPaint(DEFAULT_STICKY_HEX)]),
      authorName: board.userName,
      authorVisible: true,
      isWideWidth: false,
    })
    this.textSublayer = new FakeTextSublayer(this, this.state.text)
  }

  asSceneNode(): this {
    return this
  }

  size(): { width: number; height: number } {
    const { padding, authorLine, minHeight } = STICKY_GEOMETRY
    const { fontSize, lines } = stickyTextLayout(this.state)
    const textHeight = lines.length * lineHeight(fontSize)
    return {
      width: this.state.isWideWidth ? STICKY_GEOMETRY.wideWidth : STICKY_GEOMETRY.width,
      height: Math.max(minHeight, 2 * padding + textHeight + authorLine),
    }
  }

  get type(): 'STICKY' {
    this.read('type')
    return 'STICKY'
  }

  get text(): FakeTextSublayer {
    this.read('text')
    return this.textSublayer
  }

  get authorName(): string {
    this.read('authorName')
    return this.state.authorName
  }

  set authorName(value: string) {
    this.write('authorName')
    this.state.authorName = value
  }

  get authorVisible(): boolean {
    this.read('authorVisible')
    return this.state.authorVisible
  }

  set authorVisible(value: boolean) {
    this.write('authorVisible')
    this.state.authorVisible = value
  }

  get isWideWidth(): boolean {
    this.read('isWideWidth')
    return this.state.isWideWidth
  }

  set isWideWidth(value: boolean) {
    this.write('isWideWidth')
    this.state.isWideWidth = value
  }
}
