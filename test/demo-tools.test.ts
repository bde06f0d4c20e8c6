import { Validator } from '@seriousme/openapi-schema-validator'
import { openapiOverlay } from 'openapi-format'
import { beforeAll, describe, expect, test } from 'vitest'

import { loadSampleWorkshop, runWorkshopAsync } from './demo/demo-board'
import { runSecondSessionAsync } from './demo/second-session'
import { DEMO_SPEC, demoToolFiles } from './demo/tool-files'
import { readCsv } from './read-csv'
import { sampleOpenApi, validateCatalogAsync } from './tool-export-helpers'

let files: Map<string, string>

beforeAll(async () => {
  const demo = await runWorkshopAsync(loadSampleWorkshop())
  files = demoToolFiles(demo, await runSecondSessionAsync(demo))
})

const file = (name: string): string => {
  const text = files.get(name)
  if (text === undefined) throw new Error(`the demo writes out/${name}`)
  return text
}

describe('the demo’s files for other tools (out/)', () => {
  test('catalog-info.yaml: one API entity Backstage accepts, named after the API', async () => {
    const entities = await validateCatalogAsync(file('catalog-info.yaml'), 'openapi: 3.1.0')
    expect(entities.map((entity) => [entity.metadata.name, entity.spec?.owner])).toEqual([
      ['parcel-tracking-api', DEMO_SPEC.owner],
    ])
  })

  test('the overlay, applied to an OpenAPI 3.1 document, gives a valid one titled after the API', async () => {
    const overlaySet = JSON.parse(file('parcel-tracking-api.overlay.json')) as never
    const apply = openapiOverlay as (
      document: unknown,
      options: { overlaySet: unknown },
    ) => Promise<{ data: Record<string, unknown> }>
    const { data } = await apply(sampleOpenApi(), { overlaySet })
    expect(data.info).toMatchObject({ title: 'Parcel Tracking API' })
    expect((await new Validator().validate(data)).valid).toBe(true)
  })

  test('the backlog: an issue and a Jira row for each error and warning, markers alike', () => {
    const issues = JSON.parse(file('github-issues.json')) as { title: string; body: string }[]
    const rows = readCsv(file('jira.csv')).slice(1)
    expect(rows).toHaveLength(issues.length)
    expect(issues.some((issue) => issue.title.includes('Price per call is unclear'))).toBe(true)
    issues.forEach((issue, index) => {
      const key = /api-canvas-finding: ([0-9a-f-]+) -->/.exec(issue.body)?.[1] ?? 'none'
      expect(rows[index]?.[1]).toContain(`api-canvas-finding: ${key}`)
    })
  })

  test('the diff of the two sessions: the new reliever, the answered pain, the fit going up', () => {
    const diff = file('board-diff.md')
    expect(diff).toContain('added “Price calculator and a monthly cap”')
    expect(diff).toMatch(/resolved error unanswered-pain: Pain “Price per call/)
    expect(diff).toContain('pains 4/5, gains 2/3 → pains 5/5, gains 2/3')
  })
})
