import type { JSX } from 'preact'

import { ActionButton } from './action-button'

export interface ShowMoreButtonProps {
  /** Items not shown yet. */
  hidden: number
  /** Items one press shows. */
  pageSize: number
  /** What is counted, one and several, e.g. "finding" and "findings". */
  noun: readonly [singular: string, plural: string]
  onShowMore: () => void
}

/** "Show 25 more findings (40 hidden)": shows the next page of a long list. */
export function ShowMoreButton({
  hidden,
  pageSize,
  noun,
  onShowMore,
}: ShowMoreButtonProps): JSX.Element {
  const next = Math.min(hidden, pageSize)
  const words = `Show ${String(next)} more ${next === 1 ? noun[0] : noun[1]}`
  return (
    <ActionButton secondary onClick={onShowMore}>
      {next === hidden ? words : `${words} (${String(hidden)} hidden)`}
    </ActionButton>
  )
}
