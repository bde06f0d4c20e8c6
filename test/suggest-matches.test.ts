import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { FitRole } from '../src/canvas/canvas-definition'
import { checkFit } from '../src/fit/check-fit'
import { CANDIDATES_SCORED, matchTokens, suggestMatches } from '../src/fit/suggest-matches'
import type { Area, Board, Canvas, Note } from '../src/model/board'
import type { CheckResult, Finding } from '../src/model/findings'
import { boardOf, placedMethodCanvas } from './method-board-helpers'
import { readNote } from './note-factory'

function area(id: string, role: FitRole, fillOrder: number, notes: Note[]): Area {
  return { id, sectionId: `section-${id}`, title: id, label: '', fillOrder, role, notes }
}

function avpCanvas(id: string, areas: Partial<Record<FitRole, Note[]>>): Canvas {
  return {
    id,
    templateId: 'api-value-proposition-canvas',
    title: 'API Value Proposition Canvas',
    areas: [
      area('gains', 'gain', 2, areas.gain ?? []),
      area('pains', 'pain', 3, areas.pain ?? []),
      area('gainCreators', 'gain-creator', 4, areas['gain-creator'] ?? []),
      area('painRelievers', 'pain-reliever', 5, areas['pain-reliever'] ?? []),
    ],
    strayNotes: [],
    emptyStickyCount: 0,
  }
}

function board(...canvases: Canvas[]): Board {
  return { schemaVersion: 1, canvases, problems: [] }
}

function unanswered(canvasId: string, code: 'unanswered-pain' | 'unanswered-gain', id: string) {
  const finding: Finding = {
    code,
    severity: 'warning',
    message: 'Nothing answers this note.',
    canvasId,
    areaId: code === 'unanswered-pain' ? 'pains' : 'gains',
    noteIds: [id],
  }
  return finding
}

function result(...findings: Finding[]): CheckResult {
  return { findings, fit: [] }
}

const candidateIds = (suggestions: ReturnType<typeof suggestMatches>, needId: string) =>
  suggestions
    .find((suggestion) => suggestion.need.noteId === needId)
    ?.candidates.map((c) => c.noteId)

