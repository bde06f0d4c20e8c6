import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'

import { apiCanvas } from '../src/canvas/api-canvas'
import { apiValuePropositionCanvas as avp } from '../src/canvas/api-value-proposition-canvas'
import type { CanvasDefinition } from '../src/canvas/canvas-definition'
import {
  type PlannedCanvas,
  type PlannedConnector,
  type PlannedNote,
  plannedPlacementSchema,
} from '../src/model/planned-placement'
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

/** Every problem the schema finds, one `path: message` line each. */
function problemsOf(input: unknown): string[] {
  const result = z.safeParse(plannedPlacementSchema, input)
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
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
      /^canvases\.1\.notes\.0\.areaId: .*"keyPartners"/,
    ],
    [
      'a repeated ref',
      placing([{ definition: avp, notes: [note('a', 'pains', 'x'), note('a', 'gains', 'y')] }]),
      /^canvases\.0\.notes\.1\.ref: note ref "a" repeats that of canvases\.0\.notes\.0;/,
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
      /^canvases\.1\.notes\.1\.ref: note ref "a" repeats that of canvases\.0\.notes\.0; refs are unique across all the canvases placed together\.$/,
    ],
    [
      'a connector to a ref on no canvas',
      placing(twoCanvases, [
        ['a', 'b'],
        ['b', 'c'],
      ]),
      /^connectors\.1\.1: no note has ref "c"\.$/,
    ],
    [
      'a connector from a ref on no canvas',
      placing(twoCanvases, [['x', 'b']]),
      /^connectors\.0\.0: no note has ref "x"\.$/,
    ],
    [
      'a connector from a note to itself',
      placing(twoCanvases, [
        ['a', 'b'],
        ['b', 'b'],
      ]),
      /^connectors\.1: a connector joins two different notes, not "b" to itself\.$/,
    ],
    [
      'connectors that are not pairs of refs',
      { canvases: twoCanvases, connectors: [['a']] },
      /^connectors\.0/,
    ],
    [
      'a colour that is not #RRGGBB',
      placing([{ definition: avp, notes: [note('a', 'pains', 'x', { color: '#ffafaf' })] }]),
      /^canvases\.0\.notes\.0\.color/,
    ],
    [
      'a position that is not finite',
      placing([
        {
          definition: avp,
          notes: [note('a', 'pains', 'x', { position: { x: Number.NaN, y: 10 } })],
        },
      ]),
      /^canvases\.0\.notes\.0\.position\.x/,
    ],
    [
      'an invalid definition',
      placing([empty(apiCanvas), empty({ ...avp, areas: [] })]),
      /^canvases\.1\.definition\.areas/,
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
      /^canvases\.0\.definition\.areas\.2\.prompt/,
    ],
    [
      'an area of a part the definition lacks',
      placing([empty({ ...avp, areas: avp.areas.map((area) => ({ ...area, part: 'nowhere' })) })]),
      /^canvases\.0\.definition\.areas\.0\.part: .*part "nowhere"/,
    ],
    ['no canvas at all', placing([]), /^canvases: /],
    ['a payload of the wrong shape', { canvases: [{ definition: { id: 7 } }] }, /^canvases\.0\./],
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
      expect.stringMatching(/^canvases\.0\.notes\.0\.areaId: .*no area "painz"/),
      expect.stringMatching(/^canvases\.0\.notes\.1\.ref: note ref "a" repeats/),
      'connectors.0.1: no note has ref "nobody".',
    ])
  })
})
