import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { exportJson } from '../src/export/board-export'
import { exportCsv } from '../src/export/export-csv'
import { checkBoard } from '../src/fit/check-board'
import { sampleBoard } from './fixtures/sample-board'

const root = fileURLToPath(new URL('..', import.meta.url))
const canvasCreatorFile = fileURLToPath(
  new URL('fixtures/canvas-creator/payments_apiValuePropositionCanvas_pt-BR.json', import.meta.url),
)
/** Where a Node 24 from the npm registry's `node` package is kept between runs. */
const node24Folder = join(root, 'node_modules', '.cache', 'api-canvas-node24')
const node24 = join(node24Folder, 'node_modules', 'node', 'bin', 'node')

const scratch = mkdtempSync(join(tmpdir(), 'api-canvas-pack-'))

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

/**
 * This process's environment without npm's own `npm_*` variables (set by `npm test`), with
 * `LC_ALL=C` so that the command line speaks English whatever this one's language.
 */
function cleanEnv(nodeFolder?: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')),
  )
  env.LC_ALL = 'C'
  if (nodeFolder !== undefined) env.PATH = `${nodeFolder}${delimiter}${env.PATH ?? ''}`
  return env
}

/** Runs npm or npx, on the Node found first in `PATH` (or in `nodeFolder` when given). */
function run(
  command: 'npm' | 'npx',
  args: string[],
  cwd: string,
  nodeFolder?: string,
): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: cleanEnv(nodeFolder), encoding: 'utf8' })
}

function expectRan(result: SpawnSyncReturns<string>): void {
  expect(result.error, result.stderr).toBeUndefined()
  expect(result.status, result.stderr).toBe(0)
}

/** Packs the `api-canvas` workspace (its `prepack` builds it) and returns the tarball's path. */
function pack(): string {
  const destination = join(scratch, 'packed')
  mkdirSync(destination)
  expectRan(run('npm', ['pack', '--workspace', 'bin', '--pack-destination', destination], root))
  const tarballs = readdirSync(destination).filter((name) => name.endsWith('.tgz'))
  expect(tarballs).toHaveLength(1)
  return join(destination, tarballs[0] ?? '')
}

/** Node 24 from the `node` npm package, installed once into node_modules/.cache. */
function ensureNode24(): string {
  if (!existsSync(node24)) {
    const args = [
      'install',
      '--prefix',
      node24Folder,
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
    ]
    expectRan(run('npm', [...args, 'node@24'], root))
  }
  return node24
}

/** An empty folder with the tarball, `npm install ./api-canvas-….tgz` run there with no network. */
function installInEmptyFolder(tarball: string, name: string, nodeFolder?: string): string {
  const folder = join(scratch, name)
  const args = ['install', '--offline', '--no-audit', '--no-fund', `./${basename(tarball)}`]
  mkdirSync(folder)
  copyFileSync(tarball, join(folder, basename(tarball)))
  const install = run('npm', args, folder, nodeFolder)
  expectRan(install)
  expect(install.stderr).not.toContain('EBADENGINE')
  writeFileSync(join(folder, 'board.json'), exportJson(sampleBoard, checkBoard(sampleBoard)))
  copyFileSync(canvasCreatorFile, join(folder, 'canvas-creator.json'))
  return folder
}

let tarball = ''
beforeAll(() => {
  tarball = pack()
}, 120_000)

test('the tarball holds the bundled command line and nothing of the plugin or its sources', () => {
  const listing = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.split('\n')
  expect(listing).toContain('package/package.json')
  expect(listing).toContain('package/api-canvas.js')
  expect(listing).toContain('package/dist/api-canvas.js')
  expect(listing).toContain('package/dist/THIRD-PARTY-NOTICES')
  expect(listing.filter((path) => /\.(ts|tsx|map)$/.test(path))).toEqual([])
  const manifest = JSON.parse(
    spawnSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' }).stdout,
  ) as Record<string, unknown>
  expect(manifest.dependencies).toBeUndefined()
  expect(manifest.bin).toEqual({ 'api-canvas': 'api-canvas.js' })
})

describe.each([
  { node: 'Node 22', nodeFolder: (): string | undefined => undefined },
  { node: 'Node 24', nodeFolder: (): string | undefined => dirname(ensureNode24()) },
])('installed from the tarball into an empty folder, on $node', ({ node, nodeFolder }) => {
  let folder = ''
  let bin: string | undefined
  const npx = (...args: string[]) => run('npx', ['api-canvas', ...args], folder, bin)

  beforeAll(() => {
    bin = nodeFolder()
    folder = installInEmptyFolder(tarball, node.replace(' ', '-'), bin)
  }, 300_000)

  test('runs on that Node', () => {
    const version = run('npx', ['node', '--version'], folder, bin)
    expect(version.stdout).toMatch(node === 'Node 24' ? /^v24\./ : /^v22\./)
  })

  test('npx api-canvas check exits 1 on the unanswered pains and prints them', () => {
    const check = npx('check', 'board.json')
    expect(check.stderr).toBe('')
    expect(check.stdout).toContain('unanswered-pain')
    expect(check.stdout).toMatch(/fails \(--fail-on error\)\n$/)
    expect(check.status).toBe(1)
    expect(npx('check', 'board.json', '--fail-on', 'never').status).toBe(0)
  })

  test('npx api-canvas export writes CSV and Canvas Creator files', () => {
    const csv = npx('export', 'board.json', '--to', 'csv')
    expect(csv.status).toBe(0)
    expect(csv.stdout).toBe(exportCsv(sampleBoard))
    const canvasCreator = npx('export', 'canvas-creator.json', '--to', 'canvascreator', '-o', 'cc')
    expect(canvasCreator.stderr).toBe('')
    expect(canvasCreator.status).toBe(0)
    const [written] = readdirSync(join(folder, 'cc'))
    const file = JSON.parse(readFileSync(join(folder, 'cc', written ?? ''), 'utf8')) as unknown
    expect(file).toMatchObject({ templateId: 'apiValuePropositionCanvas' })
  })

  test('a missing file exits 2 with one line naming it, no stack trace', () => {
    const missing = npx('check', 'nowhere.json')
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/^api-canvas: cannot read nowhere\.json: ENOENT[^\n]*\n$/)
  })
})