describe('suggestMatches', () => {
  it('offers the reliever that talks about the same thing and skips unrelated ones', () => {
    const canvas = avpCanvas('c1', {
      pain: [readNote('p1', 'Access tokens expire during long batch jobs')],
      'pain-reliever': [
        readNote('r1', 'Python SDK'),
        readNote('r2', 'Refresh tokens so batch jobs keep running'),
        readNote('r3', 'Sandbox with test data'),
      ],
    })
    const suggestions = suggestMatches(
      board(canvas),
      result(unanswered('c1', 'unanswered-pain', 'p1')),
    )
    expect(candidateIds(suggestions, 'p1')).toEqual(['r2'])
    expect(suggestions[0]?.need).toEqual({
      noteId: 'p1',
      canvasId: 'c1',
      text: 'Access tokens expire during long batch jobs',
      areaId: 'pains',
      role: 'pain',
    })
  })

  it('lists at most three candidates, the most alike first', () => {
    const canvas = avpCanvas('c1', {
      pain: [readNote('p1', 'Webhook retries flood our slow billing backend')],
      'pain-reliever': [
        readNote('r1', 'Billing dashboard'),
        readNote('r2', 'Webhook retries with backoff for slow backends'),
        readNote('r3', 'Webhook signing'),
        readNote('r4', 'Rate-limited webhook retries'),
        readNote('r5', 'Status page'),
      ],
    })
    const suggestions = suggestMatches(
      board(canvas),
      result(unanswered('c1', 'unanswered-pain', 'p1')),
    )
    expect(candidateIds(suggestions, 'p1')).toEqual(['r2', 'r4', 'r1'])
    const scores = suggestions[0]?.candidates.map((candidate) => candidate.score) ?? []
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  it('ranks a note sharing a rare word above one sharing only a word every note has', () => {
    const canvas = avpCanvas('c1', {
      pain: [readNote('p1', 'API webhook payloads are undocumented')],
      'pain-reliever': [
        readNote('r1', 'API reference for every API endpoint'),
        readNote('r2', 'API webhook payload schemas'),
        readNote('r3', 'API status page'),
      ],
    })
    const suggestions = suggestMatches(
      board(canvas),
      result(unanswered('c1', 'unanswered-pain', 'p1')),
    )
    expect(candidateIds(suggestions, 'p1')?.[0]).toBe('r2')
  })

  it('answers gains with gain creators and pains with pain relievers only', () => {
    const canvas = avpCanvas('c1', {
      gain: [readNote('g1', 'Instant sandbox access')],
      pain: [readNote('p1', 'Sandbox access takes weeks')],
      'gain-creator': [readNote('gc1', 'Self-service sandbox signup')],
      'pain-reliever': [readNote('r1', 'Sandbox access approved in a day')],
    })
    const suggestions = suggestMatches(
      board(canvas),
      result(unanswered('c1', 'unanswered-gain', 'g1'), unanswered('c1', 'unanswered-pain', 'p1')),
    )
    expect(candidateIds(suggestions, 'g1')).toEqual(['gc1'])
    expect(candidateIds(suggestions, 'p1')).toEqual(['r1'])
    expect(suggestions.map((suggestion) => suggestion.need.noteId)).toEqual(['g1', 'p1'])
  })

  it('suggests nothing for answered needs or from another canvas', () => {
    const first = avpCanvas('c1', {
      pain: [readNote('p1', 'Unclear pricing'), readNote('p2', 'Pricing changes without notice')],
    })
    const second = avpCanvas('c2', {
      'pain-reliever': [readNote('r1', 'Public pricing page with change notice')],
    })
    const suggestions = suggestMatches(
      board(first, second),
      result(unanswered('c1', 'unanswered-pain', 'p1')),
    )
    expect(suggestions).toEqual([])
  })

  it('matches singular and plural, case and accents', () => {
    expect(matchTokens('API Keys and the Policies')).toEqual(['api', 'key', 'policy'])
    expect(matchTokens('Café access')).toEqual(['cafe', 'access'])
    const canvas = avpCanvas('c1', {
      pain: [readNote('p1', 'Rotating API KEYS is manual')],
      'pain-reliever': [readNote('r1', 'Key rotation endpoint'), readNote('r2', 'Status page')],
    })
    const suggestions = suggestMatches(
      board(canvas),
      result(unanswered('c1', 'unanswered-pain', 'p1')),
    )
    expect(candidateIds(suggestions, 'p1')).toEqual(['r1'])
  })

  it('only ever suggests notes that share a word with the need, scored between 0 and 1', () => {
    const word = fc.constantFrom('token', 'sdk', 'latency', 'billing', 'docs', 'sandbox', 'quota')
    const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '))
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.array(text, { minLength: 0, maxLength: 8 }),
        (painTexts, relieverTexts) => {
          const pains = painTexts.map((t, i) => readNote(`p${i}`, t))
          const relievers = relieverTexts.map((t, i) => readNote(`r${i}`, t))
          const canvas = avpCanvas('c1', { pain: pains, 'pain-reliever': relievers })
          const findings = pains.map((p) => unanswered('c1', 'unanswered-pain', p.id))
          for (const suggestion of suggestMatches(board(canvas), result(...findings))) {
            expect(suggestion.candidates.length).toBeLessThanOrEqual(3)
            const needWords = new Set(matchTokens(suggestion.need.text))
            for (const candidate of suggestion.candidates) {
              expect(matchTokens(candidate.text).some((t) => needWords.has(t))).toBe(true)
              expect(candidate.score).toBeGreaterThan(0)
              expect(candidate.score).toBeLessThanOrEqual(1 + 1e-9)
            }
          }
        },
      ),
    )
  })

  it(`on a canvas of thousands, scores a need against the ${String(CANDIDATES_SCORED)} notes sharing its rarest words`, () => {
    const common = Array.from({ length: 3 * CANDIDATES_SCORED }, (_, i) =>
      readNote(`r${String(i)}`, `Partner portal ${String(i)}`),
    )
    const late = readNote('late', 'Partner portal with webhook retries')
    const canvas = avpCanvas('c1', {
      pain: [readNote('p1', 'Partner portal misses webhook retries')],
      'pain-reliever': [...common, late],
    })
    const [suggestion] = suggestMatches(
      board(canvas),
      result(unanswered('c1', 'unanswered-pain', 'p1')),
    )
    expect(suggestion?.candidates.map((candidate) => candidate.noteId)).toEqual([
      'late',
      'r0',
      'r1',
    ])
  })

  it('offers a journey pain the pain relieving features of the API Value Proposition Canvas', () => {
    const journeyAndAvp = boardOf(
      placedMethodCanvas('10:1', 'customerJourneyCanvas', 'en', {
        pains: [readNote('j:pain', 'Webhook retries are lost during outages')],
        gains: [readNote('j:gain', 'See every parcel on one map')],
      }),
      placedMethodCanvas('20:1', 'apiValuePropositionCanvas', 'en', {
        painRelievingFeatures: [
          readNote('v:ping', 'Health endpoint for monitoring'),
          readNote('v:retry', 'Webhook retries with backoff after outages'),
        ],
        gainEnablingFeatures: [readNote('v:map', 'Parcel positions for a map view')],
      }),
    )
    const suggestions = suggestMatches(journeyAndAvp, checkFit(journeyAndAvp))
    expect(candidateIds(suggestions, 'j:pain')).toEqual(['v:retry'])
    expect(candidateIds(suggestions, 'j:gain')).toEqual(['v:map'])
    expect(suggestions.find((s) => s.need.noteId === 'j:pain')?.candidates[0]).toMatchObject({
      canvasId: '20:1',
      areaId: 'painRelievingFeatures',
      role: 'pain-reliever',
    })
  })
})
