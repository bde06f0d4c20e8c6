import { readFileSync } from 'node:fs'

import { describe, expect, test } from 'vitest'

import { parseBoardInputAsync } from '../src/cli/board-input'
import { diffBoards } from '../src/export/board-diff'
import { formatDiffReport } from '../src/export/board-diff-report'
import { exportJson } from '../src/export/board-export'
import { checkBoard } from '../src/fit/check-board'
import { exportCanvasCreator } from '../src/interchange/canvas-creator-export'
import type { Board, Note } from '../src/model/board'
import { sampleBoard } from './fixtures/sample-board'
import { HOSTILE_STICKIES, runOnFilesAsync } from './tool-export-helpers'

const session = (board: Board) => ({ board, result: checkBoard(board) })

const areaNotes = (board: Board, areaId: string): Note[] =>
  board.canvases
    .flatMap((canvas) => canvas.areas.filter((area) => area.id === areaId))
    .flatMap((area) => area.notes)

/**
 * The sample board after a second session: the unanswered pain `5:22` answered by a new pain
 * reliever through a connector, a gain reworded, a key resource gone.
 */
function secondSession(): Board {
  const board = structuredClone(sampleBoard)
  const template = areaNotes(board, 'painRelievers')[0]
  if (template === undefined) throw new Error('the sample has a pain reliever')
  const reliever: Note = {
    ...template,
    id: '8:1',
    text: 'Clear price list per call',
    tags: [],
    links: [{ noteId: '5:22', via: 'connector' }],
  }
  for (const area of board.canvases[0]?.areas ?? []) {
    if (area.id === 'painRelievers') area.notes.push(reliever)
    for (const note of area.notes) {
      if (note.id === '5:22') note.links.push({ noteId: '8:1', via: 'connector' })
    }
  }
  const gain = areaNotes(board, 'gains')[0]
  if (gain !== undefined) gain.text = `${gain.text} (in one day)`
  for (const area of board.canvases[1]?.areas ?? []) {
    if (area.id === 'keyResources') area.notes = area.notes.slice(1)
  }
  return board
}

