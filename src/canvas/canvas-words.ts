import type { MessageKey } from '../locale/catalogues'

/** A message of the catalogue's `canvas` part. */
type CanvasMessageKey = Extract<MessageKey, `canvas.${string}`>

/**
 * Where the words of one of the plugin's own templates are in the `canvas` part: its title and
 * purpose, each part's title by part id, each area's title and prompt by area id, each marker's
 * text by marker id.
 */
export interface TemplateWords {
  title: CanvasMessageKey
  purpose: CanvasMessageKey
  parts: Readonly<Record<string, CanvasMessageKey>>
  areas: Readonly<Record<string, { title: CanvasMessageKey; prompt: CanvasMessageKey }>>
  markers: Readonly<Record<string, CanvasMessageKey>>
}

/**
 * The words of each of the plugin's own templates, by template id. English holds the words of
 * the definitions as written (test/canvas-words.test.ts); the other languages use the method
 * data's area titles where the method has the area (`localizedData.json`).
 */
export const CANVAS_WORDS: Readonly<Record<string, TemplateWords>> = {
  'api-business-goals': {
    title: 'canvas.goalsTitle',
    purpose: 'canvas.goalsPurpose',
    parts: {
      goals: 'canvas.goalsPartGoals',
    },
    areas: {
      increasingRevenue: {
        title: 'canvas.goalsIncreasingRevenueTitle',
        prompt: 'canvas.goalsIncreasingRevenuePrompt',
      },
      customerReach: {
        title: 'canvas.goalsCustomerReachTitle',
        prompt: 'canvas.goalsCustomerReachPrompt',
      },
      salesAndMarketing: {
        title: 'canvas.goalsSalesAndMarketingTitle',
        prompt: 'canvas.goalsSalesAndMarketingPrompt',
      },
      innovation: { title: 'canvas.goalsInnovationTitle', prompt: 'canvas.goalsInnovationPrompt' },
      integration: {
        title: 'canvas.goalsIntegrationTitle',
        prompt: 'canvas.goalsIntegrationPrompt',
      },
    },
    markers: {},
  },
  'api-value-proposition-canvas': {
    title: 'canvas.avpTitle',
    purpose: 'canvas.avpPurpose',
    parts: {
      provider: 'canvas.avpPartProvider',
      consumer: 'canvas.avpPartConsumer',
    },
    areas: {
      tasks: { title: 'canvas.avpTasksTitle', prompt: 'canvas.avpTasksPrompt' },
      gains: { title: 'canvas.avpGainsTitle', prompt: 'canvas.avpGainsPrompt' },
      pains: { title: 'canvas.avpPainsTitle', prompt: 'canvas.avpPainsPrompt' },
      gainCreators: {
        title: 'canvas.avpGainCreatorsTitle',
        prompt: 'canvas.avpGainCreatorsPrompt',
      },
      painRelievers: {
        title: 'canvas.avpPainRelieversTitle',
        prompt: 'canvas.avpPainRelieversPrompt',
      },
      apiProducts: { title: 'canvas.avpApiProductsTitle', prompt: 'canvas.avpApiProductsPrompt' },
    },
    markers: { fit: 'canvas.avpFitMarker' },
  },
  'api-canvas': {
    title: 'canvas.apiCanvasTitle',
    purpose: 'canvas.apiCanvasPurpose',
    parts: {
      valueProposition: 'canvas.apiCanvasPartValueProposition',
      consumers: 'canvas.apiCanvasPartConsumers',
      infrastructure: 'canvas.apiCanvasPartInfrastructure',
      finances: 'canvas.apiCanvasPartFinances',
    },
    areas: {
      valueProposition: {
        title: 'canvas.apiCanvasValuePropositionTitle',
        prompt: 'canvas.apiCanvasValuePropositionPrompt',
      },
      apiName: { title: 'canvas.apiCanvasApiNameTitle', prompt: 'canvas.apiCanvasApiNamePrompt' },
      consumerSegments: {
        title: 'canvas.apiCanvasConsumerSegmentsTitle',
        prompt: 'canvas.apiCanvasConsumerSegmentsPrompt',
      },
      relationships: {
        title: 'canvas.apiCanvasRelationshipsTitle',
        prompt: 'canvas.apiCanvasRelationshipsPrompt',
      },
      channels: {
        title: 'canvas.apiCanvasChannelsTitle',
        prompt: 'canvas.apiCanvasChannelsPrompt',
      },
      revenueStreams: {
        title: 'canvas.apiCanvasRevenueStreamsTitle',
        prompt: 'canvas.apiCanvasRevenueStreamsPrompt',
      },
      keyActivities: {
        title: 'canvas.apiCanvasKeyActivitiesTitle',
        prompt: 'canvas.apiCanvasKeyActivitiesPrompt',
      },
      keyResources: {
        title: 'canvas.apiCanvasKeyResourcesTitle',
        prompt: 'canvas.apiCanvasKeyResourcesPrompt',
      },
      keyPartners: {
        title: 'canvas.apiCanvasKeyPartnersTitle',
        prompt: 'canvas.apiCanvasKeyPartnersPrompt',
      },
      costStructure: {
        title: 'canvas.apiCanvasCostStructureTitle',
        prompt: 'canvas.apiCanvasCostStructurePrompt',
      },
    },
    markers: {},
  },
  'api-as-a-product': {
    title: 'canvas.productTitle',
    purpose: 'canvas.productPurpose',
    parts: {
      consumer: 'canvas.productPartConsumer',
      business: 'canvas.productPartBusiness',
    },
    areas: {
      consumerCentred: {
        title: 'canvas.productConsumerCentredTitle',
        prompt: 'canvas.productConsumerCentredPrompt',
      },
      experience: {
        title: 'canvas.productExperienceTitle',
        prompt: 'canvas.productExperiencePrompt',
      },
      useCases: { title: 'canvas.productUseCasesTitle', prompt: 'canvas.productUseCasesPrompt' },
      feedbackLoops: {
        title: 'canvas.productFeedbackLoopsTitle',
        prompt: 'canvas.productFeedbackLoopsPrompt',
      },
      valueGeneration: {
        title: 'canvas.productValueGenerationTitle',
        prompt: 'canvas.productValueGenerationPrompt',
      },
      measurement: {
        title: 'canvas.productMeasurementTitle',
        prompt: 'canvas.productMeasurementPrompt',
      },
      revenue: { title: 'canvas.productRevenueTitle', prompt: 'canvas.productRevenuePrompt' },
      roadMap: { title: 'canvas.productRoadMapTitle', prompt: 'canvas.productRoadMapPrompt' },
    },
    markers: {},
  },
}
