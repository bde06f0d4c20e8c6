import { unionOfRects } from '../../src/board/viewport-focus'
import type { FakeConnector } from './fake-connector'
import type { FakeFigJam } from './fake-figjam'
import type { FakeFrame } from './fake-frame'
import type { FakeGroup } from './fake-group'
import type { FakeOtherNode } from './fake-other-node'
import type { FakeSceneNode } from './fake-scene-node'
import type { FakeSection } from './fake-section'
import type { FakeShapeWithText } from './fake-shape-with-text'
import { type FakeSticky, STICKY_GEOMETRY, stickyTextLayout } from './fake-sticky'
import { type FakeText, textNodeLines } from './fake-text'
import { firstSolidHex } from './paints'
import { lineHeight, textWidth, wrapLines } from './text-layout'

export interface RenderBoardSvgOptions {
  /** Space around the drawing, px of the board. Default 64. */
  margin?: number
  /** Width of the picture in px; the height follows. Default: the board's width, 1:1. */
  width?: number
  /** Accessible title of the picture. Default "FigJam board". */
  title?: string
}

const FONT_FAMILY = "Inter, 'Helvetica Neue', Arial, sans-serif"
const INK = '#1E1E1E'
const MUTED = '#6B6B6B'
const CONNECTOR_INK = '#545454'
const BOARD_BACKGROUND = '#F4F4F4'
const SECTION_BORDER = '#C8C8C8'
const EMPTY_BOARD = { x: 0, y: 0, width: 480, height: 160 }

/**
 * A picture of the whole page as SVG text, read without counting host calls: sections (fill,
 * rounded corners, name label above), nested sections, groups as faint dashed outlines just
 * outside their children, text nodes, shapes, other nodes as dashed boxes, stickies (fill,
 * wrapped text, author at the bottom, one `<g class="sticky">` each) and connectors as arrows
 * between their ends' edges; a connector whose end node was removed is dashed and ends in a
 * cross where that node was. The viewBox fits every node plus `margin`. All text is
 * XML-escaped, characters XML forbids are dropped.
 */
export function renderBoardSvg(fake: FakeFigJam, options: RenderBoardSvgOptions = {}): string {
  const margin = options.margin ?? 64
  const nodes = fake.allNodes()
  const drawn = nodes.filter((node) => node.nodeType !== 'CONNECTOR').map(drawNode)
  const connectors = nodes
    .filter((node): node is FakeConnector => node.nodeType === 'CONNECTOR')
    .map(drawConnector)
  const bounds = boardBounds(nodes)
  const viewBox = {
    x: bounds.x - margin,
    y: bounds.y - margin,
    width: bounds.width + 2 * margin,
    height: bounds.height + 2 * margin,
  }
  const width = options.width ?? viewBox.width
  const height = (width / viewBox.width) * viewBox.height
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${[viewBox.x, viewBox.y, viewBox.width, viewBox.height].map(num).join(' ')}" width="${num(width)}" height="${num(height)}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(options.title ?? 'FigJam board')}</title>`,
    `<rect class="board" x="${num(viewBox.x)}" y="${num(viewBox.y)}" width="${num(viewBox.width)}" height="${num(viewBox.height)}" fill="${BOARD_BACKGROUND}"/>`,
    ...(nodes.length === 0 ? [emptyBoardNote()] : []),
    ...drawn,
    ...connectors,
    '</svg>',
    '',
  ].join('\n')
}

/**
 * `text` safe inside XML text and attribute values: `& < > " '` escaped, and control
 * characters and lone surrogates (which XML 1.0 forbids) dropped.
 */
export function escapeXml(text: string): string {
  let allowed = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    const inXml =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000
    if (inXml) allowed += char
  }
  return allowed
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function drawNode(node: Exclude<FakeSceneNode, FakeConnector>): string {
  switch (node.nodeType) {
    case 'SECTION':
      return drawSection(node)
    case 'STICKY':
      return drawSticky(node)
    case 'TEXT':
      return drawText(node)
    case 'SHAPE_WITH_TEXT':
      return drawShape(node)
    case 'GROUP':
      return drawGroup(node)
    default:
      return drawOther(node)
  }
}

function sectionLabelSize(section: FakeSection): number {
  return Math.min(28, Math.max(14, Math.round(section.state.width / 40)))
}

