import { describe, expect, test } from 'vitest'

import { checkFit } from '../src/fit/check-fit'
import type { Area, Board, Canvas, Note } from '../src/model/board'
import { checkResultSchema, type Finding, type FindingCode } from '../src/model/findings'
import { sampleBoard } from './fixtures/sample-board'
import { readNote } from './note-factory'

const copyBoard = (): Board => structuredClone(sampleBoard)

function canvasOf(board: Board, canvasId: string): Canvas {
  const canvas = board.canvases.find((c) => c.id === canvasId)
  if (canvas === undefined) throw new Error(`no canvas ${canvasId}`)
  return canvas
}

function areaOf(board: Board, canvasId: string, areaId: string): Area {
  const area = canvasOf(board, canvasId).areas.find((a) => a.id === areaId)
  if (area === undefined) throw new Error(`no area ${areaId}`)
  return area
}

function noteOf(board: Board, noteId: string): Note {
  for (const canvas of board.canvases) {
    for (const note of [...canvas.areas.flatMap((a) => a.notes), ...canvas.strayNotes]) {
      if (note.id === noteId) return note
    }
  }
  throw new Error(`no note ${noteId}`)
}

function connect(board: Board, a: string, b: string): void {
  noteOf(board, a).links.push({ noteId: b, via: 'connector' })
  noteOf(board, b).links.push({ noteId: a, via: 'connector' })
}

function disconnect(board: Board, a: string, b: string): void {
  noteOf(board, a).links = noteOf(board, a).links.filter((link) => link.noteId !== b)
  noteOf(board, b).links = noteOf(board, b).links.filter((link) => link.noteId !== a)
}

const withCode = (board: Board, code: FindingCode): Finding[] =>
  checkFit(board).findings.filter((finding) => finding.code === code)

const AVP = '1:2'
const API_CANVAS = '1:40'

describe('checkFit on the sample workshop', () => {
  const result = checkFit(sampleBoard)

  test('reports every finding, canvas by canvas, areas in fill order, notes in reading order', () => {
    expect(
      result.findings.map((f) => [f.code, f.severity, f.canvasId, f.areaId, f.noteIds]),
    ).toEqual([
      ['unanswered-gain', 'error', AVP, 'gains', ['5:12']],
      ['unanswered-pain', 'error', AVP, 'pains', ['5:22']],
      ['unanswered-pain', 'error', AVP, 'pains', ['5:23']],
      ['mismatched-link', 'warning', AVP, 'pains', ['5:23', '5:31']],
      ['unused-gain-creator', 'warning', AVP, 'gainCreators', ['5:32']],
      ['unused-pain-reliever', 'warning', AVP, 'painRelievers', ['5:42']],
      ['stray-note', 'info', AVP, null, ['5:60']],
      ['read-problem', 'warning', API_CANVAS, 'costStructure', []],
      ['empty-area', 'warning', API_CANVAS, 'keyPartners', []],
    ])
  })

  test('gives fit only for canvases with pains or gains', () => {
    expect(result.fit).toEqual([
      { canvasId: AVP, painsAnswered: 2, painsTotal: 4, gainsAnswered: 2, gainsTotal: 3 },
    ])
  })

  test('is a valid check result', () => {
    expect(checkResultSchema.safeParse(result).success).toBe(true)
  })

  test('messages quote the sticky, shortened with an ellipsis, and name the area', () => {
    const messages = result.findings.map((f) => f.message)
    expect(messages).toContain(
      'Pain “Fees are hard to predict | they differ per card type and co…” in “Pains” has no pain reliever linked to it.',
    )
    expect(messages).toContain(
      'Gain “Payouts match orders without spreadsheets” in “Gains” has no gain creator linked to it.',
    )
    expect(messages).toContain(
      'Pain reliever “Status page & incident e-mails” in “Pain relievers” is linked to no pain, so it may create no value.',
    )
    expect(messages).toContain(
      'Gain creator “Smart retries for declined cards” in “Gain creators” is linked to no gain, so it may create no value.',
    )
    expect(messages).toContain(
      '“Sandbox behaves differently from production” in “Pains” is linked to “Drop-in checkout UI & sandbox keys on sign-up” in “Gain creators”, but pains are answered by pain relievers, not by gain creators.',
    )
    expect(messages).toContain('Area “Key partners” has no stickies yet.')
    expect(messages).toContain(
      'Sticky “Ask legal about PSD2 **SCA** exemptions” lies in no area of “Acme Pay – API Value Proposition”, so the fit check skips it.',
    )
    expect(messages).toContain(sampleBoard.problems[0]?.message)
  })

  test('quotes keep whole characters and put multi-line stickies on one line', () => {
    const board = copyBoard()
    noteOf(board, '5:12').text = `Payouts\n\nmatch ${'😀'.repeat(70)}`
    const [finding] = withCode(board, 'unanswered-gain')
    expect(finding?.message).toBe(
      `Gain “Payouts match ${'😀'.repeat(45)}…” in “Gains” has no gain creator linked to it.`,
    )
  })
})

