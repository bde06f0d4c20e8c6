import { Validator } from '@cfworker/json-schema'
import { describe, expect, it } from 'vitest'

import { exportJson } from '../src/export/board-export'
import { exportCsv } from '../src/export/export-csv'
import { exportMarkdown } from '../src/export/export-markdown'
import { fitMermaidDiagram } from '../src/export/mermaid-fit'
import { checkBoard } from '../src/fit/check-board'
import { topVotedNeeds } from '../src/fit/top-voted'
import { exportCanvasCreator } from '../src/interchange/canvas-creator-export'
import type { Board, Note, NoteVotes } from '../src/model/board'
import { boardExportJsonSchema } from './board-export-json-schema'
import { parseBoardExport } from './file-readers'
import { sampleBoard } from './fixtures/sample-board'
import { readCsv } from './read-csv'

const SANDBOX = 'Sandbox behaves differently from production'
const FEES = 'Fees are hard to predict'
const CARD_DATA = 'Card data must not touch our servers'
const WALLETS = 'Checkout converts better on mobile'

/** The sample board with dot votes on some pains and a gain. */
function votedBoard(votes: Readonly<Record<string, NoteVotes>>): Board {
  const board = structuredClone(sampleBoard)
  const vote = (note: Note): void => {
    const found = Object.entries(votes).find(([start]) => note.text.startsWith(start))
    if (found !== undefined) note.votes = found[1]
  }
  for (const canvas of board.canvases) {
    for (const area of canvas.areas) area.notes.forEach(vote)
    canvas.strayNotes.forEach(vote)
  }
  return board
}

const board = votedBoard({
  [FEES]: { total: 2, byStamp: { '+1': 2 } },
  [SANDBOX]: { total: 5, byStamp: { '+1': 4, Heart: 1 } },
  [CARD_DATA]: { total: 3, byStamp: { 'Thumbs up': 3 } },
  [WALLETS]: { total: 1, byStamp: { Star: 1 } },
})
const result = checkBoard(board)

describe('the check on a board with dot votes', () => {
  it('puts the most-voted unanswered pain first among the errors', () => {
    const pains = result.findings.filter((finding) => finding.code === 'unanswered-pain')
    expect(pains[0]?.message).toContain('Sandbox behaves')
    expect(pains[1]?.message).toContain('Fees are hard')
  })

  it('keeps each severity in the places it had without votes', () => {
    const unvoted = checkBoard(sampleBoard)
    expect(result.findings.map((finding) => finding.severity)).toEqual(
      unvoted.findings.map((finding) => finding.severity),
    )
    expect(new Set(result.findings)).toEqual(new Set(unvoted.findings))
  })

  it('weighs the fit by votes: answered pains hold 3 of 10 votes', () => {
    const [avp] = result.fit
    expect(avp?.votes).toEqual({
      painsAnswered: 3,
      painsTotal: 10,
      gainsAnswered: 1,
      gainsTotal: 1,
    })
    expect(checkBoard(sampleBoard).fit.every((fit) => fit.votes === undefined)).toBe(true)
  })

  it('ranks the voted pains and gains with their answered state', () => {
    const ranked = topVotedNeeds(board, result)
    expect(ranked.map((need) => [need.text.slice(0, 20), need.votes.total, need.answered])).toEqual(
      [
        ['Sandbox behaves diff', 5, false],
        ['Card data must not t', 3, true],
        ['Fees are hard to pre', 2, false],
        ['Checkout converts be', 1, true],
      ],
    )
  })
})

describe('exports on a board with dot votes', () => {
  it('Markdown: votes after each note, the unanswered ranked, the vote-weighted fit', () => {
    const markdown = exportMarkdown(board, result)
    expect(markdown).toContain('5 votes (+1 ×4, Heart ×1)')
    const ranked = markdown.slice(markdown.indexOf('## Most-voted unanswered pains and gains'))
    expect(ranked.indexOf('1. “Sandbox behaves')).toBeGreaterThan(0)
    expect(ranked.indexOf('2. “Fees are hard')).toBeGreaterThan(ranked.indexOf('1. “Sandbox'))
    expect(markdown).toContain('answered pains hold 3 of 10 votes; answered gains hold 1 of 1 vote')
  })

  it('CSV: a votes column, 0 for notes without stamps', () => {
    const rows = readCsv(exportCsv(board))
    expect(rows[0]?.at(-1)).toBe('votes')
    const sandbox = rows.find((row) => row[3] === SANDBOX)
    expect(sandbox?.at(-1)).toBe('5')
    expect(rows.find((row) => row[3]?.startsWith('Payouts match'))?.at(-1)).toBe('0')
  })

  it('Mermaid: the vote count in the label', () => {
    const [avp] = board.canvases
    if (avp === undefined) throw new Error('no canvas')
    expect(fitMermaidDiagram(avp, result)).toContain(
      'Sandbox behaves differently from production · 5 votes',
    )
  })

  it('JSON: votes round-trip and fit the committed JSON Schema', () => {
    const json = exportJson(board, result)
    const back = parseBoardExport(json)
    expect(back.board).toEqual(board)
    expect(back.fit[0]?.votes?.painsTotal).toBe(10)
    const schema: unknown = JSON.parse(boardExportJsonSchema())
    if (typeof schema !== 'object' || schema === null) throw new Error('schema')
    expect(new Validator(schema, '2020-12', false).validate(JSON.parse(json)).errors).toEqual([])
  })

  it('Canvas Creator files carry no votes', () => {
    const [avp] = board.canvases
    const files = exportCanvasCreator(board, avp?.id ?? '', { date: '2026-12-01T00:00:00Z' })
    expect(JSON.stringify(files)).not.toMatch(/votes|Heart|Thumbs/)
  })

  it('keeps hostile stamp names as text', () => {
    const hostile = votedBoard({ [SANDBOX]: { total: 1, byStamp: { '**x** <b>': 1 } } })
    const markdown = exportMarkdown(hostile, checkBoard(hostile))
    expect(markdown).not.toContain('**x** <b>')
    expect(markdown).toContain('\\*\\*x\\*\\* \\<b>')
  })
})
