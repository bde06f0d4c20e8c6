import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { Validator } from '@cfworker/json-schema'
import { format, resolveConfig } from 'prettier'
import { describe, expect, test } from 'vitest'

import { exportJson } from '../src/export/board-export'
import { checkBoard } from '../src/fit/check-board'
import { boardExportJsonSchema } from './board-export-json-schema'
import { parseBoardExport } from './file-readers'
import { sampleBoard } from './fixtures/sample-board'

const COMMITTED = fileURLToPath(new URL('../schema/board-export.schema.json', import.meta.url))

const validator = (): Validator => {
  const schema: unknown = JSON.parse(boardExportJsonSchema())
  if (typeof schema !== 'object' || schema === null) throw new Error('the schema is an object')
  return new Validator(schema, '2020-12', false)
}

describe('the JSON export’s JSON Schema', () => {
  test('the committed schema/board-export.schema.json is what the zod schema generates (update: vitest -u)', async () => {
    const options = await resolveConfig(COMMITTED)
    const text = await format(boardExportJsonSchema(), { ...options, filepath: COMMITTED })
    await expect(text).toMatchFileSnapshot(COMMITTED)
    expect(JSON.parse(text)).toEqual(JSON.parse(boardExportJsonSchema()))
  })

  test('accepts the JSON export of the sample workshop and the golden file', () => {
    const check = validator()
    const exported: unknown = JSON.parse(exportJson(sampleBoard, checkBoard(sampleBoard)))
    const golden: unknown = JSON.parse(
      readFileSync(new URL('golden/sample-board.json', import.meta.url), 'utf8'),
    )
    expect(check.validate(exported).errors).toEqual([])
    expect(check.validate(golden).valid).toBe(true)
  })

  test('refuses what the export never writes: a lower-case colour, an unknown severity, an extra field', () => {
    const check = validator()
    const document = parseBoardExport(exportJson(sampleBoard, checkBoard(sampleBoard)))
    const note = document.board.canvases[0]?.areas[2]?.notes[0]
    if (note === undefined) throw new Error('fixture has a pain')
    note.color = '#ffb8a8'
    expect(check.validate(document).valid).toBe(false)
    note.color = '#FFB8A8'
    expect(check.validate(document).valid).toBe(true)
    const finding = document.findings[0]
    if (finding === undefined) throw new Error('fixture has findings')
    expect(
      check.validate({ ...document, findings: [{ ...finding, severity: 'fatal' }] }).valid,
    ).toBe(false)
    expect(check.validate({ ...document, extra: true }).valid).toBe(false)
  })
})
