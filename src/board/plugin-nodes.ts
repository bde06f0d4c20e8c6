import type { FigJamPort, PortSection, PortShapeWithText, PortText } from './figjam-port'
import type { TrackNode } from './node-rollback'
import { solidFill } from './paint-color'
import { type NodeRole, PLUGIN_DATA_KEYS } from './plugin-data'

/** Plugin data of one of the plugin's own nodes; absent ids are not written. */
export interface PluginMark {
  role: NodeRole
  templateId?: string
  areaId?: string
}

/** Writes the plugin's role (and template and area ids) into a node's plugin data. */
export function markNode(node: Pick<PortSection, 'setPluginData'>, mark: PluginMark): void {
  node.setPluginData(PLUGIN_DATA_KEYS.role, mark.role)
  if (mark.templateId !== undefined) {
    node.setPluginData(PLUGIN_DATA_KEYS.templateId, mark.templateId)
  }
  if (mark.areaId !== undefined) {
    node.setPluginData(PLUGIN_DATA_KEYS.areaId, mark.areaId)
  }
}

/** A text the plugin writes on the board; x/y in px relative to `parent`. */
export interface TextSpec {
  characters: string
  font: FontName
  fontSize: number
  x: number
  y: number
  /** Fixed width, px, the text wrapping to it and growing in height; omitted: one line. */
  width?: number
}

/**
 * Creates a text node inside `parent` (appended first, then positioned). The font must be
 * loaded; `fontName` is set before `characters`.
 */
export function createTextIn(
  figma: Pick<FigJamPort, 'createText'>,
  track: TrackNode,
  parent: PortSection,
  spec: TextSpec,
  mark: PluginMark,
): PortText {
  const text = track(figma.createText())
  parent.appendChild(text)
  text.fontName = spec.font
  text.fontSize = spec.fontSize
  text.characters = spec.characters
  if (spec.width !== undefined) {
    text.resize(spec.width, text.height)
    text.textAutoResize = 'HEIGHT'
  }
  text.x = spec.x
  text.y = spec.y
  markNode(text, mark)
  return text
}

/** A labelled shape the plugin draws (the fit marker, flags); px relative to `parent`. */
export interface LabelShapeSpec {
  text: string
  font: FontName
  /** Text size, px. */
  fontSize: number
  shapeType: PortShapeWithText['shapeType']
  /** `#RRGGBB`. */
  fill: string
  x: number
  y: number
  width: number
  height: number
}

/**
 * Creates a shape with text inside `parent` (appended first, then sized and positioned). The
 * font must be loaded; `fontName` is set before `characters`.
 */
export function createLabelShapeIn(
  figma: Pick<FigJamPort, 'createShapeWithText'>,
  track: TrackNode,
  parent: PortSection,
  spec: LabelShapeSpec,
  mark: PluginMark,
): PortShapeWithText {
  const shape = track(figma.createShapeWithText())
  parent.appendChild(shape)
  shape.shapeType = spec.shapeType
  shape.fills = [solidFill(spec.fill)]
  shape.resize(spec.width, spec.height)
  shape.text.fontName = spec.font
  shape.text.fontSize = spec.fontSize
  shape.text.characters = spec.text
  shape.x = spec.x
  shape.y = spec.y
  markNode(shape, mark)
  return shape
}
