import { parseMethodTemplateId } from '../method/method-template-id'
import type { Board, Canvas } from '../model/board'

/** The parts of an API Canvas other tools read, each as its stickies' texts in reading order. */
export interface ApiCanvasFacts {
  /** FigJam node id of the canvas section. */
  canvasId: string
  /** The canvas section's name on the board. */
  canvasTitle: string
  templateId: string
  /** The API's name: the first sticky of the name area, else the canvas title; one line. */
  name: string
  valueProposition: string[]
  consumerSegments: string[]
  relationships: string[]
  channels: string[]
  revenueStreams: string[]
  keyActivities: string[]
  keyResources: string[]
  keyPartners: string[]
  costStructure: string[]
}

type FactArea = Exclude<keyof ApiCanvasFacts, 'canvasId' | 'canvasTitle' | 'templateId' | 'name'>

/** Area ids of the plugin's own API Canvas (src/canvas/api-canvas.ts) for each fact. */
const OWN_AREAS: Readonly<Record<FactArea, string>> = {
  valueProposition: 'valueProposition',
  consumerSegments: 'consumerSegments',
  relationships: 'relationships',
  channels: 'channels',
  revenueStreams: 'revenueStreams',
  keyActivities: 'keyActivities',
  keyResources: 'keyResources',
  keyPartners: 'keyPartners',
  costStructure: 'costStructure',
}

/** Section ids of the method's `apiBusinessModelCanvas` (canvasData.json) for each fact. */
const METHOD_AREAS: Readonly<Record<FactArea, string>> = {
  valueProposition: 'apiValueProposition',
  consumerSegments: 'apiConsumerSegments',
  relationships: 'developerRelations',
  channels: 'channels',
  revenueStreams: 'benefits',
  keyActivities: 'keyActivities',
  keyResources: 'keyResources',
  keyPartners: 'keyPartners',
  costStructure: 'costs',
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

const textsOf = (canvas: Canvas, areaId: string): string[] =>
  canvas.areas.find((area) => area.id === areaId)?.notes.map((note) => note.text) ?? []

/**
 * The facts of one canvas when it is an API Canvas: the plugin's own (`api-canvas`, whose name
 * area names the API) or the method's API Business Model Canvas
 * (`method:apiBusinessModelCanvas:<locale>`, which has no name area: the method starts its value
 * proposition with a sticky naming the API, so that first sticky is the name and the rest the
 * value proposition). Undefined for any other canvas.
 */
export function apiCanvasFacts(canvas: Canvas): ApiCanvasFacts | undefined {
  const isOwnTemplate = canvas.templateId === 'api-canvas'
  const isMethod = parseMethodTemplateId(canvas.templateId)?.canvasId === 'apiBusinessModelCanvas'
  if (!isOwnTemplate && !isMethod) return undefined
  const areas = isOwnTemplate ? OWN_AREAS : METHOD_AREAS
  const facts = Object.fromEntries(
    Object.entries(areas).map(([fact, areaId]) => [fact, textsOf(canvas, areaId)]),
  ) as Record<FactArea, string[]>
  const named = isOwnTemplate ? textsOf(canvas, 'apiName')[0] : facts.valueProposition.shift()
  const name = oneLine(named ?? '') || oneLine(canvas.title) || 'API'
  return {
    canvasId: canvas.id,
    canvasTitle: canvas.title,
    templateId: canvas.templateId,
    name,
    ...facts,
  }
}

/** The facts of every API Canvas on the board, in board order. */
export function apiCanvasesOf(board: Board): ApiCanvasFacts[] {
  return board.canvases.flatMap((canvas) => {
    const facts = apiCanvasFacts(canvas)
    return facts === undefined ? [] : [facts]
  })
}
