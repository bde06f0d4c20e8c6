import { describe, expect, test } from 'vitest'

import { checkBoard } from '../src/fit/check-board'
import { checkFit } from '../src/fit/check-fit'
import type { Board, Note } from '../src/model/board'
import { checkResultSchema, type Finding } from '../src/model/findings'
import { sampleBoard } from './fixtures/sample-board'
import { boardOf, connectNotes, placedMethodCanvas } from './method-board-helpers'

function noteOf(board: Board, noteId: string): Note {
  const note = board.canvases
    .flatMap((canvas) => canvas.areas.flatMap((area) => area.notes))
    .find((candidate) => candidate.id === noteId)
  if (note === undefined) throw new Error(`no note ${noteId}`)
  return note
}

const summary = (findings: readonly Finding[]) =>
  findings.map((finding) => [finding.code, finding.canvasId, finding.areaId, finding.noteIds])

const JOURNEY = '10:1'
const AVP = '20:1'

/**
 * A Customer Journey Canvas in Finnish with two pains and a gain, and an English method AVP:
 * each canvas's findings are worded in its own language.
 */
function journeyAndAvp(): Board {
  return boardOf(
    placedMethodCanvas(JOURNEY, 'customerJourneyCanvas', 'fi', {
      persona: ['j:persona'],
      customerDiscoversNeed: ['j:discover'],
      customerNeedIsResolved: ['j:resolved'],
      journeySteps: ['j:step'],
      pains: ['j:pain1', 'j:pain2'],
      gains: ['j:gain1'],
      inputsOutputs: ['j:io'],
      interactionProcessingRules: ['j:rules'],
      improvementOpportunities: ['j:improve'],
    }),
    placedMethodCanvas(AVP, 'apiValuePropositionCanvas', 'en', {
      tasks: ['v:task'],
      gainEnablingFeatures: ['v:gainFeature'],
      painRelievingFeatures: ['v:painFeature1', 'v:painFeature2'],
      apiProducts: ['v:product'],
    }),
  )
}

