import { Button } from '@create-figma-plugin/ui'
import type { JSX } from 'preact'

import { quoteNote } from '../fit/quote-note'
import type { MatchSuggestion } from '../fit/suggest-matches'
import type { Board } from '../model/board'

const needWords: Record<string, string> = { pain: 'Pain', gain: 'Gain' }

export interface SuggestionListProps {
  suggestions: readonly MatchSuggestion[]
  board: Board
  disabled: boolean
  /** Links the candidate (`fromNoteId`) to the pain or gain it may answer (`toNoteId`). */
  onLink: (fromNoteId: string, toNoteId: string) => void
}

/**
 * Pain relievers and gain creators whose words match an unanswered pain or gain. They are hints
 * only: nothing here counts as fit until someone links the stickies.
 */
export function SuggestionList(props: SuggestionListProps): JSX.Element {
  const { suggestions, board } = props
  const titles = new Map(board.canvases.map((canvas) => [canvas.id, canvas.title]))
  return (
    <section class="panel-section" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title" class="section-title">
        Suggested matches
      </h2>
      {suggestions.length === 0 ? (
        <p class="hint">
          No suggestions: no unanswered pain or gain shares words with a pain reliever or gain
          creator.
        </p>
      ) : (
        <>
          <p class="hint">
            Stickies with similar words. They do not count as fit until you link them.
          </p>
          <ul class="suggestion-list">
            {suggestions.map((suggestion) => (
              <li key={suggestion.need.noteId} class="suggestion">
                <div class="suggestion-need">
                  <span class="suggestion-kind">{needWords[suggestion.need.role] ?? 'Note'}</span>{' '}
                  {quoteNote(suggestion.need.text)}
                  {board.canvases.length > 1 ? (
                    <span class="suggestion-canvas"> · {titles.get(suggestion.canvasId)}</span>
                  ) : null}
                </div>
                <ul class="suggestion-candidates">
                  {suggestion.candidates.map((candidate) => (
                    <li key={candidate.noteId} class="suggestion-candidate">
                      <span class="suggestion-text">
                        {quoteNote(candidate.text)}
                        {candidate.canvasId === suggestion.canvasId ? null : (
                          <span class="suggestion-canvas"> · {titles.get(candidate.canvasId)}</span>
                        )}
                      </span>
                      <Button
                        secondary
                        disabled={props.disabled}
                        aria-label={`Link ${quoteNote(candidate.text)} to ${quoteNote(suggestion.need.text)}`}
                        onClick={() => {
                          props.onLink(candidate.noteId, suggestion.need.noteId)
                        }}
                      >
                        Link
                      </Button>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
