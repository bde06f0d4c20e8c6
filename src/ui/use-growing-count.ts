import { useEffect, useState } from 'preact/hooks'

/**
 * How many of `total` items to render now: `first` at once, then after each paint `step` more
 * or as many as are shown, whichever is more (so the count at least doubles once past `step`),
 * until all are in: a long list paints its top at once and fills in below in a few
 * frames. Preact runs effects after the browser paints (or after 100 ms when it does not paint,
 * as in a hidden panel), so each step waits for the frame before it. The count never shrinks:
 * items already shown stay when `total` changes (a live check), and new ones are added step by
 * step. Counts are items, not px.
 */
export function useGrowingCount(total: number, first: number, step: number): number {
  const [grown, setGrown] = useState(first)
  const shown = Math.min(total, grown)
  useEffect(() => {
    if (shown < total) setGrown(shown + Math.max(step, shown))
  }, [shown, total, step])
  return shown
}
