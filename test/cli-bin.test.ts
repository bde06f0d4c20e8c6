import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { runCliAsync } from '../src/cli/api-canvas'
import { exportJson } from '../src/export/board-export'
import { exportCsv } from '../src/export/export-csv'
import { checkBoard } from '../src/fit/check-board'
import { LOCALES } from '../src/locale/locales'
import type { Board } from '../src/model/board'
import { sampleBoard } from './fixtures/sample-board'
import { memoryIo } from './memory-cli-io'

const folder = mkdtempSync(join(tmpdir(), 'api-canvas-cli-'))
const boardFile = join(folder, 'board.json')
writeFileSync(boardFile, exportJson(sampleBoard, checkBoard(sampleBoard)))

/** The command line as `npm run build:cli` (and `npm pack`) builds it. */
const cliEntry = fileURLToPath(new URL('../bin/api-canvas.js', import.meta.url))

beforeAll(() => {
  const build = spawnSync(
    process.execPath,
    [fileURLToPath(new URL('../bin/build-cli.js', import.meta.url))],
    {
      encoding: 'utf8',
    },
  )
  expect(build.stderr).toBe('')
  expect(build.status).toBe(0)
})

afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
})

/**
 * Runs the command line as its own program (bin/api-canvas.js's `#!` line), on the built bundle,
 * with its messages in English (`LC_ALL=C`) unless `environment` says otherwise.
 */
const runBinIn = (environment: Record<string, string>, ...args: string[]) =>
  spawnSync(cliEntry, args, {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C', ...environment },
  })
const runBin = (...args: string[]) => runBinIn({}, ...args)

describe('the built command line (bin/api-canvas.js on bin/dist) in a real Node process', () => {
  test('check prints the findings and exits 1 on the unanswered pains', () => {
    const run = runBin('check', boardFile)
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('unanswered-pain')
    expect(run.status).toBe(1)
  })

  test('export --to csv -o writes the CSV export', () => {
    const out = join(folder, 'exports', 'board.csv')
    const run = runBin('export', 'board.json', '--to', 'csv', '-o', out)
    expect(run.status).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(exportCsv(sampleBoard))
  })

  test('a file that is not there exits 2, naming it', () => {
    const run = runBin('check', 'nowhere.json')
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^api-canvas: cannot read nowhere\.json: ENOENT/)
  })

  test('without --locale its own words follow LANG: Finnish help and file errors', () => {
    const help = runBinIn({ LC_ALL: '', LANG: 'fi_FI.UTF-8' }, '--help')
    expect(help.stdout).toMatch(/^Käyttö: api-canvas <komento> \[valitsimet\]\n/)
    const missing = runBinIn({ LC_ALL: '', LANG: 'fi_FI.UTF-8' }, 'check', 'nowhere.json')
    expect(missing.stderr).toBe(
      'api-canvas: tiedostoa nowhere.json ei voi lukea: ENOENT: tiedostoa tai kansiota ei ole\n',
    )
  })

  test('prints what its source prints, in every language, counts of 1,000 and more too', async () => {
    const [first, ...others] = sampleBoard.canvases
    if (first === undefined) throw new Error('the sample board has a canvas')
    const strayNotes = Array.from({ length: 1200 }, (_, index) => ({
      id: `stray-${String(index)}`,
      text: `Parking lot ${String(index)}`,
      author: null,
      color: '#FFE299',
      position: { x: -400, y: index * 10 },
      tags: [],
      links: [],
    }))
    const board: Board = { ...sampleBoard, canvases: [{ ...first, strayNotes }, ...others] }
    const text = exportJson(board, checkBoard(board))
    writeFileSync(join(folder, 'parking-lot.json'), text)
    for (const locale of LOCALES) {
      for (const args of [
        ['check', 'parking-lot.json', '--locale', locale],
        ['export', 'parking-lot.json', '--to', 'md', '--locale', locale],
      ]) {
        const { io, out } = memoryIo({ 'parking-lot.json': text })
        const status = await runCliAsync(args, io)
        const run = runBin(...args)
        expect(run.stdout, args.join(' ')).toBe(out.stdout)
        expect(run.stderr).toBe(out.stderr)
        expect(run.status).toBe(status)
        if (locale === 'en' && args[0] === 'check') expect(run.stdout).toMatch(/1,2\d\d notes/)
      }
    }
  }, 60_000)
})
