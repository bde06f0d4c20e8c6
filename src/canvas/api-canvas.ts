import type { CanvasDefinition } from './canvas-definition'

/**
 * The built-in API Canvas: nine numbered areas
 * adapted from the Business Model Canvas plus the API's name, in four coloured parts. Grid
 * placements reproduce the picture: infrastructure on the left, the value proposition and the
 * API's name in the centre, consumers on the right, finances along the bottom.
 */
export const apiCanvas: CanvasDefinition = {
  id: 'api-canvas',
  title: 'API Canvas',
  purpose:
    'Describe one API as a product: its value, its consumers, how it is run and how it pays off.',
  grid: { columns: 5, rows: 6, cellWidth: 600, cellHeight: 360 },
  parts: [
    { id: 'valueProposition', title: 'Value proposition', tint: '#FFE3E0' },
    { id: 'consumers', title: 'Consumers', tint: '#E3F5E1' },
    { id: 'infrastructure', title: 'Infrastructure', tint: '#E0ECFB' },
    { id: 'finances', title: 'Finances', tint: '#EDEDED' },
  ],
  areas: [
    {
      id: 'valueProposition',
      title: 'API value proposition',
      label: '1',
      fillOrder: 1,
      part: 'valueProposition',
      role: 'context',
      prompt:
        'What does the API do for its consumers? Speed, reach, lower cost, less risk, getting a job done…',
      grid: { column: 2, row: 0, columnSpan: 1, rowSpan: 5 },
    },
    {
      id: 'apiName',
      title: 'Name of the API',
      label: '',
      fillOrder: 2,
      part: 'valueProposition',
      role: 'context',
      prompt: 'The name people will know this API by.',
      grid: { column: 2, row: 5, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'consumerSegments',
      title: 'API consumer segments',
      label: '2',
      fillOrder: 3,
      part: 'consumers',
      role: 'context',
      prompt:
        'Who will build on the API? Group consumers whose needs, skills or terms of use differ.',
      grid: { column: 4, row: 0, columnSpan: 1, rowSpan: 4 },
    },
    {
      id: 'relationships',
      title: 'Relationships',
      label: '3',
      fillOrder: 4,
      part: 'consumers',
      role: 'context',
      prompt:
        'How do you win and keep developers? Support, community, feedback, developer relations.',
      grid: { column: 3, row: 0, columnSpan: 1, rowSpan: 2 },
    },
    {
      id: 'channels',
      title: 'Channels',
      label: '4',
      fillOrder: 5,
      part: 'consumers',
      role: 'context',
      prompt:
        'How do consumers find the API, sign up and get access? Portal, marketplaces, partners, sales.',
      grid: { column: 3, row: 2, columnSpan: 1, rowSpan: 2 },
    },
    {
      id: 'revenueStreams',
      title: 'Revenue streams',
      label: '5',
      fillOrder: 6,
      part: 'finances',
      role: 'context',
      prompt:
        'How does the API earn or save money, per consumer segment? Direct fees or indirect value.',
      grid: { column: 3, row: 4, columnSpan: 2, rowSpan: 2 },
    },
    {
      id: 'keyActivities',
      title: 'Key activities',
      label: '6',
      fillOrder: 7,
      part: 'infrastructure',
      role: 'context',
      prompt: 'What must the team keep doing to deliver the value proposition?',
      grid: { column: 1, row: 0, columnSpan: 1, rowSpan: 2 },
    },
    {
      id: 'keyResources',
      title: 'Key resources',
      label: '7',
      fillOrder: 8,
      part: 'infrastructure',
      role: 'context',
      prompt: 'Which systems, data, skills and assets does the API depend on?',
      grid: { column: 1, row: 2, columnSpan: 1, rowSpan: 2 },
    },
    {
      id: 'keyPartners',
      title: 'Key partners',
      label: '8',
      fillOrder: 9,
      part: 'infrastructure',
      role: 'context',
      prompt: 'Which people, teams or companies are needed to make the API real?',
      grid: { column: 0, row: 0, columnSpan: 1, rowSpan: 4 },
    },
    {
      id: 'costStructure',
      title: 'Cost structure',
      label: '9',
      fillOrder: 10,
      part: 'finances',
      role: 'context',
      prompt: 'What does it cost to build, run and support the API? Which costs matter most?',
      grid: { column: 0, row: 4, columnSpan: 2, rowSpan: 2 },
    },
  ],
  markers: [],
}