describe('each finding stops when the board is fixed', () => {
  test('empty-area covers context areas and the API name, and stops when a note is added', () => {
    const board = copyBoard()
    areaOf(board, API_CANVAS, 'apiName').notes = []
    expect(withCode(board, 'empty-area').map((f) => f.areaId)).toEqual(['apiName', 'keyPartners'])
    areaOf(board, API_CANVAS, 'apiName').notes.push(readNote('9:1', 'Acme Pay API'))
    areaOf(board, API_CANVAS, 'keyPartners').notes.push(readNote('9:2', 'Card schemes'))
    expect(withCode(board, 'empty-area')).toEqual([])
  })

  test('an area whose section was deleted is reported once, by its read problem', () => {
    const board = copyBoard()
    const costs = areaOf(board, API_CANVAS, 'costStructure')
    expect(costs.sectionId).toBeNull()
    expect(
      checkFit(board)
        .findings.filter((f) => f.areaId === 'costStructure')
        .map((f) => f.code),
    ).toEqual(['read-problem'])
    costs.sectionId = '6:99'
    board.problems = []
    expect(withCode(board, 'empty-area').map((f) => f.areaId)).toEqual([
      'keyPartners',
      'costStructure',
    ])
  })

  test('unanswered-pain stops when a pain reliever is linked; the fit count follows', () => {
    const board = copyBoard()
    connect(board, '5:22', '5:42')
    const result = checkFit(board)
    expect(
      result.findings.filter((f) => f.code === 'unanswered-pain').map((f) => f.noteIds),
    ).toEqual([['5:23']])
    expect(result.fit[0]?.painsAnswered).toBe(3)
    expect(withCode(board, 'unused-pain-reliever')).toEqual([])
  })

  test('a pain that loses its reliever is unanswered again, and the reliever unused', () => {
    const board = copyBoard()
    disconnect(board, '5:21', '5:41')
    expect(withCode(board, 'unanswered-pain').map((f) => f.noteIds[0])).toContain('5:21')
    expect(withCode(board, 'unused-pain-reliever').map((f) => f.noteIds[0])).toContain('5:41')
  })

  test('a shared tag answers a pain just as a connector does', () => {
    const board = copyBoard()
    noteOf(board, '5:22').links.push({ noteId: '5:42', via: 'tag', tag: 'fees' })
    noteOf(board, '5:42').links.push({ noteId: '5:22', via: 'tag', tag: 'fees' })
    expect(withCode(board, 'unanswered-pain').map((f) => f.noteIds)).toEqual([['5:23']])
  })

  test('unanswered-gain and unused-gain-creator stop when they are linked', () => {
    const board = copyBoard()
    connect(board, '5:12', '5:32')
    expect(withCode(board, 'unanswered-gain')).toEqual([])
    expect(withCode(board, 'unused-gain-creator')).toEqual([])
    expect(checkFit(board).fit[0]).toMatchObject({ gainsAnswered: 3, gainsTotal: 3 })
  })

  test('a reliever on another canvas does not answer a pain', () => {
    const board = copyBoard()
    const second = structuredClone(canvasOf(board, AVP))
    second.id = '2:2'
    second.title = 'Second AVP'
    for (const area of second.areas) area.notes = []
    second.strayNotes = []
    board.canvases.push(second)
    areaOf(board, '2:2', 'painRelievers').notes.push(
      readNote('9:5', 'Fee calculator in the portal'),
    )
    connect(board, '5:22', '9:5')
    expect(withCode(board, 'unanswered-pain').map((f) => f.noteIds[0])).toContain('5:22')
    expect(withCode(board, 'unused-pain-reliever').map((f) => f.noteIds[0])).toContain('9:5')
    expect(checkFit(board).fit.map((f) => f.canvasId)).toEqual([AVP, '2:2'])
  })

  test('mismatched-link stops when the link is removed', () => {
    const board = copyBoard()
    disconnect(board, '5:23', '5:31')
    expect(withCode(board, 'mismatched-link')).toEqual([])
  })

  test('stray-note stops when the note is moved into an area', () => {
    const board = copyBoard()
    const canvas = canvasOf(board, AVP)
    const [stray] = canvas.strayNotes
    if (stray === undefined) throw new Error('fixture has a stray note')
    canvas.strayNotes = []
    areaOf(board, AVP, 'tasks').notes.push(stray)
    expect(withCode(board, 'stray-note')).toEqual([])
  })

  test('read-problem stops when the board reads cleanly', () => {
    const board = copyBoard()
    board.problems = []
    expect(withCode(board, 'read-problem')).toEqual([])
  })
})

