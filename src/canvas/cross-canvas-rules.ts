/**
 * A check that reads across canvases on the same board: when `when` holds notes, every area in
 * `expects` should hold notes too. Written as data, each with the reason a facilitator is shown
 * and the method document it comes from.
 */
export interface CrossCanvasRule {
  id: string
  when: { templateId: string; areaId: string }
  expects: { templateId: string; areaIds: readonly string[] }
  /** Why the expected areas matter, in a facilitator's words. */
  reason: string
  /** The APIOps Cycles method document the rule rests on. */
  source: string
}

const GOALS = 'api-business-goals'
const PRODUCT = 'api-as-a-product'
const API_CANVAS = 'api-canvas'
const AVP = 'api-value-proposition-canvas'
const BUSINESS_VALUE = 'business-value-of-apis.md'
const AS_A_PRODUCT = 'apis-as-a-product.md'

/** Business goals held against the API Canvas, and product principles against their counterparts. */
export const crossCanvasRules: readonly CrossCanvasRule[] = [
  {
    id: 'revenue-goal-needs-revenue-streams',
    when: { templateId: GOALS, areaId: 'increasingRevenue' },
    expects: { templateId: API_CANVAS, areaIds: ['revenueStreams'] },
    reason: 'A revenue goal needs a way to earn: say how the API makes money.',
    source: BUSINESS_VALUE,
  },
  {
    id: 'reach-goal-needs-channels-and-segments',
    when: { templateId: GOALS, areaId: 'customerReach' },
    expects: { templateId: API_CANVAS, areaIds: ['channels', 'consumerSegments'] },
    reason: 'Reaching new customers needs to know who they are and how the API gets to them.',
    source: BUSINESS_VALUE,
  },
  {
    id: 'sales-goal-needs-channels-and-relationships',
    when: { templateId: GOALS, areaId: 'salesAndMarketing' },
    expects: { templateId: API_CANVAS, areaIds: ['channels', 'relationships'] },
    reason: 'Supporting sales and marketing needs channels and relationships with developers.',
    source: BUSINESS_VALUE,
  },
  {
    id: 'integration-goal-needs-resources-and-partners',
    when: { templateId: GOALS, areaId: 'integration' },
    expects: { templateId: API_CANVAS, areaIds: ['keyResources', 'keyPartners'] },
    reason: 'Integrating backends needs the systems, data and partners it connects.',
    source: BUSINESS_VALUE,
  },
  {
    id: 'innovation-goal-needs-key-activities',
    when: { templateId: GOALS, areaId: 'innovation' },
    expects: { templateId: API_CANVAS, areaIds: ['keyActivities'] },
    reason: 'Innovation needs someone doing the work: name the key activities.',
    source: BUSINESS_VALUE,
  },
  {
    id: 'use-cases-principle-needs-tasks',
    when: { templateId: PRODUCT, areaId: 'useCases' },
    expects: { templateId: AVP, areaIds: ['tasks'] },
    reason: "Use cases rest on the consumer's tasks: write them in the value proposition canvas.",
    source: AS_A_PRODUCT,
  },
  {
    id: 'feedback-principle-needs-relationships',
    when: { templateId: PRODUCT, areaId: 'feedbackLoops' },
    expects: { templateId: API_CANVAS, areaIds: ['relationships'] },
    reason: 'Feedback loops run through the relationships you keep with developers.',
    source: AS_A_PRODUCT,
  },
  {
    id: 'revenue-principle-needs-revenue-streams',
    when: { templateId: PRODUCT, areaId: 'revenue' },
    expects: { templateId: API_CANVAS, areaIds: ['revenueStreams'] },
    reason: 'A revenue strategy needs revenue streams on the API Canvas.',
    source: AS_A_PRODUCT,
  },
  {
    id: 'consumer-centred-principle-needs-segments',
    when: { templateId: PRODUCT, areaId: 'consumerCentred' },
    expects: { templateId: API_CANVAS, areaIds: ['consumerSegments'] },
    reason: 'Being consumer-centred starts with knowing the consumer segments.',
    source: AS_A_PRODUCT,
  },
]

/** Templates where at least one area must hold notes, e.g. a goals canvas with no goal chosen. */
export const chooseAtLeastOne: readonly { templateId: string; reason: string; source: string }[] = [
  {
    templateId: GOALS,
    reason: 'No business goal is chosen yet: write how the API serves at least one goal.',
    source: BUSINESS_VALUE,
  },
]
