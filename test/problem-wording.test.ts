import { describe, expect, test } from 'vitest'
import * as z from 'zod/mini'

import { runCliAsync } from '../src/cli/api-canvas'
import { exportJson } from '../src/export/board-export'
import { checkBoard } from '../src/fit/check-board'
import { translator } from '../src/locale/translator'
import type { ReadProblem } from '../src/model/board'
import { FileError, fileErrorText, fileIssueText } from '../src/model/file-error'
import { readJsonFile } from '../src/model/json-file'
import { readProblemText } from '../src/model/read-problem-text'
import { zodFileIssues } from '../src/model/zod-file-issues'
import { parseBoardExport } from './file-readers'
import { sampleBoard } from './fixtures/sample-board'
import { memoryIo } from './memory-cli-io'

const en = translator('en')
const fi = translator('fi')
const de = translator('de')

const problem = (code: ReadProblem['code'], values: ReadProblem['values']): ReadProblem => ({
  code,
  values,
  canvasId: '1:1',
  areaId: null,
})

describe('readProblemText: a read problem in the reader’s language, from its code and values', () => {
  test.each([
    [
      problem('canvas-moved', { canvas: 'Acme' }),
      /^Canvas “Acme” has moved since it was placed/,
      /^Kanvasta “Acme” on siirretty sijoittamisen jälkeen/,
    ],
    [
      problem('node-removed', { count: 1, canvas: 'Acme' }),
      /^A node was deleted from canvas “Acme”/,
      /^Kanvakselta “Acme” poistettiin elementti/,
    ],
    [
      problem('node-removed', {}),
      /^A canvas was deleted while the board was being read/,
      /^Kanvas poistettiin taulun lukemisen aikana/,
    ],
    [
      problem('tag-not-linked', { tag: 'mvp', count: 24, limit: 20 }),
      /^#mvp is on 24 stickies, more than 20/,
      /^#mvp on 24 tarralapussa, useammassa kuin 20/,
    ],
    [
      problem('tag-not-linked', { count: 32, max: 30 }),
      /^A sticky has 32 #tags; only its first 30 link/,
      /^Tarralapussa on 32 #tunnistetta/,
    ],
    [
      problem('retired-section', {
        section: 'benefit',
        canvas: 'Business Impact Canvas',
        count: 2,
      }),
      /^The file's section "benefit" is not in today's Business Impact Canvas/,
      /^Tiedoston osiota "benefit" ei ole nykyisessä kanvaksessa Business Impact Canvas/,
    ],
  ])('%#: %o', (read, english, finnish) => {
    expect(readProblemText(read, en)).toMatch(english)
    expect(readProblemText(read, fi)).toMatch(finnish)
  })

  test('a problem of an earlier export, or with values its sentence cannot use, reads as its message', () => {
    const older: ReadProblem = { ...problem('canvas-moved', undefined), message: 'Moved.' }
    expect(readProblemText(older, fi)).toBe('Moved.')
    expect(readProblemText({ ...older, values: { count: 2 } }, fi)).toBe('Moved.')
    expect(readProblemText(problem('canvas-moved', { count: 2 }), fi)).toBe('canvas-moved')
  })

  test('an export writes each problem in English and reads an export without values as it was', () => {
    const board = { ...sampleBoard, problems: [problem('canvas-moved', { canvas: 'Acme Pay' })] }
    const written = parseBoardExport(exportJson(board, checkBoard(board)))
    expect(written.board.problems[0]?.message).toMatch(/^Canvas “Acme Pay” has moved/)
    const older = structuredClone(written)
    older.board.problems = [
      { code: 'canvas-moved', message: 'Moved.', canvasId: '1:1', areaId: null },
    ]
    const reread = parseBoardExport(JSON.stringify(older))
    expect(reread.board.problems).toEqual(older.board.problems)
    expect(checkBoard(reread.board).findings.map((finding) => finding.message)).toContain('Moved.')
  })

  test('a read problem becomes a finding in its canvas’s language', () => {
    const board = structuredClone(sampleBoard)
    for (const canvas of board.canvases) canvas.locale = 'de'
    const found = checkBoard(board).findings.find((finding) => finding.code === 'read-problem')
    expect(found?.message).toBe(
      'Der Bereich “Cost structure” des Canvas “Acme Pay – API Canvas” hat keinen Abschnitt mehr und wird daher als leer gelesen. Machen Sie das Löschen rückgängig, oder platzieren Sie das Canvas erneut und verschieben Sie die Haftnotizen darauf.',
    )
  })
})

