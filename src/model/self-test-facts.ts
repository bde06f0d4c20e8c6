import type { MessageKey } from '../locale/catalogues'

const DOCS = 'https://developers.figma.com/docs/plugins/api/'

/**
 * Every platform fact the plugin relies on, in the order the self-test checks them
 * (`self-test-probes.ts`): the fact (a message of the `selfTest` part), how to word what its probe
 * saw (`seen`, filled with the probe's values), and the Figma doc page it comes from. Kept apart
 * from the probes so the wording goes to the panel only, not into the main thread's bundle.
 */
export const SELF_TEST_FACTS = {
  'sticky-font': {
    fact: 'selfTest.stickyFont',
    seen: 'selfTest.fontSeen',
    doc: `${DOCS}StickyNode`,
  },
  'text-font': {
    fact: 'selfTest.textFont',
    seen: 'selfTest.fontSeen',
    doc: `${DOCS}TextNode`,
  },
  'shape-font': {
    fact: 'selfTest.shapeFont',
    seen: 'selfTest.fontSeen',
    doc: `${DOCS}ShapeWithTextNode`,
  },
  'sticky-height': {
    fact: 'selfTest.stickyHeight',
    seen: 'selfTest.stickyHeightSeen',
    doc: `${DOCS}StickyNode`,
  },
  'connector-ends': {
    fact: 'selfTest.connectorEnds',
    seen: 'selfTest.connectorEndsSeen',
    doc: `${DOCS}ConnectorEndpoint`,
  },
  'section-nesting': {
    fact: 'selfTest.sectionNesting',
    seen: 'selfTest.sectionNestingSeen',
    doc: `${DOCS}SectionNode`,
  },
  'find-all-reach': {
    fact: 'selfTest.findAllReach',
    seen: 'selfTest.findAllReachSeen',
    doc: `${DOCS}properties/nodes-findallwithcriteria`,
  },
  'removed-node': {
    fact: 'selfTest.removedNode',
    seen: 'selfTest.removedNodeSeen',
    doc: `${DOCS}properties/figma-getnodebyidasync`,
  },
  'plugin-data': {
    fact: 'selfTest.pluginData',
    seen: 'selfTest.pluginDataSeen',
    doc: `${DOCS}node-properties`,
  },
  'plugin-data-limit': {
    fact: 'selfTest.pluginDataLimit',
    seen: 'selfTest.pluginDataLimitSeen',
    doc: `${DOCS}node-properties`,
  },
  'relaunch-data': {
    fact: 'selfTest.relaunchData',
    seen: 'selfTest.relaunchDataSeen',
    doc: `${DOCS}properties/nodes-setrelaunchdata`,
  },
  'zoom-limits': {
    fact: 'selfTest.zoomLimits',
    seen: 'selfTest.zoomLimitsSeen',
    doc: `${DOCS}figma-viewport`,
  },
} as const satisfies Record<string, { fact: MessageKey; seen: MessageKey; doc: string }>

/** The id of one fact. */
export type SelfTestFactId = keyof typeof SELF_TEST_FACTS
