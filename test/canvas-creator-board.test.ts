import { describe, expect, test } from 'vitest'

import { exportJson } from '../src/export/board-export'
import { checkBoard } from '../src/fit/check-board'
import { boardFromCanvasCreatorPlan } from '../src/interchange/canvas-creator-board'
import { translator } from '../src/locale/translator'
import type { Board } from '../src/model/board'
import { readProblemText } from '../src/model/read-problem-text'
import { canvasCreatorFixtures } from './canvas-creator-helpers'
import { planCanvasCreatorImport } from './file-readers'

const usableFixtures = canvasCreatorFixtures().filter(({ text }) => {
  try {
    planCanvasCreatorImport(text)
    return true
  } catch {
    return false
  }
})

const note = (content: string, position?: { x: number; y: number }) => ({
  content,
  size: 80,
  color: '#ffafaf',
  ...(position === undefined ? {} : { position }),
})

/** A Business Impact Canvas file: risks pair with mitigations as pains pair with relievers. */
const impactFile = (
  risks: ReturnType<typeof note>[],
  mitigations: ReturnType<typeof note>[],
): string =>
  JSON.stringify({
    templateId: 'businessImpactCanvas',
    locale: 'en',
    metadata: { source: '', license: '', authors: [], website: '' },
    sections: [
      { sectionId: 'risksAndCriticality', stickyNotes: risks },
      { sectionId: 'mitigationsAndDecisionImpact', stickyNotes: mitigations },
    ],
  })

const boardOf = (text: string): Board => boardFromCanvasCreatorPlan(planCanvasCreatorImport(text))

const areaNotes = (board: Board, areaId: string) =>
  board.canvases[0]?.areas.find((area) => area.id === areaId)?.notes ?? []

describe('boardFromCanvasCreatorPlan', () => {
  test.each(usableFixtures.map(({ name, text }) => [name, text] as const))(
    '%s gives one valid canvas holding every note of the file, the same each time',
    (_name, text) => {
      const board = boardOf(text)
      const file = JSON.parse(text) as { sections: { stickyNotes: { content: string }[] }[] }
      const contents = file.sections.flatMap((section) => section.stickyNotes.map((n) => n.content))
      const canvas = board.canvases[0]
      expect(board.canvases).toHaveLength(1)
      const texts = [
        ...(canvas?.areas.flatMap((area) => area.notes.map((n) => n.text)) ?? []),
        ...(canvas?.strayNotes.map((n) => n.text) ?? []),
      ]
      expect(texts.sort()).toEqual(contents.filter((content) => content.trim() !== '').sort())
      expect(() => exportJson(board, checkBoard(board))).not.toThrow()
      expect(boardOf(text)).toEqual(board)
    },
  )

  test('names the canvas, areas and notes after the file: cc:<canvas>, cc:<area>:<n>', () => {
    const board = boardOf(impactFile([note('Outage'), note('Data leak')], [note('Failover')]))
    expect(board.canvases[0]?.id).toBe('cc:businessImpactCanvas')
    expect(board.canvases[0]?.templateId).toBe('method:businessImpactCanvas:en')
    expect(areaNotes(board, 'risksAndCriticality').map((n) => n.id)).toEqual([
      'cc:risksAndCriticality:1',
      'cc:risksAndCriticality:2',
    ])
    expect(areaNotes(board, 'mitigationsAndDecisionImpact')[0]?.author).toBeNull()
    expect(areaNotes(board, 'mitigationsAndDecisionImpact')[0]?.color).toBe('#FFAFAF')
  })

  test('links notes that share a #tag, so the check counts the risk as answered', () => {
    const board = boardOf(
      impactFile(
        [note('Outage at peak #failover'), note('Data leak')],
        [note('Hot standby #Failover')],
      ),
    )
    expect(areaNotes(board, 'risksAndCriticality')[0]?.links).toEqual([
      { noteId: 'cc:mitigationsAndDecisionImpact:1', via: 'tag', tag: 'failover' },
    ])
    const unanswered = checkBoard(board).findings.filter((f) => f.code === 'unanswered-pain')
    expect(unanswered.map((finding) => finding.noteIds)).toEqual([['cc:risksAndCriticality:2']])
  })

  test('lists an area’s notes in reading order of their positions, ids still in file order', () => {
    const board = boardOf(
      impactFile([note('Lower', { x: 520, y: 600 }), note('Upper', { x: 520, y: 420 })], []),
    )
    expect(areaNotes(board, 'risksAndCriticality').map((n) => [n.text, n.id])).toEqual([
      ['Upper', 'cc:risksAndCriticality:2'],
      ['Lower', 'cc:risksAndCriticality:1'],
    ])
  })

  test('counts notes with no text as empty stickies instead of reading them', () => {
    const board = boardOf(impactFile([note(''), note('   '), note('Outage')], []))
    expect(board.canvases[0]?.emptyStickyCount).toBe(2)
    expect(areaNotes(board, 'risksAndCriticality').map((n) => n.text)).toEqual(['Outage'])
  })

  test('a tag on more than 20 notes links none of them and says so', () => {
    const tagged = Array.from({ length: 21 }, (_, index) => note(`Risk ${String(index)} #mvp`))
    const board = boardOf(impactFile(tagged, [note('Mitigation #mvp')]))
    expect(board.canvases[0]?.areas.flatMap((area) => area.notes.flatMap((n) => n.links))).toEqual(
      [],
    )
    expect(board.problems).toEqual([
      expect.objectContaining({ code: 'tag-not-linked', canvasId: board.canvases[0]?.id }),
    ])
    const problem = board.problems[0]
    expect(problem && readProblemText(problem, translator('en'))).toMatch(/^#mvp is on 22 stickies/)
    expect(problem && readProblemText(problem, translator('fi'))).toMatch(
      /^#mvp on 22 tarralapussa/,
    )
  })
})
