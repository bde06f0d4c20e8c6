import type { CanvasDefinition } from './canvas-definition'

/**
 * API Business Goals: one area per business goal an API program pursues, from the APIOps Cycles
 * method's business-value-of-apis.md. The team writes how this API serves each goal it
 * pursues and leaves the others empty.
 */
export const apiBusinessGoalsCanvas: CanvasDefinition = {
  id: 'api-business-goals',
  title: 'API Business Goals',
  purpose: 'Say which business goals this API serves, and how, before designing it.',
  grid: { columns: 5, rows: 1, cellWidth: 480, cellHeight: 720 },
  parts: [{ id: 'goals', title: 'Business goals', tint: '#FFF4D6' }],
  areas: [
    {
      id: 'increasingRevenue',
      title: 'Increasing revenue',
      label: '1',
      fillOrder: 1,
      part: 'goals',
      role: 'context',
      prompt:
        'Will the API earn money itself, or make paid offerings possible? What would people pay for?',
      grid: { column: 0, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'customerReach',
      title: 'Extending customer reach and value',
      label: '2',
      fillOrder: 2,
      part: 'goals',
      role: 'context',
      prompt:
        'Which new customers, platforms or devices does the API open up? What more do current customers get?',
      grid: { column: 1, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'salesAndMarketing',
      title: 'Supporting sales and marketing',
      label: '3',
      fillOrder: 3,
      part: 'goals',
      role: 'context',
      prompt: 'How does the API help promote and sell products, without delivering them itself?',
      grid: { column: 2, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'innovation',
      title: 'Stimulating business and technical innovation',
      label: '4',
      fillOrder: 4,
      part: 'goals',
      role: 'context',
      prompt:
        'Which new ideas, offerings or ways of working become possible without changing the backends?',
      grid: { column: 3, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'integration',
      title: 'Easing integration of backend data and applications',
      label: '5',
      fillOrder: 5,
      part: 'goals',
      role: 'context',
      prompt:
        'Which systems, data or partners does the API connect, and which business need drives that?',
      grid: { column: 4, row: 0, columnSpan: 1, rowSpan: 1 },
    },
  ],
  markers: [],
}
