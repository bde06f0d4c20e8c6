import type { JSX } from 'preact'

import { ActionButton } from './action-button'
import { useTranslator } from './locale-context'

export interface ShowMoreButtonProps {
  /** Items not shown yet. */
  hidden: number
  /** Items one press shows. */
  pageSize: number
  /** What is counted: findings or suggestions. */
  kind: 'finding' | 'suggestion'
  onShowMore: () => void
}

/** "Show 25 more findings (40 hidden)": shows the next page of a long list. */
export function ShowMoreButton({
  hidden,
  pageSize,
  kind,
  onShowMore,
}: ShowMoreButtonProps): JSX.Element {
  const t = useTranslator()
  const count = Math.min(hidden, pageSize)
  const words = t('panel.showMore', { kind, count })
  return (
    <ActionButton secondary onClick={onShowMore}>
      {count === hidden ? words : t('panel.showMoreHidden', { words, hidden })}
    </ActionButton>
  )
}
