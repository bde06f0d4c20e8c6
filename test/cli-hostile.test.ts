import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, describe, expect, test } from 'vitest'

import { runCliAsync } from '../src/cli/api-canvas'
import type { CliIo } from '../src/cli/cli-io'
import { MAX_FILE_BYTES } from '../src/model/file-text'
import { canvasCreatorFixtures } from './canvas-creator-helpers'

const launcher = fileURLToPath(new URL('../bin/api-canvas.js', import.meta.url))
const hostile = fileURLToPath(new URL('fixtures/hostile/', import.meta.url))
const folder = mkdtempSync(join(tmpdir(), 'api-canvas-hostile-'))

afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
})

const fixture = (name: string): Buffer => readFileSync(join(hostile, name))

/** The environment of a run: its messages in English (`LC_ALL=C`), whatever this one's language. */
const env = { ...process.env, LC_ALL: 'C' }

/** Runs bin/api-canvas.js in a new Node process in a scratch folder. */
const runBin = (args: string[], options: { input?: string; shell?: string } = {}) =>
  options.shell === undefined
    ? spawnSync(process.execPath, [launcher, ...args], {
        cwd: folder,
        encoding: 'utf8',
        env,
        input: options.input,
      })
    : spawnSync(
        'bash',
        ['-c', `${options.shell}; exec "$0" "$@"`, process.execPath, launcher, ...args],
        {
          cwd: folder,
          encoding: 'utf8',
          env,
        },
      )

/** Runs the command line in this process on in-memory files. */
async function runAsync(argv: string[], files: Record<string, Uint8Array | string>) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFileAsync: (path) => {
      const content = files[path]
      if (content === undefined) return Promise.reject(new Error(`ENOENT: ${path}`))
      return Promise.resolve(
        typeof content === 'string' ? new TextEncoder().encode(content) : content,
      )
    },
    writeTextFileAsync: (path, text) => {
      files[path] = text
      return Promise.resolve()
    },
    sameFileAsync: (a, b) => Promise.resolve(a === b),
  }
  const status = await runCliAsync(argv, io)
  return { status, stdout, stderr }
}

const ESC = '\u001b'

describe('the gate cannot be fooled', () => {
  test('one note id in pains and relievers, linked to itself, is no board: exit 2 with paths', () => {
    const run = runBin(['check', join(hostile, 'gate-same-note-twice-self-linked.json')])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(
      /areas\[4\]\.notes\[0\]\.id: "9:1" is the id of board\.canvases\[0\]\.areas\[2\]\.notes\[0\] too/,
    )
    expect(run.stderr).toMatch(/links\[0\]\.noteId: links the note to itself/)
  })

  test('a link on one note only is made mutual once, with a warning, and counts both ways', async () => {
    const run = await runAsync(['check', 'b.json', '--format', 'json'], {
      'b.json': fixture('gate-one-sided-link.json'),
    })
    expect(run.stderr).toMatch(/warning: 1 link was written on one note only .*made mutual/)
    const report = JSON.parse(run.stdout) as { findings: { code: string }[]; fit: unknown[] }
    expect(report.findings.map((finding) => finding.code)).not.toContain('unused-pain-reliever')
    expect(report.fit).toEqual([expect.objectContaining({ painsAnswered: 1, painsTotal: 1 })])
  })

  test.each([
    ['template-id-constructor.json', /templateId: "constructor" is neither a template/],
    [
      'canvas-creator-template-tostring.json',
      /templateId: "toString" is not a canvas of the APIOps/,
    ],
  ])('%s: a template id of Object.prototype is a clear error, exit 2', async (name, message) => {
    const run = await runAsync(['check', name], { [name]: fixture(name) })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).not.toMatch(/Cannot read properties/)
  })
})

describe('terminals: control characters are shown, never sent', () => {
  test('escape sequences in a sticky are escaped in the text report', async () => {
    const run = await runAsync(['check', 'b.json'], {
      'b.json': fixture('terminal-escapes-in-sticky.json'),
    })
    expect(run.stdout).not.toContain(ESC)
    expect(run.stdout).not.toContain('\u0007')
    expect(run.stdout).toContain('\\x1B[2J')
  })

  test('escape sequences in an area id are escaped in the error message', async () => {
    const run = await runAsync(['check', 'b.json'], {
      'b.json': fixture('terminal-escapes-in-area-id.json'),
    })
    expect(run.status).toBe(2)
    expect(run.stderr).not.toContain(ESC)
    expect(run.stderr).toContain('tasks\\x1B[2J')
  })
})

describe('encodings and duplicate keys are refused by name', () => {
  test.each([
    [
      'canvas-creator-utf16le-bom.json',
      /\(file\): is UTF-16 \(little-endian\) text; save it as UTF-8/,
    ],
    ['canvas-creator-utf16le-no-bom.json', /\(file\): is UTF-16 \(little-endian\) text/],
    [
      'canvas-creator-latin1.json',
      /\(file\): is not UTF-8 text \(byte 0xE9 at offset \d+\); it looks like Latin-1/,
    ],
    ['canvas-creator-duplicate-key.json', /^ {2}sections: is given twice in one object/m],
  ])('%s', async (name, message) => {
    const run = await runAsync(['check', name], { [name]: fixture(name) })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).not.toContain('\u0000')
  })

  test('a file over 50 MB is refused before it is parsed', async () => {
    const run = await runAsync(['check', 'big.json'], {
      'big.json': new Uint8Array(MAX_FILE_BYTES + 1),
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/\(file\): is larger \(50\.0 MB\) than the 50\.0 MB a file may have/)
  })
})

