import { readFileSync } from 'node:fs'

import { describe, expect, test } from 'vitest'

import { parseBoardInputAsync } from '../src/cli/board-input'
import {
  type BackstageSpec,
  CANVAS_ANNOTATIONS,
  exportBackstageCatalog,
} from '../src/interchange/backstage-catalog'
import { backstageEntityName, backstageTag } from '../src/interchange/backstage-names'
import type { Board } from '../src/model/board'
import { sampleBoard } from './fixtures/sample-board'
import { HOSTILE_STICKIES, hostileBoard, validateCatalogAsync } from './tool-export-helpers'

const spec: BackstageSpec = {
  type: 'openapi',
  lifecycle: 'experimental',
  owner: 'group:payments',
  definition: './openapi.yaml',
}
const openApiText = readFileSync(
  new URL('fixtures/openapi/parcel-tracking.openapi.json', import.meta.url),
  'utf8',
)

const apiCanvasOf = (board: Board) => {
  const canvas = board.canvases.find((candidate) => candidate.templateId === 'api-canvas')
  if (canvas === undefined) throw new Error('the sample has an API Canvas')
  return canvas
}

describe('exportBackstageCatalog', () => {
  const yaml = exportBackstageCatalog(sampleBoard, spec)

  test('writes the sample workshop as in the golden file', async () => {
    await expect(yaml).toMatchFileSnapshot('./golden/sample-board.catalog-info.yaml')
  })

  test('passes Backstage’s own validators, with the fields taken from the API Canvas', async () => {
    const [entity, ...rest] = await validateCatalogAsync(yaml, openApiText)
    expect(rest).toEqual([])
    expect(entity?.metadata).toMatchObject({
      name: 'acme-pay-api',
      title: 'Acme Pay API',
      description: 'Accept payments in any checkout with one integration',
      tags: ['small-online-shops-on-hosted-platforms', 'marketplaces-paying-out-sellers'],
      annotations: {
        [CANVAS_ANNOTATIONS.canvasId]: '1:40',
        [CANVAS_ANNOTATIONS.template]: 'api-canvas',
      },
    })
    expect(entity?.spec).toEqual({ ...spec, definition: { $text: './openapi.yaml' } })
  })

  test('links the channel and relationship stickies that hold a web address, and the canvas on FigJam', async () => {
    const board = structuredClone(sampleBoard)
    const channels = apiCanvasOf(board).areas.find((area) => area.id === 'channels')
    const template = sampleBoard.canvases[0]?.areas[0]?.notes[0]
    if (template === undefined) throw new Error('the sample has a task')
    channels?.notes.push({
      ...template,
      id: '9:1',
      text: 'Developer portal: https://developer.acme.example/pay.',
    })
    const text = exportBackstageCatalog(board, {
      ...spec,
      boardUrl: 'https://www.figma.com/board/AbC123/Acme-workshop',
    })
    const [entity] = await validateCatalogAsync(text, openApiText)
    expect(entity?.metadata.links).toEqual([
      {
        url: 'https://www.figma.com/board/AbC123/Acme-workshop?node-id=1-40',
        title: 'Acme Pay – API Canvas (FigJam)',
      },
      { url: 'https://developer.acme.example/pay', title: 'Developer portal' },
    ])
    expect(entity?.metadata.annotations?.[CANVAS_ANNOTATIONS.canvasUrl]).toBe(
      'https://www.figma.com/board/AbC123/Acme-workshop?node-id=1-40',
    )
  })

  test('one entity per API Canvas, names kept apart; none for a board without one', async () => {
    const board = structuredClone(sampleBoard)
    const second = { ...structuredClone(apiCanvasOf(board)), id: '7:1' }
    board.canvases.push(second)
    const entities = await validateCatalogAsync(exportBackstageCatalog(board, spec), openApiText)
    expect(entities.map((entity) => entity.metadata.name)).toEqual([
      'acme-pay-api',
      'acme-pay-api-2',
    ])
    const avpOnly = { ...sampleBoard, canvases: sampleBoard.canvases.slice(0, 1) }
    expect(exportBackstageCatalog(avpOnly, spec)).toBe('')
  })

  test('the method’s API Business Model Canvas: its first value proposition sticky names the API', async () => {
    const file = readFileSync(
      new URL('fixtures/canvas-creator/workshop_apiBusinessModelCanvas_fi.json', import.meta.url),
      'utf8',
    )
    const { board } = await parseBoardInputAsync(file)
    const [entity] = await validateCatalogAsync(exportBackstageCatalog(board, spec), openApiText)
    const canvas = board.canvases[0]
    const first = canvas?.areas.find((area) => area.id === 'apiValueProposition')?.notes[0]
    expect(entity?.metadata.title).toBe(first?.text.replace(/\s+/g, ' ').trim())
    expect(entity?.metadata.annotations?.[CANVAS_ANNOTATIONS.template]).toBe(canvas?.templateId)
  })

  test('hostile stickies stay text: every value reads back as typed, the entity stays valid', async () => {
    const board = hostileBoard()
    const text = exportBackstageCatalog(board, spec)
    const [entity, ...rest] = await validateCatalogAsync(text, openApiText)
    expect(rest).toEqual([])
    const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim()
    expect(entity?.metadata.title).toBe(oneLine(HOSTILE_STICKIES[0] ?? ''))
    expect(entity?.metadata.description?.split('\n').slice(0, HOSTILE_STICKIES.length)).toEqual(
      HOSTILE_STICKIES.map(oneLine),
    )
    expect(entity?.metadata.name).toBe('name-x')
    expect(text.split('\n').filter((line) => line === '---')).toEqual([])
  })
})

describe('Backstage names and tags', () => {
  test.each([
    ['Parcel Tracking API', 'parcel-tracking-api'],
    ['  Crème brûlée — API v2.1 ', 'creme-brulee-api-v2-1'],
    ['🚀🚀', 'api'],
    ['x'.repeat(80), 'x'.repeat(63)],
    [`${'a'.repeat(62)} b`, 'a'.repeat(62)],
  ])('entity name of %j is %j', (text, name) => {
    expect(backstageEntityName(text)).toBe(name)
  })

  test.each([
    ['Web shops on Shopify', 'web-shops-on-shopify'],
    ['C# and C++ teams', 'c#-and-c++-teams'],
    ['!!!', undefined],
  ])('tag of %j is %j', (text, tag) => {
    expect(backstageTag(text)).toBe(tag)
  })
})
