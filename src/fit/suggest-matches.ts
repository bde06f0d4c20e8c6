import type { FitRole } from '../canvas/canvas-definition'
import type { Area, Board, Canvas, Note } from '../model/board'
import type { CheckResult } from '../model/findings'
import { crossCanvasPartners } from './cross-canvas-partners'
import { fitRules } from './fit-rules'

/** How many candidates a suggestion lists at most. */
export const SUGGESTION_LIMIT = 3

/**
 * Most candidates one need is scored against: those sharing its rarest words. On a canvas with
 * fewer candidates sharing a word with it, every one of them; on a canvas of thousands, the work
 * per need stays bounded instead of growing with the canvas.
 */
export const CANDIDATES_SCORED = 500

/** A note of the board with the canvas and area it sits in. */
export interface MatchNote {
  noteId: string
  /** Canvas section id: a candidate's is the need's, or another's answering it across canvases. */
  canvasId: string
  text: string
  /** Area id from the canvas definition. */
  areaId: string
  role: FitRole
}

/** A pain reliever or gain creator that may answer a need, with how alike their texts are. */
export interface MatchCandidate extends MatchNote {
  /** Text similarity, 0 (no shared word) to 1 (the same words), weighted by word rarity. */
  score: number
}

/**
 * An unanswered pain or gain and the notes that could answer it, best first: on its own canvas,
 * or across canvases where cross-canvas fit rules pair its area with another canvas's.
 * A suggestion is only a hint: it never counts as fit until a person links the notes.
 */
export interface MatchSuggestion {
  canvasId: string
  need: MatchNote
  candidates: MatchCandidate[]
}

const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can do does for from has have how in into is it its no not of ' +
    'on or our so than that the their them they this to too up us was we what when which who ' +
    'will with without you your'
  ).split(' '),
)

/**
 * The words of a sticky used to compare it with others: lower case, accents removed, split on
 * anything that is not a letter or a digit, stop words and one-letter words dropped, a plural
 * `s` / `ies` cut (`keys` → `key`, `policies` → `policy`), each word once.
 */
export function matchTokens(text: string): string[] {
  const unaccented = /^[\0-\x7F]*$/.test(text)
    ? text
    : text.normalize('NFKD').replace(/\p{M}/gu, '')
  const words = unaccented.toLowerCase().split(/[^\p{L}\p{N}]+/u)
  const tokens = new Set<string>()
  for (const word of words) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue
    tokens.add(singular(word))
  }
  return [...tokens]
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

interface IndexedCandidate {
  note: MatchNote
  tokens: ReadonlySet<string>
  /** Position on the canvas in reading order; breaks ties between equal scores. */
  order: number
}

/**
 * Suggests, for every pain and gain the check reports as unanswered (`unanswered-pain`,
 * `unanswered-gain` findings of `result`), up to `limit` pain relievers or gain creators whose
 * text shares words with it: from the same canvas, and for a method canvas also from the areas
 * that answer it on other canvases (`crossCanvasPartners`: the Customer Journey's pains by the
 * API Value Proposition's pain relieving features). They are ranked by a Dice coefficient over
 * the shared words, each word weighted by its rarity among the candidates (`ln(1 + candidates /
 * notes with the word)`). Candidates are found through an inverted index of their words, so a
 * need is only compared with the notes that share a word with it, and with at most
 * `CANDIDATES_SCORED` of them, gathered from its rarest word on. Needs with no such note get no
 * suggestion. Suggestions come in board order: canvas, then area fill order, then reading order.
 */
