import type { CanvasDefinition } from './canvas-definition'
import { canvasIn, type WorkshopTemplate } from './workshop-template'

/**
 * The built-in API Canvas: nine numbered areas
 * adapted from the Business Model Canvas plus the API's name, in four coloured parts. Grid
 * placements reproduce the picture: infrastructure on the left, the value proposition and the
 * API's name in the centre, consumers on the right, finances along the bottom.
 */
export const apiCanvasTemplate: WorkshopTemplate = {
  id: 'api-canvas',
  title: 'canvas.apiCanvasTitle',
  purpose: 'canvas.apiCanvasPurpose',
  grid: { columns: 5, rows: 6, cellWidth: 600, cellHeight: 360 },
  parts: [
    { id: 'valueProposition', title: 'canvas.apiCanvasPartValueProposition', tint: '#FFE3E0' },
    { id: 'consumers', title: 'canvas.apiCanvasPartConsumers', tint: '#E3F5E1' },
    { id: 'infrastructure', title: 'canvas.apiCanvasPartInfrastructure', tint: '#E0ECFB' },
    { id: 'finances', title: 'canvas.apiCanvasPartFinances', tint: '#EDEDED' },
  ],
  areas: [
    {
      id: 'valueProposition',
      title: 'canvas.apiCanvasValuePropositionTitle',
      label: '1',
      fillOrder: 1,
      part: 'valueProposition',
      role: 'context',
      prompt: 'canvas.apiCanvasValuePropositionPrompt',
      grid: { column: 2, row: 0, columnSpan: 1, rowSpan: 5 },
    },
    {
      id: 'apiName',
      title: 'canvas.apiCanvasApiNameTitle',
      label: '',
      fillOrder: 2,
      part: 'valueProposition',
      role: 'context',
      prompt: 'canvas.apiCanvasApiNamePrompt',
      grid: { column: 2, row: 5, columnSpan: 1, rowSpan: 1 },
    },
    {
      id: 'consumerSegments',
      title: 'canvas.apiCanvasConsumerSegmentsTitle',
      label: '2',
      fillOrder: 3,
      part: 'consumers',
      role: 'context',
      prompt: 'canvas.apiCanvasConsumerSegmentsPrompt',
      grid: { column: 4, row: 0, columnSpan: 1, rowSpan: 4 },
    },
    {
      id: 'relationships',
      title: 'canvas.apiCanvasRelationshipsTitle',
      label: '3',
      fillOrder: 4,
      part: 'consumers',
      role: 'context',
      prompt: 'canvas.apiCanvasRelationshipsPrompt',
      grid: { column: 3, row: 0, columnSpan: 1, rowSpan: 2 },
    },
    {
      id: 'channels',
      title: 'canvas.apiCanvasChannelsTitle',
      label: '4',
      fillOrder: 5,
      part: 'consumers',
      role: 'context',
      prompt: 'canvas.apiCanvasChannelsPrompt',
      grid: { column: 3, row: 2, columnSpan: 1, rowSpan: 2 },
    },
    {
      id: 'revenueStreams',
      title: 'canvas.apiCanvasRevenueStreamsTitle',
      label: '5',
      fillOrder: 6,
      part: 'finances',
      role: 'context',
      prompt: 'canvas.apiCanvasRevenueStreamsPrompt',
      grid: { column: 3, row: 4, columnSpan: 2, rowSpan: 2 },
    },
    {
      id: 'keyActivities',
      title: 'canvas.apiCanvasKeyActivitiesTitle',
      label: '6',
      fillOrder: 7,
      part: 'infrastructure',
      role: 'context',
      prompt: 'canvas.apiCanvasKeyActivitiesPrompt',
      grid: { column: 1, row: 0, columnSpan: 1, rowSpan: 2 },
    },
    {
      id: 'keyResources',
      title: 'canvas.apiCanvasKeyResourcesTitle',
      label: '7',
      fillOrder: 8,
      part: 'infrastructure',
      role: 'context',
      prompt: 'canvas.apiCanvasKeyResourcesPrompt',
      grid: { column: 1, row: 2, columnSpan: 1, rowSpan: 2 },
    },
    {
      id: 'keyPartners',
      title: 'canvas.apiCanvasKeyPartnersTitle',
      label: '8',
      fillOrder: 9,
      part: 'infrastructure',
      role: 'context',
      prompt: 'canvas.apiCanvasKeyPartnersPrompt',
      grid: { column: 0, row: 0, columnSpan: 1, rowSpan: 4 },
    },
    {
      id: 'costStructure',
      title: 'canvas.apiCanvasCostStructureTitle',
      label: '9',
      fillOrder: 10,
      part: 'finances',
      role: 'context',
      prompt: 'canvas.apiCanvasCostStructurePrompt',
      grid: { column: 0, row: 4, columnSpan: 2, rowSpan: 2 },
    },
  ],
  markers: [],
}

/** The template in English, as the plugin has always placed it. */
export const apiCanvas: CanvasDefinition = canvasIn(apiCanvasTemplate, 'en')
