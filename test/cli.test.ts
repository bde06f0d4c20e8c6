import { describe, expect, test } from 'vitest'

import { apiBusinessGoalsCanvas } from '../src/canvas/api-business-goals-canvas'
import { apiCanvas } from '../src/canvas/api-canvas'
import { runCliAsync } from '../src/cli/api-canvas'
import type { CliIo } from '../src/cli/cli-io'
import { exportJson } from '../src/export/board-export'
import { exportCsv } from '../src/export/export-csv'
import { exportMarkdown } from '../src/export/export-markdown'
import { checkBoard } from '../src/fit/check-board'
import { boardFromCanvasCreatorPlan } from '../src/interchange/canvas-creator-board'
import type { Board } from '../src/model/board'
import { boardWithCanvas, canvasCreatorFixtures } from './canvas-creator-helpers'
import { parseBoardExport, planCanvasCreatorImport, readCanvasCreatorFile } from './file-readers'
import { sampleBoard } from './fixtures/sample-board'

interface Run {
  status: number
  stdout: string
  stderr: string
  files: Map<string, string>
}

/** Runs the command line on an in-memory file system holding `files`. */
async function runAsync(
  argv: string[],
  files: Record<string, string> = {},
  options: { readOnly?: boolean } = {},
): Promise<Run> {
  const disk = new Map(Object.entries(files))
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    readFileAsync: (path) => {
      const text = disk.get(path)
      return text === undefined
        ? Promise.reject(new Error(`ENOENT: no such file or directory, open '${path}'`))
        : Promise.resolve(new TextEncoder().encode(text))
    },
    sameFileAsync: (a, b) => Promise.resolve(a === b),
    writeTextFileAsync: (path, text) => {
      if (options.readOnly === true) {
        return Promise.reject(new Error(`EACCES: permission denied, open '${path}'`))
      }
      disk.set(path, text)
      return Promise.resolve()
    },
  }
  const status = await runCliAsync(argv, io)
  return { status, stdout, stderr, files: disk }
}

const exported = (board: Board): string => exportJson(board, checkBoard(board))

const YELLOW = '#FFE299'
const at = { x: 24, y: 220 }

/** An API Canvas with one note: empty areas (warnings), nothing an error. */
const warningsOnly = boardWithCanvas(apiCanvas, {
  valueProposition: [{ text: 'Live parcel status', color: YELLOW, position: at }],
})

const goalsOnly = boardWithCanvas(apiBusinessGoalsCanvas, {
  increasingRevenue: [{ text: 'Paid add-on', color: YELLOW, position: at }],
})

const ccFixture = (name: string): string => {
  const found = canvasCreatorFixtures().find((fixture) => fixture.name === name)
  if (found === undefined) throw new Error(`no fixture ${name}`)
  return found.text
}

const JOURNEY = 'payments_customerJourneyCanvas_de.json'

/** A Business Impact Canvas file with a risk no mitigation answers: risks are pains there. */
const impactFile = JSON.stringify({
  templateId: 'businessImpactCanvas',
  locale: 'en',
  metadata: { source: '', license: '', authors: [], website: '' },
  sections: [
    {
      sectionId: 'risksAndCriticality',
      stickyNotes: [{ content: 'Carrier API outage at peak', size: 80, color: '#FFAFAF' }],
    },
  ],
})

const summary = (error: number, warning: number, info: number): string =>
  `${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${info} note${info === 1 ? '' : 's'}`

const countsOf = (board: Board): Record<'error' | 'warning' | 'info', number> => {
  const { findings } = checkBoard(board)
  const count = (severity: string): number =>
    findings.filter((finding) => finding.severity === severity).length
  return { error: count('error'), warning: count('warning'), info: count('info') }
}

const files = {
  'board.json': exported(sampleBoard),
  'warnings.json': exported(warningsOnly),
  'goals.json': exported(goalsOnly),
  'journey.json': ccFixture(JOURNEY),
  'impact.json': impactFile,
}