describe('cross-canvas fit: Customer Journey pains and gains answered by the API Value Proposition', () => {
  test('unlinked pains and gains are unanswered on the journey, unused features on the AVP', () => {
    const result = checkFit(journeyAndAvp())
    expect(summary(result.findings)).toEqual([
      ['unanswered-pain', JOURNEY, 'pains', ['j:pain1']],
      ['unanswered-pain', JOURNEY, 'pains', ['j:pain2']],
      ['unanswered-gain', JOURNEY, 'gains', ['j:gain1']],
      ['unused-gain-creator', AVP, 'gainEnablingFeatures', ['v:gainFeature']],
      ['unused-pain-reliever', AVP, 'painRelievingFeatures', ['v:painFeature1']],
      ['unused-pain-reliever', AVP, 'painRelievingFeatures', ['v:painFeature2']],
    ])
    expect(result.findings[0]?.message).toBe(
      'Kipupisteeseen “Note j:pain1” alueella “Kipupisteet” ei ole linkitetty mitään seuraavista: “Pain Relieving Features” (kanvas “Acme – API Value Proposition Canvas”).',
    )
    expect(result.findings[3]?.message).toBe(
      'Gain creator “Note v:gainFeature” in “Gain Enabling Features” is linked to nothing in “Hyödyt” on “Acme – Asiakaspolkukanvas”, so it may create no value.',
    )
  })

  test('a link to a pain relieving feature answers a pain; the fit belongs to the journey', () => {
    const board = journeyAndAvp()
    connectNotes(board, 'j:pain1', 'v:painFeature1')
    connectNotes(board, 'j:gain1', 'v:gainFeature')
    const result = checkFit(board)
    expect(summary(result.findings)).toEqual([
      ['unanswered-pain', JOURNEY, 'pains', ['j:pain2']],
      ['unused-pain-reliever', AVP, 'painRelievingFeatures', ['v:painFeature2']],
    ])
    expect(result.fit).toEqual([
      { canvasId: JOURNEY, painsAnswered: 1, painsTotal: 2, gainsAnswered: 1, gainsTotal: 1 },
    ])
    expect(checkResultSchema.safeParse(result).success).toBe(true)
  })

  test('a shared tag answers across canvases just as a connector does', () => {
    const board = journeyAndAvp()
    noteOf(board, 'j:pain2').links.push({ noteId: 'v:painFeature2', via: 'tag', tag: 'fees' })
    noteOf(board, 'v:painFeature2').links.push({ noteId: 'j:pain2', via: 'tag', tag: 'fees' })
    expect(checkFit(board).fit[0]?.painsAnswered).toBe(1)
  })

  test('a pain linked to a gain enabling feature is a mismatched link, not an answer', () => {
    const board = journeyAndAvp()
    connectNotes(board, 'j:pain1', 'v:gainFeature')
    const result = checkFit(board)
    const mismatched = result.findings.filter((finding) => finding.code === 'mismatched-link')
    expect(summary(mismatched)).toEqual([
      ['mismatched-link', JOURNEY, 'pains', ['j:pain1', 'v:gainFeature']],
    ])
    expect(result.fit[0]?.painsAnswered).toBe(0)
  })

  test('a journey in one locale pairs with every AVP on the board, in any locale', () => {
    const board = journeyAndAvp()
    board.canvases.push(
      placedMethodCanvas('30:1', 'apiValuePropositionCanvas', 'de', {
        painRelievingFeatures: ['w:painFeature'],
      }),
    )
    connectNotes(board, 'j:pain2', 'w:painFeature')
    const result = checkFit(board)
    expect(result.fit[0]).toMatchObject({ painsAnswered: 1, painsTotal: 2 })
    expect(result.findings.find((f) => f.noteIds[0] === 'j:pain1')?.message).toMatch(
      /seuraavista: “Pain Relieving Features” \(kanvas “Acme – API Value Proposition Canvas”\) tai “[^”]+” \(kanvas “Acme – [^”]+”\)\.$/,
    )
    expect(result.findings.some((f) => f.noteIds.includes('w:painFeature'))).toBe(false)
  })

  test('without the AVP each waiting area gets one finding naming the canvas to place', () => {
    const board = journeyAndAvp()
    board.canvases.pop()
    const result = checkFit(board)
    expect(summary(result.findings)).toEqual([
      ['cross-canvas-skipped', JOURNEY, 'pains', ['j:pain1', 'j:pain2']],
      ['cross-canvas-skipped', JOURNEY, 'gains', ['j:gain1']],
    ])
    expect(result.findings.map((finding) => finding.message)).toEqual([
      'Mikään taululla ei vielä vastaa alueen “Kipupisteet” kipupisteisiin: niihin vastataan kanvaksella “API-arvolupauskanvas”, jota ei ole taululla. Lisää se taululle, niin niiden yhteensopivuus voidaan tarkistaa.',
      'Mikään taululla ei vielä vastaa alueen “Hyödyt” hyötyihin: niihin vastataan kanvaksella “API-arvolupauskanvas”, jota ei ole taululla. Lisää se taululle, niin niiden yhteensopivuus voidaan tarkistaa.',
    ])
    expect(result.findings.every((finding) => finding.severity === 'info')).toBe(true)
    expect(result.fit).toEqual([
      { canvasId: JOURNEY, painsAnswered: 0, painsTotal: 2, gainsAnswered: 0, gainsTotal: 1 },
    ])
  })

  test('without the journey the AVP features wait for it, once per area', () => {
    const board = journeyAndAvp()
    board.canvases.shift()
    const result = checkFit(board)
    expect(summary(result.findings)).toEqual([
      ['cross-canvas-skipped', AVP, 'gainEnablingFeatures', ['v:gainFeature']],
      ['cross-canvas-skipped', AVP, 'painRelievingFeatures', ['v:painFeature1', 'v:painFeature2']],
    ])
    expect(result.findings[1]?.message).toBe(
      'The pain relievers in “Pain Relieving Features” answer pains on the Customer Journey Canvas, which is not on the board. Place it to check their fit.',
    )
    expect(result.fit).toEqual([])
  })

  test('empty areas are reported on every method canvas, before the wait for a canvas', () => {
    const board = boardOf(placedMethodCanvas(JOURNEY, 'customerJourneyCanvas', 'en'))
    const findings = checkFit(board).findings
    expect(findings.filter((f) => f.code === 'empty-area')).toHaveLength(9)
    expect(summary(findings.filter((f) => f.areaId === 'pains'))).toEqual([
      ['empty-area', JOURNEY, 'pains', []],
      ['cross-canvas-skipped', JOURNEY, 'pains', []],
    ])
  })

  test('checkBoard puts the fit findings first, then the cross-canvas ones', () => {
    const board = journeyAndAvp()
    expect(checkBoard(board).findings.slice(0, checkFit(board).findings.length)).toEqual(
      checkFit(board).findings,
    )
  })
})

describe('cross-canvas fit leaves other canvases as they were', () => {
  test('Business Impact Canvas risks are answered by mitigations on the same canvas', () => {
    const board = boardOf(
      placedMethodCanvas('40:1', 'businessImpactCanvas', 'en', {
        risksAndCriticality: ['b:risk1', 'b:risk2'],
        mitigationsAndDecisionImpact: ['b:mitigation'],
      }),
    )
    connectNotes(board, 'b:risk1', 'b:mitigation')
    const result = checkFit(board)
    expect(summary(result.findings.filter((f) => f.code !== 'empty-area'))).toEqual([
      ['unanswered-pain', '40:1', 'risksAndCriticality', ['b:risk2']],
    ])
    expect(result.fit).toEqual([
      { canvasId: '40:1', painsAnswered: 1, painsTotal: 2, gainsAnswered: 0, gainsTotal: 0 },
    ])
  })

  test('a built-in AVP next to a method journey keeps its own fit and answers nothing across', () => {
    const board = structuredClone(sampleBoard)
    const journey = placedMethodCanvas(JOURNEY, 'customerJourneyCanvas', 'en', {
      pains: ['j:pain'],
    })
    board.canvases.push(journey)
    connectNotes(board, 'j:pain', '5:42')
    const result = checkFit(board)
    expect(result.fit.find((f) => f.canvasId === '1:2')).toEqual(checkFit(sampleBoard).fit[0])
    expect(result.fit.find((f) => f.canvasId === JOURNEY)).toMatchObject({ painsAnswered: 0 })
    expect(
      summary(result.findings.filter((f) => f.canvasId === JOURNEY && f.areaId === 'pains')),
    ).toEqual([['cross-canvas-skipped', JOURNEY, 'pains', ['j:pain']]])
  })
})