function drawSection(section: FakeSection): string {
  const box = section.absoluteBox()
  const fill = firstSolidHex(section.state.fills) ?? '#FFFFFF'
  const fontSize = sectionLabelSize(section)
  const pillHeight = Math.round(fontSize * 1.7)
  const pillWidth = textWidth(section.state.name, fontSize) + fontSize
  const pillY = box.y - pillHeight - 6
  return [
    `<g class="section" data-id="${escapeXml(section.state.id)}">`,
    rect(box, `rx="12" fill="${fill}" stroke="${SECTION_BORDER}" stroke-width="2"`),
    rect(
      { x: box.x, y: pillY, width: pillWidth, height: pillHeight },
      `rx="${num(pillHeight / 2)}" fill="${fill}" stroke="${SECTION_BORDER}" stroke-width="1.5"`,
    ),
    textLines(
      [section.state.name],
      box.x + fontSize / 2,
      pillY + (pillHeight + fontSize * 0.7) / 2,
      fontSize,
      `font-weight="600" fill="${INK}"`,
    ),
    '</g>',
  ].join('\n')
}

function drawSticky(sticky: FakeSticky): string {
  const box = sticky.absoluteBox()
  const { padding } = STICKY_GEOMETRY
  const { fontSize, lines } = stickyTextLayout(sticky.state)
  const fill = firstSolidHex(sticky.state.fills) ?? '#FFFFFF'
  const author = sticky.state.authorVisible
    ? textLines(
        [sticky.state.authorName],
        box.x + padding,
        box.y + box.height - padding / 2 - 2,
        12,
        `fill="${MUTED}"`,
      )
    : ''
  return [
    `<g class="sticky" data-id="${escapeXml(sticky.state.id)}">`,
    rect({ ...box, x: box.x + 2, y: box.y + 4 }, 'rx="4" fill="rgba(0, 0, 0, 0.12)"'),
    rect(box, `rx="4" fill="${fill}"`),
    textLines(
      lines,
      box.x + padding,
      box.y + padding + fontSize,
      fontSize,
      `font-weight="500" fill="${INK}"`,
    ),
    author,
    '</g>',
  ].join('\n')
}

function drawText(text: FakeText): string {
  const box = text.absoluteBox()
  const { fontSize, fontName } = text.state
  const weight = { Bold: 700, 'Semi Bold': 600, Medium: 500 }[fontName.style] ?? 400
  return [
    `<g class="text" data-id="${escapeXml(text.state.id)}">`,
    textLines(
      textNodeLines(text.state),
      box.x,
      box.y + fontSize,
      fontSize,
      `font-weight="${weight}" fill="${firstSolidHex(text.state.fills) ?? INK}"`,
    ),
    '</g>',
  ].join('\n')
}

function drawShape(shape: FakeShapeWithText): string {
  const box = shape.absoluteBox()
  const fill = firstSolidHex(shape.state.fills) ?? '#FFFFFF'
  const paint = `fill="${fill}" stroke="${SECTION_BORDER}" stroke-width="2"`
  const { fontSize } = shape.state.text
  const lines = wrapLines(shape.state.text.characters, box.width - 24, fontSize)
  const top = box.y + (box.height - lines.length * lineHeight(fontSize)) / 2 + fontSize
  return [
    `<g class="shape" data-id="${escapeXml(shape.state.id)}">`,
    shapeOutline(shape.state.shapeType, box, paint),
    ...lines.map((line, index) =>
      textLines(
        [line],
        box.x + box.width / 2,
        top + index * lineHeight(fontSize),
        fontSize,
        `text-anchor="middle" font-weight="500" fill="${INK}"`,
      ),
    ),
    '</g>',
  ].join('\n')
}

function shapeOutline(shapeType: ShapeWithTextNode['shapeType'], box: Rect, paint: string): string {
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  switch (shapeType) {
    case 'ELLIPSE':
      return `<ellipse cx="${num(cx)}" cy="${num(cy)}" rx="${num(box.width / 2)}" ry="${num(box.height / 2)}" ${paint}/>`
    case 'DIAMOND': {
      const points = [
        [cx, box.y],
        [box.x + box.width, cy],
        [cx, box.y + box.height],
        [box.x, cy],
      ]
      return `<polygon points="${points.map((point) => point.map(num).join(',')).join(' ')}" ${paint}/>`
    }
    case 'SQUARE':
      return rect(box, paint)
    case 'ROUNDED_RECTANGLE':
      return rect(box, `rx="${num(Math.min(box.width, box.height) / 6)}" ${paint}`)
    default:
      return rect(box, `rx="4" ${paint}`)
  }
}

function drawGroup(group: FakeGroup): string {
  return [
    `<g class="group" data-id="${escapeXml(group.state.id)}">`,
    rect(
      groupOutline(group),
      `rx="6" fill="none" stroke="${MUTED}" stroke-opacity="0.5" stroke-width="1.5" stroke-dasharray="6 6"`,
    ),
    '</g>',
  ].join('\n')
}

/** A group's bounds with room around them, so the outline shows past its children's edges. */
function groupOutline(group: FakeGroup): Rect {
  const box = group.absoluteBox()
  const pad = 8
  return {
    x: box.x - pad,
    y: box.y - pad,
    width: box.width + 2 * pad,
    height: box.height + 2 * pad,
  }
}

