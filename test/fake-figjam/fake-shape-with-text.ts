import type { PortShapeWithText } from '../../src/board/figjam-port'
import type { BoardState } from './board-state'
import { FakeFilledNode, type FilledNodeState } from './fake-filled-node'
import { newNodeState, resizeBox } from './fake-node'
import { FakeTextSublayer } from './fake-text-sublayer'
import { guardTextFonts } from './font-guard'
import { checkedPaints, solidPaint } from './paints'
import type { SublayerContent } from './text-content'

type ShapeType = ShapeWithTextNode['shapeType']

/** Every `shapeType` Figma accepts (plugin typings, ShapeWithTextNode.shapeType). */
export const SHAPE_TYPES: readonly ShapeType[] = [
  'SQUARE',
  'ELLIPSE',
  'ROUNDED_RECTANGLE',
  'DIAMOND',
  'TRIANGLE_UP',
  'TRIANGLE_DOWN',
  'PARALLELOGRAM_RIGHT',
  'PARALLELOGRAM_LEFT',
  'ENG_DATABASE',
  'ENG_QUEUE',
  'ENG_FILE',
  'ENG_FOLDER',
  'TRAPEZOID',
  'PREDEFINED_PROCESS',
  'SHIELD',
  'DOCUMENT_SINGLE',
  'DOCUMENT_MULTIPLE',
  'MANUAL_INPUT',
  'HEXAGON',
  'CHEVRON',
  'PENTAGON',
  'OCTAGON',
  'STAR',
  'PLUS',
  'ARROW_LEFT',
  'ARROW_RIGHT',
  'SUMMING_JUNCTION',
  'OR',
  'SPEECH_BUBBLE',
  'INTERNAL_STORAGE',
]

export interface ShapeWithTextState extends FilledNodeState {
  readonly text: SublayerContent
  shapeType: ShapeType
  width: number
  height: number
}

/**
 * A FigJam shape with text: created as a 208×208 light gray square at (0, 0) on the page, its
 * text sublayer in `readings.shapeFont`. `resize` takes sides of at least 0.01 px and, under
 * `readings.fontsGuardNodes`, the text's font loaded.
 */
export class FakeShapeWithText
  extends FakeFilledNode<ShapeWithTextState>
  implements PortShapeWithText
{
  readonly nodeType = 'SHAPE_WITH_TEXT'
  private readonly textSublayer: FakeTextSublayer

  constructor(board: BoardState) {
    super(board, {
      ...newNodeState(board.newId(), ''),
      text: { characters: '', fontName: board.readings.shapeFont, fontSize: 16 },
      shapeType: 'SQUARE',
      fills: checkedPaints([solidPaint('#E6E6E6')]),
      width: 208,
      height: 208,
    })
    this.textSublayer = new FakeTextSublayer(this, this.state.text)
  }

  asSceneNode(): this {
    return this
  }

  size(): { width: number; height: number } {
    return { width: this.state.width, height: this.state.height }
  }

  get type(): 'SHAPE_WITH_TEXT' {
    this.read('type')
    return 'SHAPE_WITH_TEXT'
  }

  get text(): FakeTextSublayer {
    this.read('text')
    return this.textSublayer
  }

  get shapeType(): ShapeType {
    this.read('shapeType')
    return this.state.shapeType
  }

  /** @throws Error for a value that is no shape type. */
  set shapeType(value: ShapeType) {
    this.write('shapeType')
    if (!SHAPE_TYPES.includes(value)) {
      throw new Error(`in set_shapeType: Invalid shape type "${value}"`)
    }
    this.state.shapeType = value
  }

  /** @throws Error for a side below 0.01 px. */
  resize(width: number, height: number): void {
    this.call('resize')
    guardTextFonts(this.board, 'resize', this)
    resizeBox('resize', this.state, width, height)
  }
}