describe('file issues in the reader’s language, from zod’s issue codes and our own', () => {
  const schema = z.object({
    name: z.string().check(z.minLength(1)),
    size: z.number().check(z.int()),
    color: z.string().check(z.regex(/^#[0-9A-F]{6}$/)),
    kind: z.enum(['pain', 'gain']),
    tags: z.array(z.string()).check(z.maxLength(1)),
    owner: z.string(),
  })
  const issuesOf = (value: unknown) => {
    const result = schema.safeParse(value, { reportInput: true })
    return result.success ? [] : zodFileIssues(result.error.issues, ['notes', 0])
  }
  const value = { name: '', size: 1.5, color: 'red', kind: 'risk', tags: ['a', 'b'] }

  test('in English', () => {
    expect(issuesOf(value).map((issue) => fileIssueText(issue, en))).toEqual([
      'notes[0].name: should have at least 1 character',
      'notes[0].size: should be an integer, not a number',
      'notes[0].color: does not match /^#[0-9A-F]{6}$/',
      'notes[0].kind: should be one of "pain", "gain"',
      'notes[0].tags: should have at most 1 item',
      'notes[0].owner: is missing',
    ])
  })

  test('in Finnish and German', () => {
    expect(issuesOf(value).map((issue) => fileIssueText(issue, fi))).toEqual([
      'notes[0].name: pitäisi olla vähintään 1 merkin pituinen',
      'notes[0].size: pitäisi olla kokonaisluku, ei luku',
      'notes[0].color: ei vastaa muotoa /^#[0-9A-F]{6}$/',
      'notes[0].kind: pitäisi olla jokin näistä: "pain", "gain"',
      'notes[0].tags: pitäisi sisältää enintään 1 alkion',
      'notes[0].owner: puuttuu',
    ])
    const owner = issuesOf({ ...value, owner: 5 }).find((issue) => issue.path === 'notes[0].owner')
    expect(owner && fileIssueText(owner, de)).toBe(
      'notes[0].owner: sollte ein String sein, nicht eine Zahl',
    )
  })

  test('a whole file refused is named with its kind, in the reader’s language', () => {
    const refused = (() => {
      try {
        readJsonFile('{"templateId": ', 'canvas-creator')
      } catch (error) {
        if (error instanceof FileError) return error
      }
      throw new Error('the text was read')
    })()
    expect(fileErrorText(refused, en)).toMatch(
      /^This Canvas Creator file cannot be used:\n\(file\): is not JSON: /,
    )
    expect(fileErrorText(refused, fi)).toMatch(
      /^Tätä Canvas Creator -tiedostoa ei voi käyttää:\n\(tiedosto\): ei ole JSONia: /,
    )
  })

  test('the command line says what is wrong with a file in its --locale', async () => {
    const { io, out } = memoryIo({ 'broken.json': '{"schemaVersion": 1, "board": 5}' })
    const status = await runCliAsync(['check', 'broken.json', '--locale', 'de'], io)
    expect(status).toBe(2)
    expect(out.stderr).toContain('Dieser Board-Export kann nicht verwendet werden:')
    expect(out.stderr).toContain('board: sollte ein Objekt sein, nicht eine Zahl')
    expect(out.stderr).not.toMatch(/cannot be used|should be/)
  })
})
