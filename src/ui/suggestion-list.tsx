import type { JSX } from 'preact'

import { quoteNote } from '../fit/quote-note'
import type { MatchSuggestion } from '../fit/suggest-matches'
import type { Board } from '../model/board'
import { ActionButton } from './action-button'
import layout from './layout.module.css'
import { useTranslator } from './locale-context'
import { ShowMoreButton } from './show-more-button'
import styles from './suggestion-list.module.css'
import { FOCUS_HOME_ATTRIBUTE } from './use-focus-keeper'
import { PAGE_ITEM_ATTRIBUTE, useShowMore } from './use-show-more'

/** Pains and gains listed at first, and how many more each "Show more" press adds. */
export const SUGGESTIONS_PAGE_SIZE = 10

export interface SuggestionListProps {
  suggestions: readonly MatchSuggestion[]
  board: Board
  disabled: boolean
  /** Links the candidate (`fromNoteId`) to the pain or gain it may answer (`toNoteId`). */
  onLink: (fromNoteId: string, toNoteId: string) => void
}

/**
 * Pain relievers and gain creators whose words match an unanswered pain or gain. They are hints
 * only: nothing here counts as fit until someone links the stickies. A linked suggestion goes
 * away; the focus then moves to this section. The first `SUGGESTIONS_PAGE_SIZE` pains and gains
 * are listed, the rest behind "Show more".
 */
export function SuggestionList(props: SuggestionListProps): JSX.Element {
  const { suggestions, board } = props
  const t = useTranslator()
  const page = useShowMore<HTMLUListElement>(suggestions.length, SUGGESTIONS_PAGE_SIZE)
  const titles = new Map(board.canvases.map((canvas) => [canvas.id, canvas.title]))
  return (
    <section
      class={layout.section}
      aria-labelledby="suggestions-title"
      tabIndex={-1}
      {...{ [FOCUS_HOME_ATTRIBUTE]: '' }}
    >
      <h2 id="suggestions-title" class={layout.sectionTitle}>
        {t('panel.suggestionsTitle')}
      </h2>
      {suggestions.length === 0 ? (
        <p class={layout.hint}>{t('panel.noSuggestions')}</p>
      ) : (
        <>
          <p class={layout.hint}>{t('panel.suggestionsHint')}</p>
          <ul ref={page.listRef} class={styles.list}>
            {suggestions.slice(0, page.shown).map((suggestion) => (
              <li key={suggestion.need.noteId} {...{ [PAGE_ITEM_ATTRIBUTE]: '' }}>
                <div class={styles.need}>
                  <span class={styles.kind}>
                    {t('panel.suggestionKind', { role: suggestion.need.role })}
                  </span>{' '}
                  {quoteNote(suggestion.need.text)}
                  {board.canvases.length > 1 ? (
                    <span class={styles.canvas}> · {titles.get(suggestion.canvasId)}</span>
                  ) : null}
                </div>
                <ul class={styles.candidates}>
                  {suggestion.candidates.map((candidate) => (
                    <li key={candidate.noteId} class={styles.candidate}>
                      <span class={styles.text}>
                        {quoteNote(candidate.text)}
                        {candidate.canvasId === suggestion.canvasId ? null : (
                          <span class={styles.canvas}> · {titles.get(candidate.canvasId)}</span>
                        )}
                      </span>
                      <ActionButton
                        secondary
                        disabled={props.disabled}
                        label={t('panel.linkSuggestion', {
                          from: quoteNote(candidate.text),
                          to: quoteNote(suggestion.need.text),
                        })}
                        onClick={() => {
                          props.onLink(candidate.noteId, suggestion.need.noteId)
                        }}
                      >
                        {t('panel.link')}
                      </ActionButton>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {page.hidden === 0 ? null : (
            <ShowMoreButton
              hidden={page.hidden}
              pageSize={SUGGESTIONS_PAGE_SIZE}
              kind="suggestion"
              onShowMore={page.showMore}
            />
          )}
        </>
      )}
    </section>
  )
}