export function suggestMatches(
  board: Board,
  result: CheckResult,
  limit: number = SUGGESTION_LIMIT,
): MatchSuggestion[] {
  const suggestions: MatchSuggestion[] = []
  const unansweredByCanvas = new Map<string, Set<string>>()
  for (const finding of result.findings) {
    if (!fitRules.some((rule) => rule.unansweredCode === finding.code)) continue
    const unanswered = unansweredByCanvas.get(finding.canvasId) ?? new Set<string>()
    for (const noteId of finding.noteIds) unanswered.add(noteId)
    unansweredByCanvas.set(finding.canvasId, unanswered)
  }
  const partners = crossCanvasPartners(board)
  const canvases = new Map(board.canvases.map((canvas) => [canvas.id, canvas]))
  for (const canvas of board.canvases) {
    const unanswered = unansweredByCanvas.get(canvas.id)
    if (unanswered === undefined || unanswered.size === 0) continue
    const sameCanvas = new Map<FitRole, Ranker>()
    const sameCanvasRanker = (role: FitRole): Ranker => {
      let rank = sameCanvas.get(role)
      if (rank === undefined) {
        rank = rankerOf(notesWithRole(canvas, role))
        sameCanvas.set(role, rank)
      }
      return rank
    }
    for (const area of canvas.areas) {
      const rule = fitRules.find((fitRule) => fitRule.need === area.role)
      if (rule === undefined) continue
      const needs = notesWithRole(canvas, area.role, area.id).filter((need) =>
        unanswered.has(need.noteId),
      )
      if (needs.length === 0) continue
      const answering = partners.answeredBy(canvas.id, area.id)
      const rank =
        answering.length === 0
          ? sameCanvasRanker(rule.answer)
          : rankerOf([
              ...notesWithRole(canvas, rule.answer),
              ...answering.flatMap((ref) => {
                const other = canvases.get(ref.canvasId)
                return other === undefined ? [] : notesOfArea(other, ref.areaId)
              }),
            ])
      for (const need of needs) {
        const candidates = rank(matchTokens(need.text)).slice(0, limit)
        if (candidates.length > 0) suggestions.push({ canvasId: canvas.id, need, candidates })
      }
    }
  }
  return suggestions
}

type Ranker = (needTokens: readonly string[]) => MatchCandidate[]

function noteOf(canvas: Canvas, area: Area, note: Note): MatchNote {
  return { noteId: note.id, text: note.text, areaId: area.id, role: area.role, canvasId: canvas.id }
}

function notesWithRole(canvas: Canvas, role: FitRole, areaId?: string): MatchNote[] {
  return canvas.areas
    .filter((area) => area.role === role && (areaId === undefined || area.id === areaId))
    .flatMap((area) => area.notes.map((note) => noteOf(canvas, area, note)))
}

function notesOfArea(canvas: Canvas, areaId: string): MatchNote[] {
  const area = canvas.areas.find((candidate) => candidate.id === areaId)
  return area === undefined ? [] : area.notes.map((note) => noteOf(canvas, area, note))
}

/** A ranker over `notes`, which keep their order for breaking ties. */
function rankerOf(notes: readonly MatchNote[]): Ranker {
  return createRanker(
    notes.map((note, order) => ({ note, tokens: new Set(matchTokens(note.text)), order })),
  )
}

function createRanker(candidates: readonly IndexedCandidate[]): Ranker {
  const postings = new Map<string, IndexedCandidate[]>()
  for (const candidate of candidates) {
    for (const token of candidate.tokens) {
      const list = postings.get(token)
      if (list === undefined) postings.set(token, [candidate])
      else list.push(candidate)
    }
  }
  const frequency = (token: string): number => postings.get(token)?.length ?? 0
  const weight = (token: string): number =>
    Math.log(1 + candidates.length / Math.max(1, frequency(token)))
  const totalWeight = (tokens: Iterable<string>): number => {
    let sum = 0
    for (const token of tokens) sum += weight(token)
    return sum
  }
  const candidateWeights = new Map(
    candidates.map((candidate) => [candidate, totalWeight(candidate.tokens)]),
  )

  return (needTokens) => {
    const scored = new Set<IndexedCandidate>()
    const rarestFirst = [...needTokens].sort((a, b) => frequency(a) - frequency(b))
    gather: for (const token of rarestFirst) {
      for (const candidate of postings.get(token) ?? []) {
        if (scored.size === CANDIDATES_SCORED) break gather
        scored.add(candidate)
      }
    }
    const needWeight = totalWeight(needTokens)
    return [...scored]
      .map((candidate) => {
        let sharedWeight = 0
        for (const token of needTokens) {
          if (candidate.tokens.has(token)) sharedWeight += weight(token)
        }
        const score = (2 * sharedWeight) / (needWeight + (candidateWeights.get(candidate) ?? 0))
        return { candidate, score }
      })
      .sort((a, b) => b.score - a.score || a.candidate.order - b.candidate.order)
      .map(({ candidate, score }) => ({ ...candidate.note, score }))
  }
}
