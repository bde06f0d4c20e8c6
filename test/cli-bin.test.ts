import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { exportJson } from '../src/export/board-export'
import { exportCsv } from '../src/export/export-csv'
import { checkBoard } from '../src/fit/check-board'
import { sampleBoard } from './fixtures/sample-board'

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
})
