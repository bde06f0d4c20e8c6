import { beforeAll, describe, expect, test } from 'vitest'

import { findCanvasDefinition } from '../src/canvas/canvas-catalog'
import { type DemoRun, loadSampleWorkshop, runWorkshopAsync } from './demo/demo-board'
import { parseWorkshop } from './demo/sample-workshop'
import { parseBoardExport } from './file-readers'

let demo: DemoRun

beforeAll(async () => {
  demo = await runWorkshopAsync(loadSampleWorkshop())
})

describe('the demo workshop, through the plugin’s own code', () => {
  test('the Markdown lists every area of both built-in canvases, with the API’s name', () => {
    for (const templateId of ['api-value-proposition-canvas', 'api-canvas']) {
      for (const area of findCanvasDefinition(templateId)?.areas ?? []) {
        expect(demo.markdown).toContain(area.title)
      }
    }
    expect(demo.markdown).toContain('Parcel Tracking API')
  })

  test('the Markdown names the unanswered pain, the unanswered gain and the empty area', () => {
    const findings = demo.markdown.slice(demo.markdown.indexOf('- [ ]'))
    expect(findings).toContain('Price per call is unclear until the invoice arrives')
    expect(findings).toContain('One integration for every carrier we ship with')
    expect(findings).toContain('Key partners')
  })

  test('the stamps on the stickies rank the unanswered pains and weigh the fit', () => {
    const ranked = demo.markdown.slice(
      demo.markdown.indexOf('## Most-voted unanswered pains and gains'),
    )
    expect(ranked).toMatch(
      /^1\. “Price per call is unclear until the invoice arrives” · pain · 5 votes/m,
    )
    expect(ranked).toMatch(
      /^2\. “One integration for every carrier we ship with” · gain · 4 votes/m,
    )
    expect(ranked).toContain('answered pains hold 6 of 11 votes; answered gains hold 2 of 6 votes')
  })

  const canvasOf = (templateId: string) =>
    demo.board.canvases.find((canvas) => canvas.templateId === templateId)

  test('places the four workshop canvases in workshop order', () => {
    expect(demo.board.canvases.map((canvas) => canvas.templateId)).toEqual([
      'api-business-goals',
      'api-value-proposition-canvas',
      'api-canvas',
      'api-as-a-product',
    ])
  })

  test('pains answered by connectors and by tags count as fit; the others do not', () => {
    const avp = canvasOf('api-value-proposition-canvas')
    const fit = demo.result.fit.find((summary) => summary.canvasId === avp?.id)
    expect(fit).toMatchObject({ painsAnswered: 4, painsTotal: 5, gainsAnswered: 2, gainsTotal: 3 })
  })

  test('the stray note, the empty sticky and the page-level sticky are read where they lie', () => {
    const avp = canvasOf('api-value-proposition-canvas')
    const apiCanvas = canvasOf('api-canvas')
    expect(avp?.strayNotes.map((note) => note.text)).toEqual([
      'Parking lot: ask legal about SLA credits',
    ])
    expect(avp?.emptyStickyCount).toBe(1)
    const channels = apiCanvas?.areas.find((area) => area.id === 'channels')
    expect(channels?.notes.map((note) => note.text)).toContain('Shopify app store plug-in')
  })

  test('shows a cross-canvas finding: the integration goal needs key partners', () => {
    const gaps = demo.result.findings.filter((finding) => finding.code === 'cross-canvas-gap')
    expect(gaps.map((finding) => finding.message)).toEqual([
      expect.stringContaining('“Key partners” on the API Canvas is empty'),
    ])
    expect(demo.markdown).toContain('“Key partners” on the API Canvas is empty')
  })

  test('the JSON export parses back to the same board', () => {
    expect(parseBoardExport(demo.json).board).toEqual(demo.board)
  })

  test('the README’s picture is the demo board as it is now (update with `npx vitest -u`)', async () => {
    await expect(demo.svg).toMatchFileSnapshot('../assets/demo-board.svg')
  })

  test('the board picture draws every sticky', () => {
    const stickies = demo.svg.match(/class="sticky"/g) ?? []
    const workshopNotes = loadSampleWorkshop().canvases.flatMap((canvas) => canvas.notes)
    expect(stickies).toHaveLength(workshopNotes.length)
  })
})

describe('the workshop input is checked before anything is placed', () => {
  test.each([
    [
      { title: 'x', canvases: [{ templateId: 'nope', notes: [], connectors: [] }] },
      'canvases.0.templateId',
    ],
    [
      {
        title: 'x',
        canvases: [
          {
            templateId: 'api-canvas',
            notes: [{ ref: 'a', area: 'keyPartnerz', text: 't', author: 'a' }],
            connectors: [],
          },
        ],
      },
      'canvases.0.notes.0.area',
    ],
    [
      {
        title: 'x',
        canvases: [{ templateId: 'api-canvas', notes: [], connectors: [['a', 'b']] }],
      },
      'canvases.0.connectors.0.0',
    ],
    [{ title: 'x', canvases: [{ templateId: 3 }] }, 'canvases.0.templateId'],
  ])('%j is refused naming %s', (input, path) => {
    expect(() => parseWorkshop(input)).toThrow(path)
  })
})
