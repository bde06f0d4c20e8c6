import { type RefObject } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'

/** Marks an item of a list shown page by page; "Show more" focuses the first new one. */
export const PAGE_ITEM_ATTRIBUTE = 'data-page-item'

/** A list shown page by page: how many items to show and the "Show more" action. */
export interface ShowMore<E extends HTMLElement> {
  /** Items to render now. */
  shown: number
  /** Items after those, shown by `showMore` `pageSize` at a time. */
  hidden: number
  showMore: () => void
  /** The element holding the list's `PAGE_ITEM_ATTRIBUTE` items, in order. */
  listRef: RefObject<E>
}

/**
 * Shows the first `pageSize` of `total` items, and `pageSize` more at each `showMore`. After
 * `showMore`, keyboard focus moves to the first newly shown item (its first button, or the
 * item itself), so it never falls off the removed or moved button. The count is kept when
 * `total` changes (a live check).
 */
export function useShowMore<E extends HTMLElement>(total: number, pageSize: number): ShowMore<E> {
  const [limit, setLimit] = useState(pageSize)
  const focusIndex = useRef<number | null>(null)
  const listRef = useRef<E>(null)
  const shown = Math.min(total, limit)
  useEffect(() => {
    const index = focusIndex.current
    if (index === null) return
    focusIndex.current = null
    const item = listRef.current?.querySelectorAll<HTMLElement>(`[${PAGE_ITEM_ATTRIBUTE}]`)[index]
    const target = item?.querySelector<HTMLElement>('button') ?? item
    target?.focus()
  }, [shown])
  return {
    shown,
    hidden: total - shown,
    showMore: () => {
      focusIndex.current = shown
      setLimit(shown + pageSize)
    },
    listRef,
  }
}
