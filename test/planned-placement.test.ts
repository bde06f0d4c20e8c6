import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'

import { apiCanvas } from '../src/canvas/api-canvas'
import { apiValuePropositionCanvas as avp } from '../src/canvas/api-value-proposition-canvas'
import type { CanvasDefinition } from '../src/canvas/canvas-definition'
import { translator } from '../src/locale/translator'
import { fileIssueText } from '../src/model/file-error'
import {
  type PlannedCanvas,
  type PlannedConnector,
  type PlannedNote,
  plannedPlacementSchema,
} from '../src/model/planned-placement'
import { zodFileIssues } from '../src/model/zod-file-issues'
import { workshopKit } from './fixtures/workshop-kit'

function note(ref: string, areaId: string | null, text: string, extra: Partial<PlannedNote> = {}) {
  return { ref, areaId, text, color: '#FFAFAF', position: null, ...extra }
}

const empty = (definition: CanvasDefinition): PlannedCanvas => ({ definition, notes: [] })
const placing = (canvases: PlannedCanvas[], connectors: PlannedConnector[] = []) => ({
  canvases,
  connectors,
})
const twoCanvases = [
  { definition: avp, notes: [note('a', 'pains', 'x')] },
  { definition: apiCanvas, notes: [note('b', 'channels', 'y')] },
]

/** Every problem the schema finds, one `path: message` line each, the message in English. */
function problemsOf(input: unknown): string[] {
  const result = z.safeParse(plannedPlacementSchema, input, { reportInput: true })
  return result.success
    ? []
    : zodFileIssues(result.error.issues).map((issue) => fileIssueText(issue, translator('en')))
}

describe('plannedPlacementSchema: a file’s placement is checked once, where it is read', () => {
  it('takes the workshop kit and a linked placement as they are', () => {
    expect(problemsOf(workshopKit())).toEqual([])
    expect(problemsOf(placing(twoCanvases, [['a', 'b']]))).toEqual([])
  })

  it.each([
    [
      'an unknown area',
      placing([empty(apiCanvas), { definition: avp, notes: [note('a', 'keyPartners', 'x')] }]),
      /^canvases\[1\]\.notes\[0\]\.areaId: .*"keyPartners"/,
    ],
    [
      'a repeated ref',
      placing([{ definition: avp, notes: [note('a', 'pains', 'x'), note('a', 'gains', 'y')] }]),
      /^canvases\[0\]\.notes\[1\]\.ref: "a" is the id of canvases\[0\]\.notes\[0\] too$/,
    ],
    [
      'a ref used on two canvases',
      placing([
        { definition: avp, notes: [note('a', 'pains', 'x')] },
        {
          definition: apiCanvas,
          notes: [note('b', 'channels', 'y'), note('a', 'keyPartners', 'z')],
        },
      ]),
      /^canvases\[1\]\.notes\[1\]\.ref: "a" is the id of canvases\[0\]\.notes\[0\] too$/,
    ],
    [
      'a connector to a ref on no canvas',
      placing(twoCanvases, [
        ['a', 'b'],
        ['b', 'c'],
      ]),
      /^connectors\[1\]\[1\]: "c" is not a note on this board$/,
    ],
    [
      'a connector from a ref on no canvas',
      placing(twoCanvases, [['x', 'b']]),
      /^connectors\[0\]\[0\]: "x" is not a note on this board$/,
    ],
    [
      'a connector from a note to itself',
      placing(twoCanvases, [
        ['a', 'b'],
        ['b', 'b'],
      ]),
      /^connectors\[1\]: links the note to itself$/,
    ],
    [
      'connectors that are not pairs of refs',
      { canvases: twoCanvases, connectors: [['a']] },
      /^connectors\[0\]/,
    ],
    [
      'a colour that is not #RRGGBB',
      placing([{ definition: avp, notes: [note('a', 'pains', 'x', { color: '#ffafaf' })] }]),
      /^canvases\[0\]\.notes\[0\]\.color/,
    ],
    [
      'a position that is not finite',
      placing([
        {
          definition: avp,
          notes: [note('a', 'pains', 'x', { position: { x: Number.NaN, y: 10 } })],
        },
      ]),
      /^canvases\[0\]\.notes\[0\]\.position\.x/,
    ],
    [
      'an invalid definition',
      placing([empty(apiCanvas), empty({ ...avp, areas: [] })]),
      /^canvases\[1\]\.definition\.areas/,
    ],
    [
      'an area with no prompt',
      placing([
        empty({
          ...apiCanvas,
          areas: apiCanvas.areas.map((area, index) =>
            index === 2 ? { ...area, prompt: '' } : area,
          ),
        }),
      ]),
      /^canvases\[0\]\.definition\.areas\[2\]\.prompt/,
    ],
    [
      'an area of a part the definition lacks',
      placing([empty({ ...avp, areas: avp.areas.map((area) => ({ ...area, part: 'nowhere' })) })]),
      /^canvases\[0\]\.definition\.areas\[0\]\.part: is not valid here$/,
    ],
    ['no canvas at all', placing([]), /^canvases: /],
    ['a payload of the wrong shape', { canvases: [{ definition: { id: 7 } }] }, /^canvases\[0\]\./],
  ])('refuses %s, naming the field', (_case, input, problem) => {
    expect(problemsOf(input)).toContainEqual(expect.stringMatching(problem))
  })

  it('lists every problem of a placement at once', () => {
    const problems = problemsOf(
      placing(
        [{ definition: avp, notes: [note('a', 'painz', 'x'), note('a', 'gains', 'y')] }],
        [['a', 'nobody']],
      ),
    )
    expect(problems).toEqual([
      expect.stringMatching(/^canvases\[0\]\.notes\[0\]\.areaId: "painz" is not an area of/),
      'canvases[0].notes[1].ref: "a" is the id of canvases[0].notes[0] too',
      'connectors[0][1]: "nobody" is not a note on this board',
    ])
  })
})
