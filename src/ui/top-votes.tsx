import type { JSX } from 'preact'

import { quoteNote } from '../fit/quote-note'
import type { VotedNeed } from '../fit/top-voted'
import type { Board } from '../model/board'
import layout from './layout.module.css'
import { useTranslator } from './locale-context'
import styles from './top-votes.module.css'
import { votesText } from './vote-text'

export interface TopVotesProps {
  /** Voted pains and gains, most-voted first (`topVotedNeeds`). */
  needs: readonly VotedNeed[]
  board: Board
  /** Heading of the list. Default "Top votes" in the panel's language. */
  title?: string
}

/**
 * The pains and gains the team voted for with stamps, most-voted first, each with its votes and
 * whether something answers it yet. Renders nothing when no pain or gain has a vote.
 */
export function TopVotes({ needs, board, title }: TopVotesProps): JSX.Element | null {
  const t = useTranslator()
  if (needs.length === 0) return null
  const titles = new Map(board.canvases.map((canvas) => [canvas.id, canvas.title]))
  return (
    <section class={layout.section} aria-labelledby="top-votes-title">
      <h2 id="top-votes-title" class={layout.sectionTitle}>
        {title ?? t('panel.topVotes')}
      </h2>
      <ol class={styles.list}>
        {needs.map((need) => (
          <li key={need.noteId} class={styles.need}>
            {quoteNote(need.text)}{' '}
            <span class={styles.meta}>
              · {t('panel.needRole', { role: need.role })} · {votesText(t, need.votes)} ·{' '}
              {titles.get(need.canvasId) ?? ''} ·{' '}
            </span>
            <span class={need.answered ? styles.meta : styles.unanswered}>
              {need.answered ? t('panel.answered') : t('panel.unanswered')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
