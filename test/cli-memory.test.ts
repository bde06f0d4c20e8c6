import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, describe, expect, test } from 'vitest'

import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import { exportJson } from '../src/export/board-export'
import type { Board, Canvas, Note } from '../src/model/board'
import { MAX_FILE_BYTES } from '../src/model/file-text'

/** Peak resident set size the README promises for any input up to `MAX_FILE_BYTES`. */
const PEAK_RSS_BOUND = 1_000_000_000

const launcher = fileURLToPath(new URL('../bin/api-canvas.js', import.meta.url))
/** Loaded before the command line: says its peak resident set size on standard error at exit. */
const probe = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => process.stderr.write('peak-rss-bytes ' + String(process.resourceUsage().maxRSS * 1024) + '\\n'))",
)}`
const folder = mkdtempSync(join(tmpdir(), 'api-canvas-memory-'))

afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
})

/** A canvas of 120 stickies of about 500 characters, each linked by tag to 23 others. */
function bigCanvas(index: number): Canvas {
  const notes: Note[][] = apiValuePropositionCanvas.areas.map((_area, a) =>
    Array.from({ length: 20 }, (_, n) => ({
      id: `${String(index)}:${String(a)}:${String(n)}`,
      text: `Note ${String(n)} #t${String(n % 5)} ${'lorem ipsum '.repeat(40)}`,
      author: 'Ana',
      color: '#FFE299',
      position: { x: 24 + n * 10, y: 220 },
      tags: [`t${String(n % 5)}`],
      links: [],
    })),
  )
  const all = notes.flat()
  for (const note of all) {
    note.links = all
      .filter((other) => other !== note && other.tags[0] === note.tags[0])
      .map((other) => ({ noteId: other.id, via: 'tag' as const, tag: other.tags[0] ?? '' }))
      .sort((a, b) => (a.noteId < b.noteId ? -1 : 1))
  }
  return {
    id: `canvas-${String(index)}`,
    templateId: apiValuePropositionCanvas.id,
    title: `Canvas ${String(index)}`,
    strayNotes: [],
    emptyStickyCount: 0,
    areas: apiValuePropositionCanvas.areas.map((area, a) => ({
      id: area.id,
      sectionId: `section-${String(index)}-${String(a)}`,
      title: area.title,
      label: area.label,
      fillOrder: area.fillOrder,
      role: area.role,
      notes: notes[a] ?? [],
    })),
  }
}

/** Runs the command line in its own process; its peak RSS in bytes and its exit status. */
function measure(args: string[]): { status: number | null; peak: number; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', probe, launcher, ...args], {
    cwd: folder,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  const peak = Number(/peak-rss-bytes (\d+)/.exec(run.stderr)?.[1] ?? NaN)
  return { status: run.status, peak, stderr: run.stderr }
}

describe('memory bound (README: Bad input tried)', () => {
  const input = join(folder, 'big.json')
  const board: Board = {
    schemaVersion: 1,
    canvases: Array.from({ length: 95 }, (_, index) => bigCanvas(index)),
    problems: [],
  }
  writeFileSync(input, exportJson(board, { findings: [], fit: [] }))

  test('a board export of nearly 50 MB is checked and exported in under 1 GB', () => {
    const size = statSync(input).size
    expect(size).toBeGreaterThan(0.9 * MAX_FILE_BYTES)
    expect(size).toBeLessThanOrEqual(MAX_FILE_BYTES)
    for (const args of [
      ['check', 'big.json', '--format', 'json'],
      ['export', 'big.json', '--to', 'json', '-o', 'out.json'],
    ]) {
      const { status, peak, stderr } = measure(args)
      expect(status, stderr).not.toBe(2)
      expect(peak).toBeLessThan(PEAK_RSS_BOUND)
    }
  }, 180_000)

  test('a file over 50 MB is refused before it is read whole', () => {
    writeFileSync(join(folder, 'huge.json'), Buffer.alloc(MAX_FILE_BYTES + 1_000_000, 0x20))
    const { status, peak, stderr } = measure(['check', 'huge.json'])
    expect(status).toBe(2)
    expect(stderr).toMatch(/is larger \(50\.0 MB\) than the 50\.0 MB a file may have/)
    expect(peak).toBeLessThan(PEAK_RSS_BOUND / 4)
  }, 60_000)
})
