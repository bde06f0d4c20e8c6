import type { JSX } from 'preact'

import { quoteNote } from '../fit/quote-note'
import { describeVotes, type VotedNeed } from '../fit/top-voted'
import type { Board } from '../model/board'
import layout from './layout.module.css'
import styles from './top-votes.module.css'

export interface TopVotesProps {
  /** Voted pains and gains, most-voted first (`topVotedNeeds`). */
  needs: readonly VotedNeed[]
  board: Board
  /** Heading of the list. Default "Top votes". */
  title?: string
}

/**
 * The pains and gains the team voted for with stamps, most-voted first, each with its votes and
 * whether something answers it yet. Renders nothing when no pain or gain has a vote.
 */
export function TopVotes({ needs, board, title = 'Top votes' }: TopVotesProps): JSX.Element | null {
  if (needs.length === 0) return null
  const titles = new Map(board.canvases.map((canvas) => [canvas.id, canvas.title]))
  return (
    <section class={layout.section} aria-labelledby="top-votes-title">
      <h2 id="top-votes-title" class={layout.sectionTitle}>
        {title}
      </h2>
      <ol class={styles.list}>
        {needs.map((need) => (
          <li key={need.noteId} class={styles.need}>
            {quoteNote(need.text)}{' '}
            <span class={styles.meta}>
              · {need.role} · {describeVotes(need.votes)} · {titles.get(need.canvasId) ?? ''} ·{' '}
            </span>
            <span class={need.answered ? styles.meta : styles.unanswered}>
              {need.answered ? 'answered' : 'unanswered'}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
