import type { FigJamPort, PortSection, PortShapeWithText, PortText } from './figjam-port'
import type { LoadedFont } from './loaded-font'
import type { TrackNode } from './node-rollback'
import { solidFill } from './paint-color'
import { type NodeRole, PLUGIN_DATA_KEYS, writeMarker } from './plugin-data'
import { setFont, writeLayerText, writeTextNode } from './text-writes'

/** Plugin data of one of the plugin's own nodes; absent ids are not written. */
export interface PluginMark {
  role: NodeRole
  templateId?: string
  areaId?: string
}

/** Writes the plugin's role (and template and area ids) into a node's shared plugin data. */
export function markNode(node: Pick<PortSection, 'setSharedPluginData'>, mark: PluginMark): void {
  writeMarker(node, PLUGIN_DATA_KEYS.role, mark.role)
  if (mark.templateId !== undefined) {
    writeMarker(node, PLUGIN_DATA_KEYS.templateId, mark.templateId)
  }
  if (mark.areaId !== undefined) {
    writeMarker(node, PLUGIN_DATA_KEYS.areaId, mark.areaId)
  }
}

/** A text the plugin writes on the board; x/y in px relative to `parent`. */
export interface TextSpec {
  characters: string
  font: LoadedFont
  fontSize: number
  x: number
  y: number
  /** Fixed width, px, the text wrapping to it and growing in height; omitted: one line. */
  width?: number
}

/**
 * Creates a text node inside `parent`: its font set first (whatever font FigJam gives a new
 * text node, it may not be loaded, and Figma needs loaded fonts to append or resize a node
 * holding text), then appended, written and positioned.
 */
export function createTextIn(
  figma: Pick<FigJamPort, 'createText'>,
  track: TrackNode,
  parent: PortSection,
  spec: TextSpec,
  mark: PluginMark,
): PortText {
  const text = track(figma.createText())
  setFont(text, spec.font)
  parent.appendChild(text)
  writeTextNode(text, spec.font, spec)
  text.x = spec.x
  text.y = spec.y
  markNode(text, mark)
  return text
}

/** A labelled shape the plugin draws (the fit marker, flags); px relative to `parent`. */
export interface LabelShapeSpec {
  text: string
  font: LoadedFont
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
 * Creates a shape with text inside `parent`: its text's font set first (see `createTextIn`),
 * then appended, sized, written and positioned.
 */
export function createLabelShapeIn(
  figma: Pick<FigJamPort, 'createShapeWithText'>,
  track: TrackNode,
  parent: PortSection,
  spec: LabelShapeSpec,
  mark: PluginMark,
): PortShapeWithText {
  const shape = track(figma.createShapeWithText())
  const layer = shape.text
  setFont(layer, spec.font)
  parent.appendChild(shape)
  shape.shapeType = spec.shapeType
  shape.fills = [solidFill(spec.fill)]
  shape.resize(spec.width, spec.height)
  writeLayerText(layer, spec.font, spec.text, spec.fontSize)
  shape.x = spec.x
  shape.y = spec.y
  markNode(shape, mark)
  return shape
}
