import type { List, RootContent } from 'mdast'

import { describeVoteFit, describeVotes, topVotedNeeds } from '../fit/top-voted'
import { quoteNote } from '../fit/quote-note'
import type { Board } from '../model/board'
import type { CheckResult } from '../model/findings'

/** How many unanswered pains and gains the Markdown export ranks. */
export const TOP_VOTED_LIMIT = 10

/** The details-line entry of a note with dot votes (`3 votes (+1 ×2, Heart ×1)`), else ''. */
export function noteVotesDetail(votes: Parameters<typeof describeVotes>[0] | undefined): string {
  return votes === undefined ? '' : describeVotes(votes).replace(/\s+/g, ' ')
}

/**
 * The export's dot-vote section: `## Most-voted unanswered pains and gains`, an ordered list of
 * the `TOP_VOTED_LIMIT` most-voted unanswered pains and gains (quote, votes, area, canvas), and
 * the vote-weighted fit of each canvas with votes ("answered pains hold 12 of 19 votes"). Empty
 * for a board without votes, so such a board exports as before. Text is given to the caller's
 * `text` builder, which escapes it.
 */
export function votesSection(
  board: Board,
  result: CheckResult,
  text: (value: string) => RootContent & { type: 'text' },
  canvasTitle: (canvasId: string) => string,
): RootContent[] {
  const weighted = result.fit.filter((fit) => fit.votes !== undefined)
  if (weighted.length === 0) return []
  const top = topVotedNeeds(board, result, { limit: TOP_VOTED_LIMIT, unansweredOnly: true })
  const item = (value: string): List['children'][number] => ({
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children: [text(value)] }],
  })
  const content: RootContent[] = [
    { type: 'heading', depth: 2, children: [text('Most-voted unanswered pains and gains')] },
  ]
  content.push(
    top.length === 0
      ? { type: 'paragraph', children: [text('Every voted pain and gain is answered.')] }
      : {
          type: 'list',
          ordered: true,
          spread: false,
          children: top.map((need) =>
            item(
              `${quoteNote(need.text)} · ${need.role} · ${describeVotes(need.votes)} · ${need.areaTitle} on ${canvasTitle(need.canvasId)}`.replace(
                /\s+/g,
                ' ',
              ),
            ),
          ),
        },
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: weighted.map((fit) =>
        item(`${canvasTitle(fit.canvasId)}: ${describeVoteFit(fit)}`.replace(/\s+/g, ' ')),
      ),
    },
  )
  return content
}
