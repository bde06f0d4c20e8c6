import { INTER_MEDIUM, INTER_REGULAR } from './text-content'

/**
 * Where Figma's plugin docs leave room, which reading the in-memory FigJam takes. The default,
 * `STRICTEST_READINGS`, is the reading that breaks the most code; `FAKE_PROFILES` lists the
 * other plausible ones the adapter's suites also run under.
 */
export interface FakeReadings {
  /**
   * `appendChild` and `resize` throw for a node holding text (sticky, shape with text, text)
   * whose font is not loaded, not only writes of `characters`, `fontSize` and `fontName`.
   * https://developers.figma.com/docs/plugins/working-with-text ("Loading fonts") and
   * https://developers.figma.com/docs/plugins/api/properties/figma-loadfontasync
   */
  fontsGuardNodes: boolean
  /**
   * Font of a new sticky's text (`createSticky().text.fontName`); the docs do not promise one.
   * https://developers.figma.com/docs/plugins/api/StickyNode ("await
   * figma.loadFontAsync(sticky.text.fontName)")
   */
  stickyFont: FontName
  /** Font of `createText()`. https://developers.figma.com/docs/plugins/api/TextNode */
  textFont: FontName
  /**
   * Font of `createShapeWithText().text`.
   * https://developers.figma.com/docs/plugins/api/ShapeWithTextNode
   */
  shapeFont: FontName
  /**
   * `figma.command`: undefined when the manifest has no menu item, `''` on a plain launch (the
   * typings say `string`). https://developers.figma.com/docs/plugins/api/figma#command
   */
  command: string | undefined
  /**
   * How the 100 kB limit of one plugin-data entry (plugin id or namespace, key and value) is
   * counted: UTF-8 bytes over 100,000, or UTF-16 characters over 102,400.
   * https://developers.figma.com/docs/plugins/api/node-properties (setPluginData,
   * setSharedPluginData: "Total entry size cannot exceed 100 kB")
   */
  pluginDataLimit: 'utf8-100000' | 'utf16-102400'
  /**
   * Whether a connector may end on a section (FigJam's UI lets people do it; the docs name no
   * node types). https://developers.figma.com/docs/plugins/api/ConnectorEndpoint
   */
  connectorsAttachToSections: boolean
  /**
   * What `position` of an endpoint attached to a node means: a fraction (0–1) of the node's
   * width and height, or px from its top-left ("position relative to the attached node").
   * https://developers.figma.com/docs/plugins/api/ConnectorEndpoint
   */
  endpointPosition: 'fraction' | 'px'
  /**
   * `connectorLineType` of `createConnector()`. Straight connectors accept only `CENTER` and
   * `NONE` magnets, elbowed ones every magnet but `CENTER`.
   * https://developers.figma.com/docs/plugins/api/ConnectorEndpoint and
   * https://developers.figma.com/docs/plugins/api/ConnectorNode
   */
  newConnectorLineType: 'STRAIGHT' | 'ELBOWED'
  /**
   * Whether `figma.timer` exists. It is FigJam's only, and the typings make it optional, so
   * code must cope without it. https://developers.figma.com/docs/plugins/api/figma-timer
   */
  timerAvailable: boolean
}

/** The strictest reading of each rule; what `createFakeFigJam()` does unless told otherwise. */
export const STRICTEST_READINGS: FakeReadings = Object.freeze({
  fontsGuardNodes: true,
  stickyFont: INTER_MEDIUM,
  textFont: INTER_REGULAR,
  shapeFont: INTER_MEDIUM,
  command: undefined,
  pluginDataLimit: 'utf8-100000',
  connectorsAttachToSections: false,
  endpointPosition: 'fraction',
  newConnectorLineType: 'STRAIGHT',
  timerAvailable: false,
})

/** A font that is not Inter, for stickies and shapes in the profiles below. */
export const FIGMA_HAND: FontName = Object.freeze({ family: 'Figma Hand', style: 'Regular' })
/** A font that is not Inter, for text nodes in the profiles below. */
export const ROBOTO_REGULAR: FontName = Object.freeze({ family: 'Roboto', style: 'Regular' })

/** A named set of readings the adapter's suites run under (`describe.each`). */
export interface FakeProfile {
  readonly name: string
  readonly readings: FakeReadings
}

/** Every profile the adapter's suites run under: the strictest first, then the others. */
export const FAKE_PROFILES: readonly FakeProfile[] = [
  { name: 'strictest readings', readings: STRICTEST_READINGS },
  {
    name: 'fonts other than Inter, connectors to sections, px endpoints',
    readings: {
      ...STRICTEST_READINGS,
      stickyFont: FIGMA_HAND,
      textFont: ROBOTO_REGULAR,
      shapeFont: FIGMA_HAND,
      command: '',
      connectorsAttachToSections: true,
      endpointPosition: 'px',
      timerAvailable: true,
    },
  },
  {
    name: 'lenient readings',
    readings: {
      fontsGuardNodes: false,
      stickyFont: INTER_MEDIUM,
      textFont: INTER_REGULAR,
      shapeFont: INTER_MEDIUM,
      command: '',
      pluginDataLimit: 'utf16-102400',
      connectorsAttachToSections: true,
      endpointPosition: 'px',
      newConnectorLineType: 'ELBOWED',
      timerAvailable: true,
    },
  },
]

/** Size of one plugin-data entry as `limit` counts it, and the most it may be. */
export function pluginDataEntrySize(
  limit: FakeReadings['pluginDataLimit'],
  parts: readonly string[],
): { size: number; max: number } {
  const text = parts.join('')
  return limit === 'utf8-100000'
    ? { size: new TextEncoder().encode(text).length, max: 100_000 }
    : { size: text.length, max: 102_400 }
}
