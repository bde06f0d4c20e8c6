import type { CanvasDefinition } from './canvas-definition'
import { canvasIn, type WorkshopTemplate } from './workshop-template'

/**
 * API as a Product: one area per principle of treating an API as a product, from the APIOps Cycles
 * method's apis-as-a-product.md. The team writes its evidence for each principle; an
 * empty area is a principle with no evidence yet.
 */
export const apiAsAProductCanvasTemplate: WorkshopTemplate = {
  id: 'api-as-a-product',
  title: 'canvas.productTitle',
  purpose: 'canvas.productPurpose',
  grid: { columns: 4, rows: 2, cellWidth: 480, cellHeight: 480 },
  parts: [
    { id: 'consumer', title: 'canvas.productPartConsumer', tint: '#E3F5E1' },
    { id: 'business', title: 'canvas.productPartBusiness', tint: '#E0ECFB' },
  ],
  areas: [
    {
      id: 'consumerCentred',
      title: 'canvas.productConsumerCentredTitle',
      label: '1',
      fillOrder: 1,
      part: 'consumer',
      role: 'context',
      prompt: 'canvas.productConsumerCentredPrompt',
      grid: { column: 0, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'experience',
      title: 'canvas.productExperienceTitle',
      label: '2',
      fillOrder: 2,
      part: 'consumer',
      role: 'context',
      prompt: 'canvas.productExperiencePrompt',
      grid: { column: 1, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'useCases',
      title: 'canvas.productUseCasesTitle',
      label: '3',
      fillOrder: 3,
      part: 'consumer',
      role: 'context',
      prompt: 'canvas.productUseCasesPrompt',
      grid: { column: 2, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'feedbackLoops',
      title: 'canvas.productFeedbackLoopsTitle',
      label: '4',
      fillOrder: 4,
      part: 'consumer',
      role: 'context',
      prompt: 'canvas.productFeedbackLoopsPrompt',
      grid: { column: 3, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'valueGeneration',
      title: 'canvas.productValueGenerationTitle',
      label: '5',
      fillOrder: 5,
      part: 'business',
      role: 'context',
      prompt: 'canvas.productValueGenerationPrompt',
      grid: { column: 0, row: 1, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'measurement',
      title: 'canvas.productMeasurementTitle',
      label: '6',
      fillOrder: 6,
      part: 'business',
      role: 'context',
      prompt: 'canvas.productMeasurementPrompt',
      grid: { column: 1, row: 1, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'revenue',
      title: 'canvas.productRevenueTitle',
      label: '7',
      fillOrder: 7,
      part: 'business',
      role: 'context',
      prompt: 'canvas.productRevenuePrompt',
      grid: { column: 2, row: 1, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'roadMap',
      title: 'canvas.productRoadMapTitle',
      label: '8',
      fillOrder: 8,
      part: 'business',
      role: 'context',
      prompt: 'canvas.productRoadMapPrompt',
      grid: { column: 3, row: 1, columnSpan: 1, rowSpan: 1 },
    },
  ],
  markers: [],
}

/** The template in English, as the plugin has always placed it. */
export const apiAsAProductCanvas: CanvasDefinition = canvasIn(apiAsAProductCanvasTemplate, 'en')
