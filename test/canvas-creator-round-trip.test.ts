import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, test } from 'vitest'

import { placeCanvasesAsync } from '../src/board/place-canvases-async'
import { readBoardAsync } from '../src/board/read-board-async'
import { exportCanvasCreator } from '../src/interchange/canvas-creator-export'
import { canvasCreatorSchemaIssues } from '../src/interchange/canvas-creator-schema'
import { planFileImport } from '../src/ui/plan-file-import'
import { createFakeFigJam } from './fake-figjam/fake-figjam'

interface CanvasCreatorNote {
  content: string
  color?: string
}
interface CanvasCreatorFileShape {
  templateId: string
  sections: { sectionId: string; stickyNotes: CanvasCreatorNote[] }[]
}

const fixtures = new URL('fixtures/canvas-creator/', import.meta.url)
const packageExamples = new URL(
  '../node_modules/apiops-cycles-method-data/src/data/canvas/import-export-templates/',
  import.meta.url,
)
const files: [string, URL][] = [
  ...readdirSync(fixtures).map((name): [string, URL] => [name, new URL(name, fixtures)]),
  ...[
    'Canvas_apiBusinessModelCanvas.json',
    'Canvas_customerJourneyCanvas.json',
    'Canvas_restCanvas.json',
  ].map((name): [string, URL] => [`package: ${name}`, new URL(name, packageExamples)]),
]

/**
 * Each section's non-empty notes as `text | COLOUR`, sorted, sections without notes left out:
 * what must survive the round trip (the board has no empty stickies to give back).
 */
function notesBySection(file: CanvasCreatorFileShape): Record<string, string[]> {
  return Object.fromEntries(
    file.sections
      .filter((section) => section.stickyNotes.some((note) => note.content.trim() !== ''))
      .map((section) => [
        section.sectionId,
        section.stickyNotes
          .filter((note) => note.content.trim() !== '')
          .map((note) => `${note.content} | ${(note.color ?? '').toUpperCase()}`)
          .sort(),
      ]),
  )
}

/** Imports a Canvas Creator file onto an in-memory board as the panel does, reads it, exports it. */
async function roundTripAsync(text: string): Promise<string> {
  const figma = createFakeFigJam()
  const planned = planFileImport(text)
  const [placed] = await placeCanvasesAsync(figma, planned.placement)
  if (placed === undefined) throw new Error('nothing placed')
  const board = await readBoardAsync(figma, 'page')
  const [exported] = exportCanvasCreator(board, placed.canvasId, { date: '2026-11-22' })
  if (exported === undefined) throw new Error('nothing exported')
  return exported.json
}

/** Canvas Creator's `canvascreator-export` command, installed by .ci/run (it needs cairo). */
const canvasCreatorCliUrl = new URL(
  '../node_modules/canvascreator/scripts/export.js',
  import.meta.url,
)
const canvasCreatorCli = existsSync(canvasCreatorCliUrl) ? fileURLToPath(canvasCreatorCliUrl) : null

describe.each(files)('Canvas Creator file %s', (_name, url) => {
  const text = readFileSync(url, 'utf8')
  const original = JSON.parse(text) as CanvasCreatorFileShape

  test('comes back from the board with every note’s text, section and colour', async () => {
    const exported = JSON.parse(await roundTripAsync(text)) as CanvasCreatorFileShape
    expect(exported.templateId).toBe(original.templateId)
    expect(notesBySection(exported)).toEqual(notesBySection(original))
    expect(canvasCreatorSchemaIssues(exported)).toEqual([])
  })

  test.skipIf(canvasCreatorCli === null)(
    'renders in Canvas Creator’s own command line with every note (canvascreator-export)',
    async () => {
      const json = await roundTripAsync(text)
      const dir = mkdtempSync(join(tmpdir(), 'canvascreator-'))
      writeFileSync(join(dir, 'in.json'), json)
      execFileSync(
        process.execPath,
        [
          canvasCreatorCli ?? '',
          '--canvas',
          original.templateId,
          '--import',
          'in.json',
          '--format',
          'svg',
          '--outdir',
          dir,
        ],
        { cwd: dir, stdio: 'pipe' },
      )
      const svgFile = readdirSync(dir).find((name) => name.endsWith('.svg'))
      const svg = readFileSync(join(dir, svgFile ?? 'missing.svg'), 'utf8')
      const texts = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/gs)].map((match) =>
        decodeXml((match[1] ?? '').replace(/<tspan[^>]*>/g, ' ').replace(/<\/tspan>/g, ''))
          .replace(/\s+/g, ' ')
          .trim(),
      )
      for (const note of Object.values(notesBySection(original)).flat()) {
        const content = note.slice(0, note.lastIndexOf(' | ')).replace(/\s+/g, ' ').trim()
        expect(texts, content).toContain(content)
      }
    },
  )
})

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

if (canvasCreatorCli === null) {
  console.warn(
    'canvascreator is not installed (.ci/run installs it; it needs cairo to build): the Canvas Creator rendering tests are skipped.',
  )
}
