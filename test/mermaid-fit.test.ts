import fc from 'fast-check'
import { describe, expect, test } from 'vitest'

import { exportMarkdown } from '../src/export/export-markdown'
import { fitMermaidDiagram } from '../src/export/mermaid-fit'
import { escapeMermaidLabel } from '../src/export/mermaid-label'
import { checkBoard } from '../src/fit/check-board'
import { quoteNote } from '../src/fit/quote-note'
import type { Board, Canvas, Note } from '../src/model/board'
import { sampleBoard } from './fixtures/sample-board'

function avp(board: Board): Canvas {
  const canvas = board.canvases[0]
  if (canvas === undefined) throw new Error('fixture has the AVP first')
  return canvas
}

function diagramOf(board: Board): string {
  const diagram = fitMermaidDiagram(avp(board), checkBoard(board))
  if (diagram === undefined) throw new Error('the AVP has fit notes')
  return diagram
}

const notesOf = (board: Board, areaId: string): Note[] =>
  avp(board).areas.find((area) => area.id === areaId)?.notes ?? []

/** A note's label in the diagram: its text shortened like a quote, escaped. */
const labelOf = (note: Note): string => escapeMermaidLabel(quoteNote(note.text).slice(1, -1))

/** Node id of each note in the diagram, found by its escaped label. */
function nodeIds(diagram: string): Map<string, string> {
  const ids = new Map<string, string>()
  for (const match of diagram.matchAll(/^ {6}(n\d+)\["(.*)"\]$/gm)) {
    ids.set(match[2] ?? '', match[1] ?? '')
  }
  return ids
}

const nodeOf = (diagram: string, note: Note): string | undefined =>
  nodeIds(diagram).get(labelOf(note))

