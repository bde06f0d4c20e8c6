import type { Translator } from '../locale/translator'
import type { NoteVotes } from '../model/board'
import type { FitSummary } from '../model/findings'

/** `3 votes (+1 ×2, Heart ×1)`: a sticky's votes in words, stamp kinds as the board names them. */
export function votesText(t: Translator, votes: NoteVotes): string {
  const kinds = Object.entries(votes.byStamp).map(([kind, count]) =>
    t('panel.stampCount', { kind, count }),
  )
  return t('panel.votes', { count: votes.total, kinds: kinds.join(', ') })
}

/**
 * The vote-weighted fit in words, `Votes: answered pains hold 12 of 19 votes; …`, leaving out a
 * side without votes; empty when the summary has no vote figures.
 */
export function voteFitText(t: Translator, votes: FitSummary['votes']): string {
  if (votes === undefined) return ''
  const parts = [
    ...(votes.painsTotal > 0
      ? [t('panel.votesOfPains', { answered: votes.painsAnswered, total: votes.painsTotal })]
      : []),
    ...(votes.gainsTotal > 0
      ? [t('panel.votesOfGains', { answered: votes.gainsAnswered, total: votes.gainsTotal })]
      : []),
  ]
  return t('panel.votesFit', { parts: parts.join('; ') })
}