describe('api-canvas check', () => {
  test('prints each canvas with its fit and findings, and fails on the unanswered pains', async () => {
    const run = await runAsync(['check', 'board.json'], files)
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe('Acme Pay – API Value Proposition')
    expect(lines[1]).toBe('  fit: 2 of 4 pains answered, 2 of 3 gains answered')
    expect(run.stdout).toMatch(
      /^ {2}error {4}unanswered-pain +Pain “Sandbox behaves differently from production” in “Pains” has no pain reliever linked to it\.$/m,
    )
    expect(run.stdout).toContain('\nAcme Pay – API Canvas\n')
    const { error, warning, info } = countsOf(sampleBoard)
    expect(error).toBeGreaterThan(0)
    expect(
      run.stdout.endsWith(`\n\n${summary(error, warning, info)}: fails (--fail-on error)\n`),
    ).toBe(true)
  })

  test('works the findings out afresh rather than trusting the file', async () => {
    const stale = parseBoardExport(files['board.json'])
    const run = await runAsync(['check', 'stale.json'], {
      'stale.json': JSON.stringify({ ...stale, findings: [], fit: [] }),
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('unanswered-pain')
  })

  test.each([
    ['board.json', 'error', 1],
    ['board.json', 'warning', 1],
    ['board.json', 'never', 0],
    ['warnings.json', 'error', 0],
    ['warnings.json', 'warning', 1],
    ['warnings.json', 'never', 0],
  ])('%s --fail-on %s exits %i', async (file, failOn, status) => {
    const run = await runAsync(['check', file, '--fail-on', failOn], files)
    expect(run.status).toBe(status)
    expect(run.stdout).toContain(`: ${status === 0 ? 'passes' : 'fails'} (--fail-on ${failOn})\n`)
  })

  test('lets a CI job fail on an unanswered pain and pass once it is answered', async () => {
    const board = structuredClone(sampleBoard)
    const before = await runAsync(['check', 'b.json'], { 'b.json': exported(board) })
    for (const canvas of board.canvases) {
      for (const area of canvas.areas) {
        if (area.role === 'pain' || area.role === 'gain') area.notes = []
      }
    }
    const kept = new Set(
      board.canvases.flatMap((canvas) =>
        canvas.areas.flatMap((area) => area.notes.map((n) => n.id)),
      ),
    )
    for (const canvas of board.canvases) {
      for (const note of canvas.areas.flatMap((area) => area.notes)) {
        note.links = note.links.filter((link) => kept.has(link.noteId))
      }
    }
    const after = await runAsync(['check', 'b.json'], { 'b.json': exported(board) })
    expect([before.status, after.status]).toEqual([1, 0])
  })

  test('--format json gives the counts, the verdict, the fit and the findings', async () => {
    const run = await runAsync(['check', 'board.json', '--format', 'json'], files)
    const report = JSON.parse(run.stdout) as Record<string, unknown>
    const result = checkBoard(sampleBoard)
    expect(run.status).toBe(1)
    expect(report).toEqual({
      failOn: 'error',
      failed: true,
      counts: countsOf(sampleBoard),
      canvases: sampleBoard.canvases.map(({ id, templateId, title }) => ({
        id,
        templateId,
        title,
      })),
      fit: result.fit,
      findings: result.findings,
    })
  })

  test('--format md gives the fit table and the findings without the notes, --mermaid a diagram', async () => {
    const run = await runAsync(['check', 'board.json', '--format', 'md'], files)
    expect(run.stdout).toBe(exportMarkdown(sampleBoard, checkBoard(sampleBoard), { notes: false }))
    expect(run.stdout).toContain('## Findings')
    expect(run.stdout).not.toContain('### C · Pains')
    const withDiagram = await runAsync(
      ['check', 'board.json', '--format', 'md', '--mermaid'],
      files,
    )
    expect(withDiagram.stdout).toContain('```mermaid\nflowchart LR\n')
    expect(withDiagram.status).toBe(1)
  })

  test('checks a Canvas Creator file like a board, failing on an unanswered risk', async () => {
    const run = await runAsync(['check', 'impact.json', '--format', 'json'], files)
    const board = boardFromCanvasCreatorPlan(planCanvasCreatorImport(impactFile))
    const report = JSON.parse(run.stdout) as {
      findings: { code: string; noteIds: string[] }[]
      canvases: { id: string }[]
    }
    expect(report.findings).toEqual(checkBoard(board).findings)
    expect(report.canvases[0]?.id).toBe('cc:businessImpactCanvas')
    expect(report.findings.find((finding) => finding.code === 'unanswered-pain')?.noteIds).toEqual([
      'cc:risksAndCriticality:1',
    ])
    expect(run.status).toBe(1)
  })

  test('prints the same bytes each time', async () => {
    for (const format of ['text', 'json', 'md']) {
      const first = await runAsync(['check', 'board.json', '--format', format], files)
      const second = await runAsync(['check', 'board.json', '--format', format], files)
      expect(second.stdout).toBe(first.stdout)
    }
  })
})

describe('api-canvas check with a file it cannot use', () => {
  test('a missing file exits 2, naming it', async () => {
    const run = await runAsync(['check', 'missing.json'], files)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      "api-canvas: cannot read missing.json: ENOENT: no such file or directory, open 'missing.json'\n",
    )
  })

  test('text that is not JSON exits 2, naming the file', async () => {
    const run = await runAsync(['check', 'notes.md'], { 'notes.md': '# Workshop notes' })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(
      /^api-canvas: notes\.md: This file cannot be used:\n {2}\(file\): is not JSON: /,
    )
  })

  test('an invalid board export exits 2, naming the file and the JSON path', async () => {
    const board = JSON.parse(files['board.json']) as {
      board: { canvases: { areas: { notes: { color: string }[] }[] }[] }
    }
    const note = board.board.canvases[0]?.areas[2]?.notes[1]
    if (note === undefined) throw new Error('fixture has a second pain')
    note.color = 'red'
    const run = await runAsync(['check', 'bad.json'], { 'bad.json': JSON.stringify(board) })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^api-canvas: bad\.json: This board export cannot be used:\n/)
    expect(run.stderr).toMatch(/^ {2}board\.canvases\[0\]\.areas\[2\]\.notes\[1\]\.color: /m)
  })

  test('an invalid Canvas Creator file exits 2, naming the file and the JSON path', async () => {
    const file = JSON.parse(ccFixture(JOURNEY)) as {
      sections: { sectionId: string; stickyNotes: { size: unknown }[] }[]
    }
    const note = file.sections[2]?.stickyNotes[0]
    if (note === undefined) throw new Error('fixture has three sections')
    note.size = 'large'
    const run = await runAsync(['check', 'cc.json'], { 'cc.json': JSON.stringify(file) })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^api-canvas: cc\.json: This Canvas Creator file cannot be used:\n/)
    expect(run.stderr).toMatch(/^ {2}sections\[2\]\.stickyNotes\[0\]\.size: /m)
  })

  test('a section the method no longer has is kept, with a warning naming it in the file’s language', async () => {
    const file = JSON.parse(ccFixture(JOURNEY)) as { sections: { sectionId: string }[] }
    const section = file.sections[2]
    if (section === undefined) throw new Error('fixture has three sections')
    section.sectionId = 'painz'
    const text = JSON.stringify(file)
    const check = await runAsync(['check', 'cc.json'], { 'cc.json': text })
    expect(check.stderr).toMatch(
      /^api-canvas: cc\.json: Warnung: Der Abschnitt "painz" der Datei /m,
    )
    expect(check.status).not.toBe(2)
    const back = await runAsync(['export', 'cc.json', '--to', 'canvascreator'], { 'cc.json': text })
    expect(JSON.parse(back.stdout)).toEqual([JSON.parse(text)])
  })

  test('JSON that is neither kind exits 2, saying what a board export lacks', async () => {
    const run = await runAsync(['check', 'list.json'], { 'list.json': '[1, 2, 3]' })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(
      /^api-canvas: list\.json: This board export cannot be used:\n {2}\(file\): /,
    )
  })
})