describe('no data loss', () => {
  const board = join(folder, 'board.json')
  writeFileSync(board, fixture('gate-one-sided-link.json'))

  test('-o naming the input is refused and the input is kept', () => {
    const before = readFileSync(board, 'utf8')
    const run = runBin(['export', 'board.json', '--to', 'json', '-o', './board.json'])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/will not write \.\/board\.json: it is the input file/)
    expect(readFileSync(board, 'utf8')).toBe(before)
  })

  test('a write that fails half-way (file size limit) exits 2 in one line and keeps the old file', () => {
    const out = join(folder, 'out.md')
    writeFileSync(out, 'the previous export\n')
    const sample = fileURLToPath(new URL('golden/sample-board.json', import.meta.url))
    const run = runBin(['export', sample, '--to', 'md', '-o', 'out.md'], {
      shell: 'ulimit -f 2',
    })
    expect(run.status).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^api-canvas: cannot write out\.md: EFBIG/),
    ])
    expect(readFileSync(out, 'utf8')).toBe('the previous export\n')
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  test('- reads standard input', () => {
    const run = runBin(['check', '-', '--format', 'json'], { input: readFileSync(board, 'utf8') })
    expect(run.stderr).toMatch(/^api-canvas: standard input: warning: /)
    expect(run.status).toBe(0)
  })

  test('--date must be a day the calendar has', async () => {
    const run = await runAsync(
      ['export', 'b.json', '--to', 'canvascreator', '--date', '2025-02-30'],
      {
        'b.json': fixture('gate-one-sided-link.json'),
      },
    )
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/--date must be a real ISO 8601 date or time .* not "2025-02-30"/)
  })
})

describe('honest round trips', () => {
  test('a 240-character title gives a usable file name; a stray sticky is named as left out', () => {
    writeFileSync(join(folder, 'long.json'), fixture('long-title-and-stray-note.json'))
    const run = runBin(['export', 'long.json', '--to', 'canvascreator', '-o', 'cc'])
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/warning: not in the Canvas Creator files: 1 sticky on "Very long/)
    const names = readdirSync(join(folder, 'cc'))
    expect(names.length).toBe(2)
    for (const name of names) {
      expect(name.length).toBeLessThan(140)
      expect(statSync(join(folder, 'cc', name)).size).toBeGreaterThan(0)
    }
  })

  test('an unsupported locale is said, and written back as it was', async () => {
    const name = 'canvas-creator-unsupported-locale.json'
    const run = await runAsync(['export', name, '--to', 'canvascreator'], { [name]: fixture(name) })
    expect(run.stderr).toMatch(/warning: locale "sv-FI": the APIOps Cycles method has no texts/)
    expect(JSON.parse(run.stdout)).toEqual([JSON.parse(fixture(name).toString('utf8'))])
  })

  test.each(canvasCreatorFixtures().map(({ name, text }) => [name, text] as const))(
    '%s goes through our JSON and back to Canvas Creator unchanged, metadata included',
    async (_name, text) => {
      const files: Record<string, Uint8Array | string> = { 'cc.json': text }
      expect(
        (await runAsync(['export', 'cc.json', '--to', 'json', '-o', 'b.json'], files)).status,
      ).toBe(0)
      const back = await runAsync(['export', 'b.json', '--to', 'canvascreator'], files)
      expect(back.status).toBe(0)
      expect(JSON.parse(back.stdout)).toEqual([JSON.parse(text)])
    },
  )
})

describe('bounded cost', () => {
  const ccFile = (notes: string[]): string =>
    JSON.stringify({
      templateId: 'businessImpactCanvas',
      locale: 'en',
      metadata: { source: '', license: '', authors: [], website: '' },
      sections: [
        {
          sectionId: 'risksAndCriticality',
          stickyNotes: notes.map((content) => ({ content, size: 80, color: '#FFAFAF' })),
        },
      ],
    })

  test('a sticky with 100,000 distinct #tags: only 30 link, and the check says so', async () => {
    const tags = Array.from({ length: 100_000 }, (_, index) => `#t${String(index)}`).join(' ')
    const run = await runAsync(['check', 'cc.json', '--format', 'json'], {
      'cc.json': ccFile([tags, '#t1 #t2 answer']),
    })
    expect(run.stdout).toContain(
      'A sticky has 100000 #tags; only its first 30 link to other stickies.',
    )
  })

  test('20 stickies sharing 3,000 tags make at most 30 × 19 tag links each', async () => {
    const shared = Array.from({ length: 3000 }, (_, index) => `#s${String(index)}`).join(' ')
    const files: Record<string, Uint8Array | string> = {
      'cc.json': ccFile(
        Array.from({ length: 20 }, (_, index) => `Risk ${String(index)} ${shared}`),
      ),
    }
    const run = await runAsync(['export', 'cc.json', '--to', 'json', '-o', 'b.json'], files)
    expect(run.status).toBe(0)
    const exported = JSON.parse(String(files['b.json'])) as {
      board: { canvases: { areas: { notes: { links: unknown[] }[] }[] }[] }
    }
    const links = exported.board.canvases[0]?.areas.flatMap((area) =>
      area.notes.map((n) => n.links.length),
    )
    expect(Math.max(...(links ?? []))).toBe(30 * 19)
  })
})
