import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { describe, expect, test } from 'vitest'

import { findingBacklog } from '../src/export/finding-backlog'
import { exportGitHubIssues } from '../src/export/github-issues'
import { exportJiraCsv, JIRA_COLUMNS } from '../src/export/jira-csv'
import { checkBoard } from '../src/fit/check-board'
import type { Board } from '../src/model/board'
import { sampleBoard } from './fixtures/sample-board'
import { readCsv } from './read-csv'
import { HOSTILE_STICKIES, hostileBoard } from './tool-export-helpers'

interface Issue {
  title: string
  body: string
  labels: string[]
}

const issuesOf = (board: Board, severity: 'error' | 'warning' | 'info' = 'warning'): Issue[] =>
  JSON.parse(exportGitHubIssues(board, checkBoard(board), severity)) as Issue[]

const markerOf = (issue: Issue): string =>
  /<!-- api-canvas-finding: ([0-9a-f-]+) -->\n$/.exec(issue.body)?.[1] ?? ''

/** The sample board read again: every id new, as after a Canvas Creator round trip. */
function withNewIds(board: Board): Board {
  const renamed = JSON.stringify(board).replace(/"(\d+):(\d+)"/g, '"9$1:$2"')
  return JSON.parse(renamed) as Board
}

describe('exportGitHubIssues', () => {
  const issues = issuesOf(sampleBoard)

  test('writes the sample workshop as in the golden file', async () => {
    await expect(exportGitHubIssues(sampleBoard, checkBoard(sampleBoard))).toMatchFileSnapshot(
      './golden/sample-board.github-issues.json',
    )
  })

  test('one issue per error and warning, labelled, each body ending in its own marker', () => {
    const findings = checkBoard(sampleBoard).findings.filter(
      (finding) => finding.severity !== 'info',
    )
    expect(issues).toHaveLength(findings.length)
    expect(issues.map((issue) => issue.labels)).toEqual(
      findings.map((finding) => ['api-canvas', `api-canvas:${finding.severity}`]),
    )
    const markers = issues.map(markerOf)
    expect(markers.every((marker) => /^[0-9a-f]{16}(-\d+)?$/.test(marker))).toBe(true)
    expect(new Set(markers).size).toBe(markers.length)
    expect(issuesOf(sampleBoard, 'error').length).toBeLessThan(issues.length)
    expect(issuesOf(sampleBoard, 'info').length).toBe(checkBoard(sampleBoard).findings.length)
  })

  test('a rerun after the board changed elsewhere, with new ids, keeps each unchanged finding’s marker', () => {
    const changed = withNewIds(sampleBoard)
    const unanswered = checkBoard(sampleBoard).findings.find(
      (finding) => finding.code === 'unanswered-pain',
    )
    const pains = changed.canvases[0]?.areas.find((area) => area.id === 'pains')
    const pain = pains?.notes.find((note) => note.id === `9${unanswered?.noteIds[0] ?? ''}`)
    if (pain !== undefined) pain.text = 'A pain reworded in the second session'
    const before = new Map(issues.map((issue) => [markerOf(issue), issue.title]))
    const after = issuesOf(changed)
    const kept = after.filter((issue) => before.has(markerOf(issue)))
    expect(kept.length).toBe(after.length - 1)
    expect(after.find((issue) => !before.has(markerOf(issue)))?.title).toContain(
      'A pain reworded in the second session',
    )
  })

  test('the body is Markdown with the finding, canvas, area and stickies as literal text', () => {
    const [issue] = issues
    const tree = fromMarkdown(issue?.body ?? '')
    const text = toString(tree)
    const finding = findingBacklog(sampleBoard, checkBoard(sampleBoard))[0]
    expect(text).toContain(finding?.finding.message)
    expect(text).toContain(`Canvas: ${finding?.canvasTitle ?? ''}`)
    for (const note of finding?.noteTexts ?? []) expect(text).toContain(note)
  })

  test('hostile stickies stay text: one marker per body, no HTML or links but the marker', () => {
    for (const issue of issuesOf(hostileBoard(), 'info')) {
      const kinds = new Set<string>()
      const html: string[] = []
      const visit = (node: { type: string; value?: string; children?: unknown[] }): void => {
        kinds.add(node.type)
        if (node.type === 'html') html.push(node.value ?? '')
        for (const child of node.children ?? [])
          visit(child as { type: string; children?: unknown[] })
      }
      visit(fromMarkdown(issue.body))
      expect(html).toEqual([`<!-- api-canvas-finding: ${markerOf(issue)} -->`])
      expect(
        [...kinds].filter(
          (kind) => !['root', 'paragraph', 'text', 'list', 'listItem', 'strong'].includes(kind),
        ),
      ).toEqual(['html'])
      expect(issue.title).not.toMatch(/\n/)
    }
    const bodies = issuesOf(hostileBoard()).map((issue) => toString(fromMarkdown(issue.body)))
    for (const text of HOSTILE_STICKIES) {
      const shown = text.replace(/\s+/g, ' ').trim()
      expect(bodies.some((body) => body.includes(shown))).toBe(true)
    }
  })
})

describe('exportJiraCsv', () => {
  const csv = exportJiraCsv(sampleBoard, checkBoard(sampleBoard))
  const rows = readCsv(csv)

  test('writes the sample workshop as in the golden file', async () => {
    await expect(csv).toMatchFileSnapshot('./golden/sample-board.jira.csv')
  })

  test('has the columns Jira maps, a priority from the severity and the finding’s key', () => {
    expect(rows[0]).toEqual([...JIRA_COLUMNS])
    const items = findingBacklog(sampleBoard, checkBoard(sampleBoard))
    expect(rows.slice(1)).toHaveLength(items.length)
    rows.slice(1).forEach((row, index) => {
      const item = items[index]
      expect(row[2]).toBe('Task')
      expect(row[3]).toBe(item?.finding.severity === 'error' ? 'High' : 'Medium')
      expect(row.slice(4)).toEqual(['api-canvas', item?.finding.code])
      expect(row[1]).toContain(`api-canvas-finding: ${item?.key ?? ''}`)
    })
  })

  test('hostile stickies: every cell a spreadsheet would run as a formula is neutralised', () => {
    const board = hostileBoard()
    const canvas = board.canvases[0]
    if (canvas !== undefined) canvas.title = '=cmd|" /C calc"!A0'
    const hostileRows = readCsv(exportJiraCsv(board, checkBoard(board), 'info')).slice(1)
    expect(hostileRows.length).toBeGreaterThan(HOSTILE_STICKIES.length)
    for (const row of hostileRows) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    }
    expect(hostileRows.some((row) => row[0]?.startsWith(`'=cmd`))).toBe(true)
    expect(hostileRows.every((row) => row.length === JIRA_COLUMNS.length)).toBe(true)
  })
})
