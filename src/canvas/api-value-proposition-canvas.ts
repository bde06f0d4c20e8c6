import type { CanvasDefinition } from './canvas-definition'
import { canvasIn, type WorkshopTemplate } from './workshop-template'

/**
 * The built-in API Value Proposition Canvas: the provider view on the left (F products, D gain creators
 * above E pain relievers), the consumer view on the right (B gains above C pains, A tasks at the
 * edge), "API product–market fit" between them. Letters and fill order follow the APIOps
 * fill-in instructions (A–F); roles follow Osterwalder's fit rule.
 */
export const apiValuePropositionCanvasTemplate: WorkshopTemplate = {
  id: 'api-value-proposition-canvas',
  title: 'canvas.avpTitle',
  purpose: 'canvas.avpPurpose',
  grid: { columns: 7, rows: 4, cellWidth: 480, cellHeight: 480 },
  parts: [
    { id: 'provider', title: 'canvas.avpPartProvider', tint: '#E8F0FE' },
    { id: 'consumer', title: 'canvas.avpPartConsumer', tint: '#FFF4E0' },
  ],
  areas: [
    {
      id: 'tasks',
      title: 'canvas.avpTasksTitle',
      label: 'A',
      fillOrder: 1,
      part: 'consumer',
      role: 'context',
      prompt: 'canvas.avpTasksPrompt',
      grid: { column: 6, row: 0, columnSpan: 1, rowSpan: 4 },
    },
    {
      id: 'gains',
      title: 'canvas.avpGainsTitle',
      label: 'B',
      fillOrder: 2,
      part: 'consumer',
      role: 'gain',
      prompt: 'canvas.avpGainsPrompt',
      grid: { column: 4, row: 0, columnSpan: 2, rowSpan: 2 },
    },
    {
      id: 'pains',
      title: 'canvas.avpPainsTitle',
      label: 'C',
      fillOrder: 3,
      part: 'consumer',
      role: 'pain',
      prompt: 'canvas.avpPainsPrompt',
      grid: { column: 4, row: 2, columnSpan: 2, rowSpan: 2 },
    },
    {
      id: 'gainCreators',
      title: 'canvas.avpGainCreatorsTitle',
      label: 'D',
      fillOrder: 4,
      part: 'provider',
      role: 'gain-creator',
      prompt: 'canvas.avpGainCreatorsPrompt',
      grid: { column: 1, row: 0, columnSpan: 2, rowSpan: 2 },
    },
    {
      id: 'painRelievers',
      title: 'canvas.avpPainRelieversTitle',
      label: 'E',
      fillOrder: 5,
      part: 'provider',
      role: 'pain-reliever',
      prompt: 'canvas.avpPainRelieversPrompt',
      grid: { column: 1, row: 2, columnSpan: 2, rowSpan: 2 },
    },
    {
      id: 'apiProducts',
      title: 'canvas.avpApiProductsTitle',
      label: 'F',
      fillOrder: 6,
      part: 'provider',
      role: 'context',
      prompt: 'canvas.avpApiProductsPrompt',
      grid: { column: 0, row: 0, columnSpan: 1, rowSpan: 4 },
    },
  ],
  markers: [
    {
      id: 'fit',
      text: 'canvas.avpFitMarker',
      grid: { column: 3, row: 1.5, columnSpan: 1, rowSpan: 1 },
    },
  ],
}

/** The template in English, as the plugin has always placed it. */
export const apiValuePropositionCanvas: CanvasDefinition = canvasIn(
  apiValuePropositionCanvasTemplate,
  'en',
)