/** Every statement the diagram may hold; anything else would be text that got out of a label. */
const STATEMENT =
  /^(flowchart LR| {2}subgraph (provider|consumer)\["[^"]*"\]| {4}direction TB| {4}subgraph a\d+\["[^"]*"\]| {6}n\d+\["[^"]*"\]| {4}end| {2}end| {2}n\d+ --> n\d+| {2}n\d+ -\. mismatched \.-> n\d+| {2}classDef (unanswered|unused) [\w:#,.\- ]+| {2}class n\d+(,n\d+)* (unanswered|unused))$/

describe('fitMermaidDiagram on the sample workshop', () => {
  const diagram = diagramOf(sampleBoard)

  test('matches the golden file', async () => {
    await expect(`${diagram}\n`).toMatchFileSnapshot('./golden/sample-board-fit.mmd')
  })

  test('puts relievers and creators on the provider side, pains and gains on the consumer side', () => {
    const [provider, consumer] = diagram.split('  subgraph consumer')
    for (const note of [
      ...notesOf(sampleBoard, 'painRelievers'),
      ...notesOf(sampleBoard, 'gainCreators'),
    ]) {
      expect(provider).toContain(`["${labelOf(note)}"]`)
    }
    for (const note of [...notesOf(sampleBoard, 'pains'), ...notesOf(sampleBoard, 'gains')]) {
      expect(consumer).toContain(`["${labelOf(note)}"]`)
    }
  })

  test('draws each link from the answer to the pain or gain it answers', () => {
    const reliever = notesOf(sampleBoard, 'painRelievers').find((note) =>
      note.text.startsWith('Hosted'),
    )
    const pain = notesOf(sampleBoard, 'pains').find((note) => note.text.startsWith('Card data'))
    if (reliever === undefined || pain === undefined) throw new Error('fixture links these')
    expect(diagram).toContain(
      `  ${nodeOf(diagram, reliever) ?? '?'} --> ${nodeOf(diagram, pain) ?? '?'}`,
    )
  })

  test('marks exactly the unanswered pains and gains, and the unused answers', () => {
    const { findings } = checkBoard(sampleBoard)
    const nodesOfCodes = (codes: readonly string[]): string[] =>
      findings
        .filter((finding) => codes.includes(finding.code))
        .flatMap((finding) => finding.noteIds)
        .map((id) => {
          const note = [...avp(sampleBoard).areas.flatMap((area) => area.notes)].find(
            (n) => n.id === id,
          )
          return note === undefined ? '?' : (nodeOf(diagram, note) ?? '?')
        })
        .sort()
    const classOf = (name: string): string[] =>
      (new RegExp(`^  class (\\S+) ${name}$`, 'm').exec(diagram)?.[1] ?? '').split(',').sort()
    expect(classOf('unanswered')).toEqual(nodesOfCodes(['unanswered-pain', 'unanswered-gain']))
    expect(classOf('unanswered')).toHaveLength(3)
    expect(classOf('unused')).toEqual(nodesOfCodes(['unused-pain-reliever', 'unused-gain-creator']))
  })

  test('draws a mismatched link dotted', () => {
    expect(diagram).toMatch(/^ {2}n\d+ -\. mismatched \.-> n\d+$/m)
  })

  test('holds only known statements', () => {
    for (const line of diagram.split('\n')) expect(line).toMatch(STATEMENT)
  })
})

describe('fitMermaidDiagram with hostile stickies', () => {
  const withPain = (text: string): Board => {
    const board = structuredClone(sampleBoard)
    const pain = notesOf(board, 'pains')[0]
    if (pain === undefined) throw new Error('fixture has a pain')
    pain.text = text
    return board
  }

  test('a sticky cannot close its label, add edges, directives or HTML', () => {
    const diagram = diagramOf(
      withPain(
        'x"] --> evil["pwned"]\n%%{init: {"securityLevel": "loose"}}%%\nclick n1 href "javascript:alert(1)"<script>`',
      ),
    )
    for (const line of diagram.split('\n')) expect(line).toMatch(STATEMENT)
    expect(diagram).not.toContain('evil["')
    expect(diagram).not.toContain('%%')
    expect(diagram).not.toContain('<script>')
  })

  test('any sticky text leaves the diagram with only known statements and one node per note', () => {
    const count = diagramOf(sampleBoard).match(/^ {6}n\d+\[/gm)?.length
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (text) => {
        const diagram = diagramOf(withPain(text))
        for (const line of diagram.split('\n')) expect(line).toMatch(STATEMENT)
        expect(diagram.match(/^ {6}n\d+\[/gm)?.length).toBe(count)
      }),
    )
  })
})

describe('fitMermaidDiagram on a canvas without pains, gains or answers', () => {
  test('gives nothing to draw', () => {
    const apiCanvas = sampleBoard.canvases[1]
    if (apiCanvas === undefined) throw new Error('fixture has the API Canvas second')
    expect(fitMermaidDiagram(apiCanvas, checkBoard(sampleBoard))).toBeUndefined()
  })
})

describe('exportMarkdown with { mermaid: true }', () => {
  const result = checkBoard(sampleBoard)

  test('adds the diagram as a mermaid code block under the fit table', () => {
    const markdown = exportMarkdown(sampleBoard, result, { mermaid: true })
    const block = `\`\`\`mermaid\n${diagramOf(sampleBoard)}\n\`\`\``
    expect(markdown).toContain(`### Fit diagram: Acme Pay – API Value Proposition\n\n${block}`)
    expect(markdown.indexOf(block)).toBeGreaterThan(markdown.indexOf('## Fit'))
    expect(markdown.indexOf(block)).toBeLessThan(markdown.indexOf('## Findings'))
  })

  test('adds nothing without the option', () => {
    expect(exportMarkdown(sampleBoard, result)).not.toContain('```mermaid')
  })

  test('with { notes: false } leaves out the notes but keeps fit and findings', () => {
    const markdown = exportMarkdown(sampleBoard, result, { notes: false })
    expect(markdown).not.toContain('### C · Pains')
    expect(markdown).toContain('## Fit')
    expect(markdown).toContain('## Findings')
    expect(markdown).toContain('Sandbox behaves differently from production')
  })
})
