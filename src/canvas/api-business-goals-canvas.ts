import type { CanvasDefinition } from './canvas-definition'
import { canvasIn, type WorkshopTemplate } from './workshop-template'

/**
 * API Business Goals: one area per business goal an API program pursues, from the APIOps Cycles
 * method's business-value-of-apis.md. The team writes how this API serves each goal it
 * pursues and leaves the others empty.
 */
export const apiBusinessGoalsCanvasTemplate: WorkshopTemplate = {
  id: 'api-business-goals',
  title: 'canvas.goalsTitle',
  purpose: 'canvas.goalsPurpose',
  grid: { columns: 5, rows: 1, cellWidth: 480, cellHeight: 720 },
  parts: [{ id: 'goals', title: 'canvas.goalsPartGoals', tint: '#FFF4D6' }],
  areas: [
    {
      id: 'increasingRevenue',
      title: 'canvas.goalsIncreasingRevenueTitle',
      label: '1',
      fillOrder: 1,
      part: 'goals',
      role: 'context',
      prompt: 'canvas.goalsIncreasingRevenuePrompt',
      grid: { column: 0, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'customerReach',
      title: 'canvas.goalsCustomerReachTitle',
      label: '2',
      fillOrder: 2,
      part: 'goals',
      role: 'context',
      prompt: 'canvas.goalsCustomerReachPrompt',
      grid: { column: 1, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'salesAndMarketing',
      title: 'canvas.goalsSalesAndMarketingTitle',
      label: '3',
      fillOrder: 3,
      part: 'goals',
      role: 'context',
      prompt: 'canvas.goalsSalesAndMarketingPrompt',
      grid: { column: 2, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'innovation',
      title: 'canvas.goalsInnovationTitle',
      label: '4',
      fillOrder: 4,
      part: 'goals',
      role: 'context',
      prompt: 'canvas.goalsInnovationPrompt',
      grid: { column: 3, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'integration',
      title: 'canvas.goalsIntegrationTitle',
      label: '5',
      fillOrder: 5,
      part: 'goals',
      role: 'context',
      prompt: 'canvas.goalsIntegrationPrompt',
      grid: { column: 4, row: 0, columnSpan: 1, rowSpan: 1 },
    },
  ],
  markers: [],
}

/** The template in English, as the plugin has always placed it. */
export const apiBusinessGoalsCanvas: CanvasDefinition = canvasIn(
  apiBusinessGoalsCanvasTemplate,
  'en',
)
