import type { PortText } from '../../src/board/figjam-port'
import type { BoardState } from './board-state'
import { FakeFilledNode, type FilledNodeState } from './fake-filled-node'
import { newNodeState, resizeBox } from './fake-node'
import { guardTextFonts } from './font-guard'
import { checkedPaints, solidPaint } from './paints'
import { type TextContent, writeCharacters, writeFontName } from './text-content'
import { lineHeight, textWidth, wrapLines } from './text-layout'

type TextAutoResize = TextNode['textAutoResize']

export interface TextState extends FilledNodeState, TextContent {
  fontSize: number
  textAutoResize: TextAutoResize
  /** The box size last set by `resize` or by layout, px. */
  width: number
  height: number
}

/** The lines a text node's characters take, as the fake sizes and draws them. */
export function textNodeLines(state: TextState): string[] {
  return state.textAutoResize === 'WIDTH_AND_HEIGHT'
    ? state.characters.split('\n')
    : wrapLines(state.characters, state.width, state.fontSize)
}

/**
 * A text node: created empty in `readings.textFont`, 12 px, at (0, 0) on the page, black, sized to its
 * text (`WIDTH_AND_HEIGHT`). `resize` fixes the box (`NONE`); `HEIGHT` keeps the width and grows
 * the height. Writing `characters`, `fontSize` or `textAutoResize` needs the current font
 * loaded, `fontName` the new one (Figma's "Working with text" rules).
 */
export class FakeText extends FakeFilledNode<TextState> implements PortText {
  readonly nodeType = 'TEXT'

  constructor(board: BoardState) {
    super(board, {
      ...newNodeState(board.newId(), ''),
      characters: '',
      fontName: board.readings.textFont,
      fontSize: 12,
      fills: checkedPaints([solidPaint('#000000')]),
      textAutoResize: 'WIDTH_AND_HEIGHT',
      width: 0,
      height: lineHeight(12),
    })
  }

  asSceneNode(): this {
    return this
  }

  size(): { width: number; height: number } {
    const { textAutoResize, characters, fontSize, width, height } = this.state
    const linesHeight = textNodeLines(this.state).length * lineHeight(fontSize)
    if (textAutoResize === 'WIDTH_AND_HEIGHT') {
      const widest = Math.max(...characters.split('\n').map((line) => textWidth(line, fontSize)))
      return { width: widest, height: linesHeight }
    }
    return textAutoResize === 'HEIGHT' ? { width, height: linesHeight } : { width, height }
  }

  get type(): 'TEXT' {
    this.read('type')
    return 'TEXT'
  }

  get characters(): string {
    this.read('characters')
    return this.state.characters
  }

  /** @throws Error unless the node's font was loaded. */
  set characters(value: string) {
    this.write('characters')
    writeCharacters(this.board.fonts, this.state, value)
  }

  get fontName(): FontName {
    this.read('fontName')
    return this.state.fontName
  }

  /** @throws Error unless the new font was loaded. */
  set fontName(value: FontName | PluginAPI['mixed']) {
    this.write('fontName')
    writeFontName(this.board.fonts, this.state, value)
  }

  get fontSize(): number {
    this.read('fontSize')
    return this.state.fontSize
  }

  /** @throws Error unless the font was loaded, or for a size below 1 or `figma.mixed`. */
  set fontSize(value: number | PluginAPI['mixed']) {
    this.write('fontSize')
    this.board.fonts.requireLoaded('set_fontSize', this.state.fontName)
    if (typeof value === 'symbol' || !Number.isFinite(value) || value < 1) {
      throw new Error(`in set_fontSize: Expected fontSize to be a number of at least 1`)
    }
    this.state.fontSize = value
  }

  get textAutoResize(): TextAutoResize {
    this.read('textAutoResize')
    return this.state.textAutoResize
  }

  /** @throws Error unless the node's font was loaded. */
  set textAutoResize(value: TextAutoResize) {
    this.write('textAutoResize')
    this.board.fonts.requireLoaded('set_textAutoResize', this.state.fontName)
    const { width, height } = this.size()
    this.state.width = width
    this.state.height = height
    this.state.textAutoResize = value
  }

  /** Fixes the box at `width`×`height` px (`textAutoResize` becomes `NONE`). */
  resize(width: number, height: number): void {
    this.call('resize')
    guardTextFonts(this.board, 'resize', this)
    resizeBox('resize', this.state, width, height)
    this.state.textAutoResize = 'NONE'
  }
}
