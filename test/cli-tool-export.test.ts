import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, test } from 'vitest'

import { exportJson } from '../src/export/board-export'
import { checkBoard } from '../src/fit/check-board'
import { sampleBoard } from './fixtures/sample-board'
import { runOnFilesAsync, validateCatalogAsync } from './tool-export-helpers'

const board = exportJson(sampleBoard, checkBoard(sampleBoard))
const SPEC = [
  '--type',
  'openapi',
  '--lifecycle',
  'production',
  '--owner',
  'group:payments',
  '--definition',
  './openapi.yaml',
]

describe('api-canvas export --to backstage', () => {
  test('writes catalog-info.yaml that Backstage accepts', async () => {
    const run = await runOnFilesAsync(
      ['export', 'b.json', '--to', 'backstage', ...SPEC, '-o', 'catalog-info.yaml'],
      { 'b.json': board },
    )
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' })
    const entities = await validateCatalogAsync(
      run.files.get('catalog-info.yaml') ?? '',
      'openapi: 3.1.0',
    )
    expect(entities.map((entity) => entity.metadata.name)).toEqual(['acme-pay-api'])
  })

  test.each([
    [
      '--owner',
      /needs --owner \(spec\.owner, e\.g\. --owner group:parcels\): no canvas holds it\./,
    ],
    ['--definition', /needs --definition \(spec\.definition/],
  ])('a missing %s is named, exit status 2, nothing written', async (flag, message) => {
    const index = SPEC.indexOf(flag)
    const args = [...SPEC.slice(0, index), ...SPEC.slice(index + 2)]
    const run = await runOnFilesAsync(
      ['export', 'b.json', '--to', 'backstage', ...args, '-o', 'out.yaml'],
      { 'b.json': board },
    )
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.files.has('out.yaml')).toBe(false)
  })

  test('refuses an owner that is no entity reference, and options of other formats', async () => {
    const owner = SPEC.map((arg) => (arg === 'group:payments' ? 'the payments team' : arg))
    const bad = await runOnFilesAsync(['export', 'b.json', '--to', 'backstage', ...owner], {
      'b.json': board,
    })
    expect(bad).toMatchObject({ status: 2 })
    expect(bad.stderr).toMatch(/--owner must be an entity reference/)
    const other = await runOnFilesAsync(['export', 'b.json', '--to', 'jira-csv', '--owner', 'x'], {
      'b.json': board,
    })
    expect(other.stderr).toMatch(/--owner goes with --to backstage/)
  })

  test('a board with no API Canvas: exit status 2, saying so', async () => {
    const avp = { ...sampleBoard, canvases: sampleBoard.canvases.slice(0, 1) }
    const run = await runOnFilesAsync(['export', 'a.json', '--to', 'backstage', ...SPEC], {
      'a.json': exportJson(avp, checkBoard(avp)),
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/a\.json: no API Canvas on this board/)
  })
})

describe('api-canvas export --to openapi-overlay, github-issues, jira-csv', () => {
  test('each writes its format to standard output', async () => {
    const files = { 'b.json': board }
    const overlay = await runOnFilesAsync(['export', 'b.json', '--to', 'openapi-overlay'], files)
    expect(JSON.parse(overlay.stdout)).toMatchObject({ overlay: '1.0.0' })
    const issues = await runOnFilesAsync(
      ['export', 'b.json', '--to=github-issues', '--min-severity', 'error'],
      files,
    )
    expect((JSON.parse(issues.stdout) as unknown[]).length).toBe(
      checkBoard(sampleBoard).findings.filter((finding) => finding.severity === 'error').length,
    )
    const jira = await runOnFilesAsync(['export', 'b.json', '--to', 'jira-csv'], files)
    expect(jira.stdout).toMatch(/^Summary,Description,Issue Type,Priority,Labels,Labels\n/)
  })

  test('two API Canvases: the overlay asks for --canvas, then writes the one chosen', async () => {
    const two = structuredClone(sampleBoard)
    const api = two.canvases[1]
    if (api !== undefined) {
      const copy = JSON.parse(JSON.stringify(api).replace(/"6:/g, '"76:')) as typeof api
      two.canvases.push({ ...copy, id: '7:1' })
    }
    const files = { 't.json': exportJson(two, checkBoard(two)) }
    const ask = await runOnFilesAsync(['export', 't.json', '--to', 'openapi-overlay'], files)
    expect(ask.status).toBe(2)
    expect(ask.stderr).toMatch(
      /2 API Canvases on this board \(1:40 \(Acme Pay API\), 7:1 \(Acme Pay API\)\): choose one with --canvas ID/,
    )
    const chosen = await runOnFilesAsync(
      ['export', 't.json', '--to', 'openapi-overlay', '--canvas', '7:1'],
      files,
    )
    expect(chosen.stdout).toContain('"id": "7:1"')
  })

  test('--help explains every new format and its options', async () => {
    const help = await runOnFilesAsync(['export', '--to', 'backstage', '--help'], {})
    expect(help.stdout).toMatch(/--lifecycle L[\s\S]*--min-severity S/)
    const general = await runOnFilesAsync(['export', '--help'], {})
    expect(general.stdout).toContain('openapi-overlay')
    expect((await runOnFilesAsync(['help', 'diff'], {})).stdout).toMatch(/^Usage: api-canvas diff/)
  })
})

describe('the hostile files through every new format: a result, or exit status 2 with the place at fault', () => {
  const folder = new URL('fixtures/hostile/', import.meta.url)
  const hostileFiles = readdirSync(folder).map(
    (name) => [name, readFileSync(new URL(name, folder), 'utf8')] as const,
  )
  const formats = [['backstage', ...SPEC], ['openapi-overlay'], ['github-issues'], ['jira-csv']]

  test.each(hostileFiles)('%s', async (name, text) => {
    const check = await runOnFilesAsync(['check', name, '--fail-on', 'never'], { [name]: text })
    for (const [format, ...options] of formats) {
      const run = await runOnFilesAsync(['export', name, '--to', format ?? '', ...options], {
        [name]: text,
      })
      if (check.status === 2) {
        expect(run.status).toBe(2)
        expect(run.stderr).toContain(name)
      } else if (run.status === 2) {
        expect(run.stderr).toMatch(/no API Canvas on this board/)
      } else {
        expect(run.status).toBe(0)
        expect(run.stdout.length).toBeGreaterThan(0)
      }
    }
  })
})
