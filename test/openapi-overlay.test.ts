import { Validator } from '@seriousme/openapi-schema-validator'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { openapiOverlay, type OpenAPIOverlayOptions } from 'openapi-format'
import { describe, expect, test } from 'vitest'

import { checkBoard } from '../src/fit/check-board'
import { CANVAS_EXTENSION, exportOpenApiOverlays } from '../src/interchange/openapi-overlay'
import type { Board } from '../src/model/board'
import { sampleBoard } from './fixtures/sample-board'
import { HOSTILE_STICKIES, hostileBoard, sampleOpenApi } from './tool-export-helpers'

interface Info {
  title: string
  version: string
  summary?: string
  description?: string
  [CANVAS_EXTENSION]?: Record<string, unknown>
}

/** Applies an overlay with openapi-format's Overlay 1.0 implementation; fails on an unused action. */
async function applyAsync(document: unknown, overlayJson: string): Promise<{ info: Info }> {
  const overlaySet = JSON.parse(overlayJson) as OpenAPIOverlayOptions['overlaySet']
  const apply = openapiOverlay as (
    document: unknown,
    options: { overlaySet: unknown },
  ) => Promise<{ data: unknown; resultData: { unusedActions: { target: string }[] } }>
  const { data, resultData } = await apply(document, { overlaySet })
  const unused = resultData.unusedActions
  expect(unused.map((action) => action.target)).toEqual(
    unused.length === 0 ? [] : [`$.info['${CANVAS_EXTENSION}']`],
  )
  return data as { info: Info }
}

async function expectValidOpenApiAsync(document: unknown): Promise<void> {
  const validator = new Validator()
  const result = await validator.validate(document as Record<string, unknown>)
  expect(result.errors ?? []).toEqual([])
  expect(result.valid).toBe(true)
  expect(validator.version).toBe('3.1')
}

const overlayOf = (board: Board): string => {
  const [overlay, ...rest] = exportOpenApiOverlays(board, checkBoard(board))
  expect(rest).toEqual([])
  if (overlay === undefined) throw new Error('the board has an API Canvas')
  return overlay.json
}

describe('exportOpenApiOverlays', () => {
  const overlay = overlayOf(sampleBoard)

  test('writes the sample workshop as in the golden file', async () => {
    await expect(overlay).toMatchFileSnapshot('./golden/sample-board.overlay.json')
  })

  test('applied by openapi-format to an OpenAPI 3.1 document, it gives a valid document with the canvas in info', async () => {
    const result = await applyAsync(sampleOpenApi(), overlay)
    await expectValidOpenApiAsync(result)
    expect(result.info).toMatchObject({
      title: 'Acme Pay API',
      version: '2.3.0',
      summary: 'Accept payments in any checkout with one integration',
      description: 'Accept payments in any checkout with one integration',
    })
    const canvas = result.info[CANVAS_EXTENSION]
    expect(canvas).toMatchObject({
      canvas: { id: '1:40', title: 'Acme Pay – API Canvas', template: 'api-canvas' },
      consumerSegments: [
        'Small online shops on hosted platforms',
        'Marketplaces paying out sellers',
      ],
      revenueStreams: ['1.4% + 0.25 € per card payment'],
      keyPartners: [],
      fit: [{ canvas: 'Acme Pay – API Value Proposition', painsAnswered: 2, painsTotal: 4 }],
    })
    const findings = checkBoard(sampleBoard).findings
    expect(canvas?.findings).toEqual(
      findings.map(({ code, message }): unknown => expect.objectContaining({ code, message })),
    )
  })

  test('applying it again gives the same document, not doubled lists', async () => {
    const once = await applyAsync(sampleOpenApi(), overlay)
    const twice = await applyAsync(structuredClone(once), overlay)
    expect(twice).toEqual(once)
  })

  test('leaves summary and description alone when the value proposition is empty', async () => {
    const board = structuredClone(sampleBoard)
    for (const area of board.canvases[1]?.areas ?? []) {
      if (area.id === 'valueProposition') area.notes = []
    }
    const result = await applyAsync(sampleOpenApi(), overlayOf(board))
    expect(result.info.description).toBe('Generated from the service code.')
    expect(result.info.summary).toBeUndefined()
    await expectValidOpenApiAsync(result)
  })

  test('hostile stickies stay text: $ref, {{ }} and YAML markers are values, the description literal Markdown', async () => {
    const result = await applyAsync(sampleOpenApi(), overlayOf(hostileBoard()))
    await expectValidOpenApiAsync(result)
    const canvas = result.info[CANVAS_EXTENSION] ?? {}
    expect(canvas.channels).toEqual(expect.arrayContaining([...HOSTILE_STICKIES]))
    expect(result.info.title).toBe('name: x ---')
    const kinds = new Set<string>()
    const visit = (node: { type: string; children?: unknown[] }): void => {
      kinds.add(node.type)
      for (const child of node.children ?? [])
        visit(child as { type: string; children?: unknown[] })
    }
    visit(fromMarkdown(result.info.description ?? ''))
    expect([...kinds].sort()).toEqual(['paragraph', 'root', 'text'])
    expect(toString(fromMarkdown(result.info.description ?? ''))).toContain(
      '<script>alert(1)</script>',
    )
    expect(JSON.stringify(result)).not.toContain('"$ref":"#/components/schemas/Parcel"}"')
    const refs = JSON.stringify(result).match(/"\$ref":/g) ?? []
    expect(refs).toHaveLength(1)
  })
})