describe('api-canvas export', () => {
  const result = checkBoard(sampleBoard)

  test.each([
    ['md', exportMarkdown(sampleBoard, result)],
    ['json', exportJson(sampleBoard, result)],
    ['csv', exportCsv(sampleBoard)],
  ])('--to %s writes the exporter’s text to standard output', async (format, expected) => {
    const run = await runAsync(['export', 'board.json', '--to', format], files)
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(expected)
  })

  test('--to md --mermaid adds the fit diagram', async () => {
    const run = await runAsync(['export', 'board.json', '--to', 'md', '--mermaid'], files)
    expect(run.stdout).toBe(exportMarkdown(sampleBoard, result, { mermaid: true }))
  })

  test('-o writes the file and nothing to standard output', async () => {
    const run = await runAsync(
      ['export', 'board.json', '--to', 'csv', '-o', 'out/notes.csv'],
      files,
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.files.get('out/notes.csv')).toBe(exportCsv(sampleBoard))
  })

  test('--to json turns a Canvas Creator file into the plugin’s JSON export', async () => {
    const run = await runAsync(['export', 'journey.json', '--to', 'json'], files)
    const board = boardFromCanvasCreatorPlan(planCanvasCreatorImport(ccFixture(JOURNEY)))
    expect(run.stdout).toBe(exportJson(board, checkBoard(board)))
  })

  test('--to canvascreator without -o writes a JSON array of the Canvas Creator files', async () => {
    const run = await runAsync(['export', 'board.json', '--to', 'canvascreator'], files)
    expect(run.status).toBe(0)
    const documents = JSON.parse(run.stdout) as unknown[]
    const templates = documents.map(
      (document) => readCanvasCreatorFile(JSON.stringify(document)).templateId,
    )
    expect(templates).toEqual([
      'apiValuePropositionCanvas',
      'customerJourneyCanvas',
      'apiBusinessModelCanvas',
    ])
    expect(run.stdout).not.toContain('"date"')
  })

  test('--to canvascreator -o DIR writes one file per method canvas, named as Canvas Creator names them', async () => {
    const run = await runAsync(
      [
        'export',
        'board.json',
        '--to',
        'canvascreator',
        '-o',
        'cc',
        '--date',
        '2026-01-15T10:00:00Z',
      ],
      files,
    )
    expect(run.status).toBe(0)
    const written = [...run.files.keys()].filter((path) => path.startsWith('cc/'))
    expect(written).toEqual([
      'cc/Acme-Pay-API-Value-Proposition_apiValuePropositionCanvas_en.json',
      'cc/Acme-Pay-API-Value-Proposition_customerJourneyCanvas_en.json',
      'cc/Acme-Pay-API-Canvas_apiBusinessModelCanvas_en.json',
    ])
    for (const path of written) {
      const file = readCanvasCreatorFile(run.files.get(path) ?? '')
      expect(file.metadata.date).toBe('2026-01-15T10:00:00Z')
    }
  })

  test('--to canvascreator keeps a Canvas Creator file’s metadata and date', async () => {
    const run = await runAsync(['export', 'journey.json', '--to', 'canvascreator'], files)
    const [document] = JSON.parse(run.stdout) as unknown[]
    const original = readCanvasCreatorFile(ccFixture(JOURNEY))
    expect(readCanvasCreatorFile(JSON.stringify(document)).metadata).toEqual(original.metadata)
  })

  test('--to canvascreator skips a canvas the method lacks, and exits 2 when none is left', async () => {
    const run = await runAsync(['export', 'goals.json', '--to', 'canvascreator'], files)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('api-canvas: goals.json: skipped: Canvas "API Business Goals"')
    expect(run.stderr).toContain(
      'api-canvas: goals.json: no canvas on this board has a Canvas Creator counterpart.',
    )
  })

  test('writes the same bytes each time, in every format', async () => {
    for (const format of ['md', 'json', 'csv', 'canvascreator']) {
      const first = await runAsync(['export', 'board.json', '--to', format], files)
      const second = await runAsync(['export', 'board.json', '--to', format], files)
      expect(second.stdout).toBe(first.stdout)
    }
  })

  test('an unreadable or invalid file exits 2 and writes nothing', async () => {
    const missing = await runAsync(['export', 'missing.json', '--to', 'csv', '-o', 'x.csv'], files)
    const invalid = await runAsync(['export', 'bad.json', '--to', 'csv', '-o', 'x.csv'], {
      'bad.json': '{"board": 1}',
    })
    expect([missing.status, invalid.status]).toEqual([2, 2])
    expect(missing.stderr).toContain('cannot read missing.json')
    expect(invalid.stderr).toMatch(
      /^api-canvas: bad\.json: This board export cannot be used:\n {2}schemaVersion: /,
    )
    expect(missing.files.has('x.csv') || invalid.files.has('x.csv')).toBe(false)
  })

  test('an output that cannot be written exits 2, naming it', async () => {
    const run = await runAsync(['export', 'board.json', '--to', 'md', '-o', 'locked.md'], files, {
      readOnly: true,
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      "api-canvas: cannot write locked.md: EACCES: permission denied, open 'locked.md'\n",
    )
  })
})

describe('api-canvas arguments', () => {
  test.each([
    [
      ['check', 'board.json', '--format', 'xml'],
      '--format must be one of text, json, md, not "xml".',
      'check',
    ],
    [
      ['check', 'board.json', '--fail-on', 'info'],
      '--fail-on must be one of error, warning, never, not "info".',
      'check',
    ],
    [['check', 'board.json', '--mermaid'], '--mermaid goes with --format md.', 'check'],
    [['check'], 'Name the FILE to read (- for standard input).', 'check'],
    [['check', 'a.json', 'b.json'], 'Give one FILE, not 2.', 'check'],
    [['export', 'board.json'], 'Say what to export to: --to md|json|csv|canvascreator.', 'export'],
    [
      ['export', 'board.json', '--to', 'pdf'],
      '--to must be one of md, json, csv, canvascreator, not "pdf".',
      'export',
    ],
    [
      ['export', 'board.json', '--to', 'csv', '--mermaid'],
      '--mermaid goes with --to md.',
      'export',
    ],
    [
      ['export', 'board.json', '--to', 'md', '--date', '2026-01-01'],
      '--date goes with --to canvascreator.',
      'export',
    ],
    [
      ['export', 'board.json', '--to', 'canvascreator', '--date', 'yesterday'],
      '--date must be a real ISO 8601 date or time like 2025-08-05 or 2025-08-05T17:06:07Z, not "yesterday".',
      'export',
    ],
    [['lint', 'board.json'], '"lint" is not a command: use check, export, diff or status.', null],
  ])('%j exits 2: %s', async (argv, message, command) => {
    const run = await runAsync(argv, files)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    const help = command === null ? '--help' : `${command} --help`
    expect(run.stderr).toBe(`api-canvas: ${message}\nRun "api-canvas ${help}" for usage.\n`)
  })

  test.each([
    [['check', 'board.json', '--strict'], /^api-canvas: Unknown option "--strict" \(/],
    [['check', 'board.json', '--format'], /^api-canvas: --format needs a value\.\n/],
    [['check', 'board.json', '--mermaid=yes'], /^api-canvas: --mermaid takes no value, not "yes"/],
    [
      ['export', 'board.json', '-o', '--to'],
      /^api-canvas: -o needs a value, not the option "--to"; .* written --output=--to\.\n/,
    ],
  ])('%j exits 2, naming the option', async (argv, message) => {
    const run = await runAsync(argv, files)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
  })

  test.each([
    [['--help'], 'Usage: api-canvas <command>'],
    [['-h'], 'Usage: api-canvas <command>'],
    [['help'], 'Usage: api-canvas <command>'],
    [['check', '--help'], 'Usage: api-canvas check FILE'],
    [['help', 'check'], 'Usage: api-canvas check FILE'],
    [['export', '-h'], 'Usage: api-canvas export FILE'],
    [['help', 'export'], 'Usage: api-canvas export FILE'],
  ])('%j prints help and exits 0', async (argv, start) => {
    const run = await runAsync(argv, files)
    expect(run.status).toBe(0)
    expect(run.stdout.startsWith(start)).toBe(true)
    expect(run.stderr).toBe('')
  })

  test('no arguments print the usage on standard error and exit 2', async () => {
    const run = await runAsync([], files)
    expect(run.status).toBe(2)
    expect(run.stderr.startsWith('Usage: api-canvas <command>')).toBe(true)
  })
})