describe('mismatched-link', () => {
  test.each([
    [
      'pain reliever and gain',
      '5:41',
      '5:11',
      'gains are answered by gain creators, not by pain relievers',
    ],
    [
      'gain creator and pain',
      '5:30',
      '5:20',
      'pains are answered by pain relievers, not by gain creators',
    ],
    ['pain and gain', '5:20', '5:10', 'gains are answered by gain creators, not by pains'],
    [
      'pain reliever and gain creator',
      '5:40',
      '5:30',
      'gain creators answer gains, not pain relievers',
    ],
  ])('fires once for a %s, even when linked twice', (_kinds, a, b, reason) => {
    const board = copyBoard()
    connect(board, a, b)
    noteOf(board, a).links.push({ noteId: b, via: 'tag', tag: 'both' })
    noteOf(board, b).links.push({ noteId: a, via: 'tag', tag: 'both' })
    const found = withCode(board, 'mismatched-link').filter((f) => f.noteIds.includes(a))
    expect(found).toHaveLength(1)
    expect(found[0]?.noteIds.toSorted()).toEqual([a, b].toSorted())
    expect(found[0]?.message).toContain(reason)
  })

  test('links with context notes, stray notes and notes of one kind are fine', () => {
    const board = copyBoard()
    connect(board, '5:20', '5:1')
    connect(board, '5:40', '5:50')
    connect(board, '5:20', '5:21')
    connect(board, '5:40', '5:60')
    expect(withCode(board, 'mismatched-link')).toHaveLength(1)
  })
})

describe('order and scale', () => {
  test('canvases come in board order', () => {
    const board = copyBoard()
    board.canvases.reverse()
    const canvasIds = checkFit(board).findings.map((f) => f.canvasId)
    expect(canvasIds.indexOf(API_CANVAS)).toBe(0)
    expect(canvasIds.lastIndexOf(API_CANVAS)).toBeLessThan(canvasIds.indexOf(AVP))
  })

  test('read problems about canvases not on the board come last', () => {
    const board = copyBoard()
    board.problems.unshift({
      code: 'unknown-template',
      message: 'The canvas “Old canvas” was made from a template this plugin does not know.',
      canvasId: '7:1',
      areaId: null,
    })
    const findings = checkFit(board).findings
    expect(findings.at(-1)).toMatchObject({ code: 'read-problem', canvasId: '7:1' })
    expect(findings.filter((f) => f.code === 'read-problem')).toHaveLength(2)
  })

  test('checks 20,000 notes quickly', () => {
    const board = copyBoard()
    const pains = areaOf(board, AVP, 'pains')
    const relievers = areaOf(board, AVP, 'painRelievers')
    for (let i = 0; i < 10_000; i += 1) {
      const pain = readNote(`p${i}`, `Pain number ${i}`)
      const reliever = readNote(`r${i}`, `Reliever number ${i}`)
      if (i % 2 === 0) {
        pain.links.push({ noteId: reliever.id, via: 'connector' })
        reliever.links.push({ noteId: pain.id, via: 'connector' })
      }
      pains.notes.push(pain)
      relievers.notes.push(reliever)
    }
    const started = performance.now()
    const result = checkFit(board)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(result.fit[0]).toMatchObject({ painsAnswered: 2 + 5_000, painsTotal: 4 + 10_000 })
    expect(result.findings.filter((f) => f.code === 'unused-pain-reliever')).toHaveLength(1 + 5_000)
  })
})
