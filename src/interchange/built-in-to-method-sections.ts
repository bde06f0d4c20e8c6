/** Where the notes of one area of a built-in canvas go in today's APIOps Cycles method. */
export interface BuiltInSectionMapping {
  /** Template id of the built-in canvas, e.g. `api-canvas`. */
  readonly builtInTemplateId: string
  readonly builtInAreaId: string
  /** Canvas id in the method data (`canvasData.json`). */
  readonly methodCanvasId: string
  readonly methodSectionId: string
}

const AVP = 'api-value-proposition-canvas'
const API_CANVAS = 'api-canvas'
const METHOD_AVP = 'apiValuePropositionCanvas'
const JOURNEY = 'customerJourneyCanvas'
const BUSINESS_MODEL = 'apiBusinessModelCanvas'

const maps = (
  builtInTemplateId: string,
  builtInAreaId: string,
  methodCanvasId: string,
  methodSectionId: string,
): BuiltInSectionMapping => ({ builtInTemplateId, builtInAreaId, methodCanvasId, methodSectionId })

/**
 * The built-in canvases in today's APIOps Cycles method, for Canvas Creator export. The method has
 * moved the consumer's pains and gains out of the API Value Proposition Canvas into the Customer
 * Journey Canvas, so one built-in value proposition canvas becomes two Canvas Creator files; the
 * built-in API Canvas is today's API Business Model Canvas.
 *
 * | Built-in canvas | Built-in area | Method canvas | Method section |
 * |---|---|---|---|
 * | API Value Proposition Canvas | A Tasks | apiValuePropositionCanvas | tasks |
 * | | D Gain creators | apiValuePropositionCanvas | gainEnablingFeatures |
 * | | E Pain relievers | apiValuePropositionCanvas | painRelievingFeatures |
 * | | F API products and services | apiValuePropositionCanvas | apiProducts |
 * | | B Gains | customerJourneyCanvas | gains |
 * | | C Pains | customerJourneyCanvas | pains |
 * | API Canvas | Name of the API | apiBusinessModelCanvas | apiValueProposition (first: the method starts it with a sticky naming the API) |
 * | | 1 API value proposition | apiBusinessModelCanvas | apiValueProposition |
 * | | 2 API consumer segments | apiBusinessModelCanvas | apiConsumerSegments |
 * | | 3 Relationships | apiBusinessModelCanvas | developerRelations |
 * | | 4 Channels | apiBusinessModelCanvas | channels |
 * | | 5 Revenue streams | apiBusinessModelCanvas | benefits |
 * | | 6 Key activities | apiBusinessModelCanvas | keyActivities |
 * | | 7 Key resources | apiBusinessModelCanvas | keyResources |
 * | | 8 Key partners | apiBusinessModelCanvas | keyPartners |
 * | | 9 Cost structure | apiBusinessModelCanvas | costs |
 *
 * Where two built-in areas share a method section, their notes follow each other in this table's
 * order, and each area's notes keep their places in its own horizontal band of the section.
 */
export const builtInToMethodSections: readonly BuiltInSectionMapping[] = [
  maps(AVP, 'tasks', METHOD_AVP, 'tasks'),
  maps(AVP, 'gainCreators', METHOD_AVP, 'gainEnablingFeatures'),
  maps(AVP, 'painRelievers', METHOD_AVP, 'painRelievingFeatures'),
  maps(AVP, 'apiProducts', METHOD_AVP, 'apiProducts'),
  maps(AVP, 'gains', JOURNEY, 'gains'),
  maps(AVP, 'pains', JOURNEY, 'pains'),
  maps(API_CANVAS, 'apiName', BUSINESS_MODEL, 'apiValueProposition'),
  maps(API_CANVAS, 'valueProposition', BUSINESS_MODEL, 'apiValueProposition'),
  maps(API_CANVAS, 'consumerSegments', BUSINESS_MODEL, 'apiConsumerSegments'),
  maps(API_CANVAS, 'relationships', BUSINESS_MODEL, 'developerRelations'),
  maps(API_CANVAS, 'channels', BUSINESS_MODEL, 'channels'),
  maps(API_CANVAS, 'revenueStreams', BUSINESS_MODEL, 'benefits'),
  maps(API_CANVAS, 'keyActivities', BUSINESS_MODEL, 'keyActivities'),
  maps(API_CANVAS, 'keyResources', BUSINESS_MODEL, 'keyResources'),
  maps(API_CANVAS, 'keyPartners', BUSINESS_MODEL, 'keyPartners'),
  maps(API_CANVAS, 'costStructure', BUSINESS_MODEL, 'costs'),
]
