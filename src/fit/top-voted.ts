import { DEFAULT_LOCALE } from '../locale/locales'
import { type Translator, translator } from '../locale/translator'
import type { Board, NoteVotes } from '../model/board'
import type { CheckResult, FitSummary } from '../model/findings'
import { answeredNeeds } from './vote-fit'

/** A pain or gain with dot votes, as ranked by `topVotedNeeds`. */
export interface VotedNeed {
  noteId: string
  text: string
  canvasId: string
  areaTitle: string
  role: 'pain' | 'gain'
  votes: NoteVotes
  /** False when the check reports it unanswered or its area waits for another canvas. */
  answered: boolean
}

/**
 * The pains and gains with at least one vote, most-voted first (ties in board order: canvases,
 * areas in fill order, notes in reading order); `unansweredOnly` keeps those still unanswered.
 * Answered as `answeredNeeds` says. At most `limit` entries.
 */
export function topVotedNeeds(
  board: Board,
  result: CheckResult,
  { limit = 10, unansweredOnly = false }: { limit?: number; unansweredOnly?: boolean } = {},
): VotedNeed[] {
  const isAnswered = answeredNeeds(result.findings)
  const needs: VotedNeed[] = []
  for (const canvas of board.canvases) {
    for (const area of canvas.areas) {
      if (area.role !== 'pain' && area.role !== 'gain') continue
      for (const note of area.notes) {
        if (note.votes === undefined) continue
        const answered = isAnswered(canvas.id, area.id, note.id)
        if (unansweredOnly && answered) continue
        needs.push({
          noteId: note.id,
          text: note.text,
          canvasId: canvas.id,
          areaTitle: area.title,
          role: area.role,
          votes: note.votes,
          answered,
        })
      }
    }
  }
  return needs.sort((a, b) => b.votes.total - a.votes.total).slice(0, limit)
}

/** `3 votes (+1 ×2, Heart ×1)`: a note's votes in words, stamp kinds in name order. */
export function describeVotes(
  votes: NoteVotes,
  t: Translator = translator(DEFAULT_LOCALE),
): string {
  const stamps = Object.entries(votes.byStamp).map(([stamp, count]) =>
    t('fit.stampCount', { stamp, count }),
  )
  return t('fit.votes', { count: votes.total, stamps: stamps.join(', ') })
}

/**
 * The vote-weighted fit in the words of `t`: `answered pains hold 12 of 19 votes; answered gains
 * hold 3 of 4 votes`, leaving out a side without votes; empty when the summary has no vote
 * figures.
 */
export function describeVoteFit(
  fit: FitSummary,
  t: Translator = translator(DEFAULT_LOCALE),
): string {
  if (fit.votes === undefined) return ''
  const { painsAnswered, painsTotal, gainsAnswered, gainsTotal } = fit.votes
  const parts: string[] = []
  if (painsTotal > 0) {
    parts.push(t('fit.painVoteFit', { answered: painsAnswered, total: painsTotal }))
  }
  if (gainsTotal > 0) {
    parts.push(t('fit.gainVoteFit', { answered: gainsAnswered, total: gainsTotal }))
  }
  return parts.join('; ')
}
