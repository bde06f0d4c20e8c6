import type { RootContent } from 'mdast'

import { quoteNote } from '../fit/quote-note'
import { describeVoteFit, describeVotes, topVotedNeeds } from '../fit/top-voted'
import type { Translator } from '../locale/translator'
import type { Board, NoteVotes } from '../model/board'
import type { CheckResult } from '../model/findings'
import { canvasTitle, emptyNote, heading, list, listItem, oneLine, text } from './markdown-nodes'

/** How many unanswered pains and gains the Markdown export ranks. */
export const TOP_VOTED_LIMIT = 10

/** The details-line entry of a note with dot votes (`3 votes (+1 ×2, Heart ×1)`), else ''. */
export function noteVotesDetail(votes: NoteVotes | undefined, t: Translator): string {
  return votes === undefined ? '' : oneLine(describeVotes(votes, t))
}

/**
 * The export's dot-vote section: `## Most-voted unanswered pains and gains`, an ordered list of
 * the `TOP_VOTED_LIMIT` most-voted unanswered pains and gains (quote, role, votes, area and
 * canvas), then the vote-weighted fit of each canvas with votes ("answered pains hold 12 of 19
 * votes"), in the language of `t`. Empty for a board without votes, so such a board exports as
 * before.
 */
export function votesSection(board: Board, result: CheckResult, t: Translator): RootContent[] {
  const weighted = result.fit.filter((fit) => fit.votes !== undefined)
  if (weighted.length === 0) return []
  const titles = new Map(board.canvases.map((canvas) => [canvas.id, canvasTitle(canvas, t)]))
  const title = (id: string): string => titles.get(id) ?? id
  const top = topVotedNeeds(board, result, { limit: TOP_VOTED_LIMIT, unansweredOnly: true })
  return [
    heading(2, t('export.votesHeading')),
    top.length === 0
      ? emptyNote(t('export.everyVoteAnswered'))
      : {
          ...list(
            top.map((need) =>
              listItem([
                text(
                  oneLine(
                    t('export.votedNeed', {
                      note: quoteNote(need.text),
                      role: need.role,
                      votes: describeVotes(need.votes, t),
                      area: need.areaTitle,
                      canvas: title(need.canvasId),
                    }),
                  ),
                ),
              ]),
            ),
          ),
          ordered: true,
        },
    list(
      weighted.map((fit) => listItem([text(`${title(fit.canvasId)}: ${describeVoteFit(fit, t)}`)])),
    ),
  ]
}
