import type { CanvasDefinition } from './canvas-definition'

/**
 * The built-in API Value Proposition Canvas: the provider view on the left (F products, D gain creators
 * above E pain relievers), the consumer view on the right (B gains above C pains, A tasks at the
 * edge), "API product–market fit" between them. Letters and fill order follow the APIOps
 * fill-in instructions (A–F); roles follow Osterwalder's fit rule.
 */
export const apiValuePropositionCanvas: CanvasDefinition = {
  id: 'api-value-proposition-canvas',
  title: 'API Value Proposition Canvas',
  purpose:
    'Match what API consumers need with what the API provider offers, and find where they fit.',
  grid: { columns: 7, rows: 4, cellWidth: 480, cellHeight: 480 },
  parts: [
    { id: 'provider', title: 'API provider view', tint: '#E8F0FE' },
    { id: 'consumer', title: 'API consumer view', tint: '#FFF4E0' },
  ],
  areas: [
    {
      id: 'tasks',
      title: 'Tasks',
      label: 'A',
      fillOrder: 1,
      part: 'consumer',
      role: 'context',
      prompt:
        'What does the consumer need to get done, step by step? One task per sticky, in order.',
      grid: { column: 6, row: 0, columnSpan: 1, rowSpan: 4 },
    },
    {
      id: 'gains',
      title: 'Gains',
      label: 'B',
      fillOrder: 2,
      part: 'consumer',
      role: 'gain',
      prompt:
        'What would make the consumer call this a job well done? Results, savings, hopes they have for the API.',
      grid: { column: 4, row: 0, columnSpan: 2, rowSpan: 2 },
    },
    {
      id: 'pains',
      title: 'Pains',
      label: 'C',
      fillOrder: 3,
      part: 'consumer',
      role: 'pain',
      prompt:
        'What gets in the way or worries the consumer? Think access, privacy, security, speed, contracts, cost, compatibility.',
      grid: { column: 4, row: 2, columnSpan: 2, rowSpan: 2 },
    },
    {
      id: 'gainCreators',
      title: 'Gain creators',
      label: 'D',
      fillOrder: 4,
      part: 'provider',
      role: 'gain-creator',
      prompt: 'Which features of the API bring about a gain? Link each one to the gain it creates.',
      grid: { column: 1, row: 0, columnSpan: 2, rowSpan: 2 },
    },
    {
      id: 'painRelievers',
      title: 'Pain relievers',
      label: 'E',
      fillOrder: 5,
      part: 'provider',
      role: 'pain-reliever',
      prompt:
        'Which features, SDKs, docs or terms take a pain away or make it smaller? Link each one to its pain.',
      grid: { column: 1, row: 2, columnSpan: 2, rowSpan: 2 },
    },
    {
      id: 'apiProducts',
      title: 'API products and services',
      label: 'F',
      fillOrder: 6,
      part: 'provider',
      role: 'context',
      prompt:
        'Which API products and services does the offer rest on? Identity, backends, API management, developer portal…',
      grid: { column: 0, row: 0, columnSpan: 1, rowSpan: 4 },
    },
  ],
  markers: [
    {
      id: 'fit',
      text: 'API product–market fit',
      grid: { column: 3, row: 1.5, columnSpan: 1, rowSpan: 1 },
    },
  ],
}
