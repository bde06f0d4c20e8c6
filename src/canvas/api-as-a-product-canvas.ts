import type { CanvasDefinition } from './canvas-definition'

/**
 * API as a Product: one area per principle of treating an API as a product, from the APIOps Cycles
 * method's apis-as-a-product.md. The team writes its evidence for each principle; an
 * empty area is a principle with no evidence yet.
 */
export const apiAsAProductCanvas: CanvasDefinition = {
  id: 'api-as-a-product',
  title: 'API as a Product',
  purpose: 'Review the API against eight product principles, with evidence for each.',
  grid: { columns: 4, rows: 2, cellWidth: 480, cellHeight: 480 },
  parts: [
    { id: 'consumer', title: 'For the consumer', tint: '#E3F5E1' },
    { id: 'business', title: 'For the business', tint: '#E0ECFB' },
  ],
  areas: [
    {
      id: 'consumerCentred',
      title: 'Consumer-centred',
      label: '1',
      fillOrder: 1,
      part: 'consumer',
      role: 'context',
      prompt:
        'Who are the consumers, and how do their needs shape the design and running of the API?',
      grid: { column: 0, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'experience',
      title: 'Experience',
      label: '2',
      fillOrder: 2,
      part: 'consumer',
      role: 'context',
      prompt:
        'What makes using the API pleasant: onboarding, docs, errors, support, time to first call?',
      grid: { column: 1, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'useCases',
      title: 'Use cases',
      label: '3',
      fillOrder: 3,
      part: 'consumer',
      role: 'context',
      prompt: 'Which concrete business use cases is the API built for? How well do you know them?',
      grid: { column: 2, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'feedbackLoops',
      title: 'Feedback loops',
      label: '4',
      fillOrder: 4,
      part: 'consumer',
      role: 'context',
      prompt:
        'How do consumers tell you what works and what does not, and how does it reach the road map?',
      grid: { column: 3, row: 0, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'valueGeneration',
      title: 'Value generation',
      label: '5',
      fillOrder: 5,
      part: 'business',
      role: 'context',
      prompt: 'What value does the API create for consumers, and what for your own organisation?',
      grid: { column: 0, row: 1, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'measurement',
      title: 'Measurement',
      label: '6',
      fillOrder: 6,
      part: 'business',
      role: 'context',
      prompt: 'Which metrics show how the API is used and whether it succeeds? Who looks at them?',
      grid: { column: 1, row: 1, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'revenue',
      title: 'Revenue',
      label: '7',
      fillOrder: 7,
      part: 'business',
      role: 'context',
      prompt: 'How does the API earn money, directly or by supporting revenue elsewhere?',
      grid: { column: 2, row: 1, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'roadMap',
      title: 'Road map',
      label: '8',
      fillOrder: 8,
      part: 'business',
      role: 'context',
      prompt: 'What is coming next, and how do consumers learn about it in time?',
      grid: { column: 3, row: 1, columnSpan: 1, rowSpan: 1 },
    },
  ],
  markers: [],
}