function drawOther(node: FakeOtherNode | FakeFrame): string {
  const box = node.absoluteBox()
  return [
    `<g class="other" data-id="${escapeXml(node.state.id)}">`,
    rect(box, `fill="none" stroke="${MUTED}" stroke-width="2" stroke-dasharray="8 6"`),
    textLines([node.nodeType], box.x + 8, box.y + 20, 12, `fill="${MUTED}"`),
    '</g>',
  ].join('\n')
}

function drawConnector(connector: FakeConnector): string {
  const ends = [connector.state.start, connector.state.end].map((endpoint) => ({
    endpoint,
    node: connector.endpointNode(endpoint),
    point: connector.endpointPoint(endpoint),
  }))
  const [start, end] = ends
  if (start === undefined || end === undefined) return ''
  const dangling = ends.filter((end) => end.node?.state.removed === true)
  const attachAt = (from: typeof start, towards: Vector): Vector =>
    from.node === undefined ||
    from.node.state.removed ||
    !('magnet' in from.endpoint) ||
    !['AUTO', 'CENTER', 'NONE'].includes(from.endpoint.magnet)
      ? from.point
      : boxEdgePoint(from.node.absoluteBox(), towards)
  const a = attachAt(start, end.point)
  const b = attachAt(end, start.point)
  const dash = dangling.length > 0 ? ' stroke-dasharray="10 8"' : ''
  return [
    `<g class="connector${dangling.length > 0 ? ' dangling' : ''}" data-id="${escapeXml(connector.state.id)}">`,
    `<line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke="${CONNECTOR_INK}" stroke-width="3" stroke-linecap="round"${dash}/>`,
    arrowHead(a, b),
    ...dangling.map((end) => cross(end.point)),
    '</g>',
  ].join('\n')
}

/** Where the line from the box's centre towards `towards` leaves the box. */
function boxEdgePoint(box: Rect, towards: Vector): Vector {
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  const dx = towards.x - centre.x
  const dy = towards.y - centre.y
  if (dx === 0 && dy === 0) return centre
  const scale = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  )
  return { x: centre.x + dx * Math.min(1, scale), y: centre.y + dy * Math.min(1, scale) }
}

function arrowHead(from: Vector, to: Vector): string {
  const length = Math.hypot(to.x - from.x, to.y - from.y)
  if (length === 0) return ''
  const ux = (to.x - from.x) / length
  const uy = (to.y - from.y) / length
  const size = 14
  const points = [
    [to.x, to.y],
    [to.x - ux * size - uy * size * 0.55, to.y - uy * size + ux * size * 0.55],
    [to.x - ux * size + uy * size * 0.55, to.y - uy * size - ux * size * 0.55],
  ]
  return `<polygon points="${points.map((point) => point.map(num).join(',')).join(' ')}" fill="${CONNECTOR_INK}"/>`
}

function cross(at: Vector): string {
  const d = 9
  return `<path d="M${num(at.x - d)} ${num(at.y - d)}L${num(at.x + d)} ${num(at.y + d)}M${num(at.x - d)} ${num(at.y + d)}L${num(at.x + d)} ${num(at.y - d)}" stroke="#D92D20" stroke-width="3" stroke-linecap="round"/>`
}

function emptyBoardNote(): string {
  return textLines(['Empty board'], 24, 88, 24, `fill="${MUTED}"`)
}

function boardBounds(nodes: readonly FakeSceneNode[]): Rect {
  const boxes = nodes.map((node) => {
    if (node.nodeType === 'GROUP') return groupOutline(node)
    const box = node.absoluteBox()
    if (node.nodeType !== 'SECTION') return box
    const label = sectionLabelSize(node) * 1.7 + 6
    const labelWidth = textWidth(node.state.name, sectionLabelSize(node)) + sectionLabelSize(node)
    return {
      x: box.x,
      y: box.y - label,
      width: Math.max(box.width, labelWidth),
      height: box.height + label,
    }
  })
  return unionOfRects(boxes) ?? EMPTY_BOARD
}

function rect(box: Rect, attributes: string): string {
  return `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" ${attributes}/>`
}

function textLines(
  lines: readonly string[],
  x: number,
  firstBaseline: number,
  fontSize: number,
  attributes: string,
): string {
  const spans = lines
    .map(
      (line, index) =>
        `<tspan x="${num(x)}" y="${num(firstBaseline + index * lineHeight(fontSize))}">${escapeXml(line)}</tspan>`,
    )
    .join('')
  return `<text font-size="${num(fontSize)}" ${attributes}>${spans}</text>`
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100)
}
