const DOCS = 'https://developers.figma.com/docs/plugins/api/'

/**
 * Every platform fact the plugin relies on, in the order the self-test checks them
 * (`self-test-probes.ts`), each with the Figma doc page it comes from. Kept apart from the probes
 * so the wording goes to the panel only, not into the main thread's bundle.
 */
export const SELF_TEST_FACTS = {
  'sticky-font': {
    fact: 'A new sticky’s text has one font, which the plugin can load before writing',
    doc: `${DOCS}StickyNode`,
  },
  'text-font': {
    fact: 'A new text node has one font, which the plugin can load before writing',
    doc: `${DOCS}TextNode`,
  },
  'shape-font': {
    fact: 'A new shape’s text has one font, which the plugin can load before writing',
    doc: `${DOCS}ShapeWithTextNode`,
  },
  'sticky-height': {
    fact: 'A sticky keeps its width and grows in height with its text',
    doc: `${DOCS}StickyNode`,
  },
  'connector-ends': {
    fact: 'An elbowed connector with AUTO magnets reads back attached to both stickies',
    doc: `${DOCS}ConnectorEndpoint`,
  },
  'section-nesting': {
    fact: 'Sections nest, and a child’s x/y are relative to its section',
    doc: `${DOCS}SectionNode`,
  },
  'find-all-reach': {
    fact: 'findAllWithCriteria on a section finds stickies in sections nested two deep',
    doc: `${DOCS}properties/nodes-findallwithcriteria`,
  },
  'removed-node': {
    fact: 'getNodeByIdAsync gives null for a node that was removed',
    doc: `${DOCS}properties/figma-getnodebyidasync`,
  },
  'plugin-data': {
    fact: 'Shared and private plugin data read back as written',
    doc: `${DOCS}node-properties`,
  },
  'plugin-data-limit': {
    fact: 'A plugin-data entry of 99 kB is kept, and one of 150 kB is refused',
    doc: `${DOCS}node-properties`,
  },
  'relaunch-data': {
    fact: 'A section’s relaunch buttons read back as set',
    doc: `${DOCS}properties/nodes-setrelaunchdata`,
  },
  'zoom-limits': {
    fact: 'The viewport takes the zoom levels the plugin uses, 2 % to 100 %',
    doc: `${DOCS}figma-viewport`,
  },
} as const satisfies Record<string, { fact: string; doc: string }>

/** The id of one fact. */
export type SelfTestFactId = keyof typeof SELF_TEST_FACTS