describe('diffBoards', () => {
  const after = secondSession()
  const diff = diffBoards(session(sampleBoard), session(after))

  test('names the stickies added, removed and edited, and the new link', () => {
    expect(diff.related).toBe(true)
    expect(diff.added.map((note) => note.text)).toEqual(['Clear price list per call'])
    expect(diff.removed.map((note) => note.text)).toEqual(['Banking licence'])
    expect(diff.edited.map(({ before, after: now }) => [before.text, now.text])).toEqual([
      [areaNotes(sampleBoard, 'gains')[0]?.text, areaNotes(after, 'gains')[0]?.text],
    ])
    expect(diff.linksAdded.map((pair) => pair.map((note) => note.id).sort())).toEqual([
      ['5:22', '8:1'],
    ])
    expect(diff.linksRemoved).toEqual([])
  })

  test('the unanswered pain is resolved, the fit goes up', () => {
    expect(diff.resolved.map((item) => item.finding.noteIds)).toContainEqual(['5:22'])
    expect(diff.new.filter((item) => item.finding.severity === 'error')).toEqual([])
    const [fit] = diff.fit
    expect(fit?.after?.painsAnswered).toBe((fit?.before?.painsAnswered ?? 0) + 1)
  })

  test('writes the text, Markdown and JSON reports as in the golden files', async () => {
    const names = { before: 'before.json', after: 'after.json' }
    await expect(formatDiffReport(diff, 'text', names)).toMatchFileSnapshot(
      './golden/sample-board.diff.txt',
    )
    await expect(formatDiffReport(diff, 'md', names)).toMatchFileSnapshot(
      './golden/sample-board.diff.md',
    )
    await expect(formatDiffReport(diff, 'json', names)).toMatchFileSnapshot(
      './golden/sample-board.diff.json',
    )
  })

  test('a Canvas Creator file of the board and the board’s export match sticky by text', async () => {
    const avp = sampleBoard.canvases[0]
    const files = exportCanvasCreator(sampleBoard, avp?.id ?? '', { date: '2026-01-01T00:00:00Z' })
    const creator = (await parseBoardInputAsync(files[0]?.json ?? '')).board
    const exported = structuredClone(creator)
    for (const note of exported.canvases
      .flatMap((canvas) => canvas.areas)
      .flatMap((area) => area.notes))
      note.id = `x${note.id}`
    const matched = diffBoards(session(creator), session(exported))
    expect(matched.related).toBe(true)
    expect([matched.added, matched.removed, matched.edited]).toEqual([[], [], []])
  })

  test('two unrelated boards are said to be so', () => {
    const other = JSON.parse(
      JSON.stringify(sampleBoard)
        .replace(/"text":"/g, '"text":"other ')
        .replace(/"(\d+):(\d+)"/g, '"7$1:$2"'),
    ) as Board
    expect(diffBoards(session(sampleBoard), session(other)).related).toBe(false)
  })
})

describe('api-canvas diff', () => {
  const before = exportJson(sampleBoard, checkBoard(sampleBoard))
  const after = exportJson(secondSession(), checkBoard(secondSession()))

  test('prints the report; --fail-on new-error passes when no error is new', async () => {
    const run = await runOnFilesAsync(['diff', 'a.json', 'b.json', '--fail-on', 'new-error'], {
      'a.json': before,
      'b.json': after,
    })
    expect(run).toMatchObject({ status: 0, stderr: '' })
    expect(run.stdout).toContain('Stickies: 1 added, 1 removed, 1 edited')
  })

  test('--fail-on new-error exits 1 when the second session added an error', async () => {
    const run = await runOnFilesAsync(
      ['diff', 'b.json', 'a.json', '--fail-on', 'new-error', '--format', 'md'],
      { 'a.json': before, 'b.json': after },
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^# Changes from b\.json to a\.json/)
    expect(
      (await runOnFilesAsync(['diff', 'b.json', 'a.json'], { 'a.json': before, 'b.json': after }))
        .status,
    ).toBe(0)
  })

  test('two unrelated boards: says so, exit status 2', async () => {
    const demo = readFileSync(new URL('golden/sample-board.json', import.meta.url), 'utf8')
    const other = JSON.stringify(
      JSON.parse(
        demo.replace(/"text": "/g, '"text": "x').replace(/"(\d+):(\d+)"/g, '"7$1:$2"'),
      ) as unknown,
    )
    const run = await runOnFilesAsync(['diff', 'a.json', 'c.json'], {
      'a.json': demo,
      'c.json': other,
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/a\.json and c\.json share no canvas and no sticky/)
  })

  test('bad arguments and unreadable files: exit status 2 with the reason', async () => {
    const one = await runOnFilesAsync(['diff', 'a.json'], { 'a.json': before })
    expect(one).toMatchObject({ status: 2 })
    expect(one.stderr).toMatch(/Name the two files/)
    const missing = await runOnFilesAsync(['diff', 'a.json', 'nope.json'], { 'a.json': before })
    expect(missing.stderr).toMatch(/cannot read nope\.json/)
    const flag = await runOnFilesAsync(['diff', 'a.json', 'a.json', '--fail-on', 'error'], {
      'a.json': before,
    })
    expect(flag.stderr).toMatch(/--fail-on must be one of new-error, new-warning, never/)
  })

  test('hostile stickies: control characters never reach the terminal, Markdown stays literal', async () => {
    const hostile = structuredClone(sampleBoard)
    const pain = areaNotes(sampleBoard, 'pains')[0]
    if (pain === undefined) throw new Error('the sample has a pain')
    for (const [index, text] of HOSTILE_STICKIES.entries()) {
      hostile.canvases[0]?.areas[0]?.notes.push({
        ...pain,
        id: `h${String(index)}`,
        text,
        links: [],
        tags: [],
      })
    }
    const files = { 'a.json': before, 'h.json': exportJson(hostile, checkBoard(hostile)) }
    const text = await runOnFilesAsync(['diff', 'a.json', 'h.json'], files)
    expect(text.stdout).not.toMatch(/(?![\n])\p{Cc}|\u202E/u)
    expect(text.stdout).toContain('added “name: x ---”')
    const md = await runOnFilesAsync(['diff', 'a.json', 'h.json', '--format', 'md'], files)
    expect(md.stdout).not.toMatch(/^<script>|^# Not|^\| a/m)
    const json = JSON.parse(
      (await runOnFilesAsync(['diff', 'a.json', 'h.json', '--format', 'json'], files)).stdout,
    ) as { stickies: { added: { text: string }[] } }
    expect(json.stickies.added.map((note) => note.text)).toEqual([...HOSTILE_STICKIES])
  })
})
