import type { JSX } from 'preact'

import { classNames } from './class-names'
import styles from './fit-bar.module.css'

export interface FitBarProps {
  /** Plural noun of what is counted, e.g. "pains". */
  label: string
  answered: number
  total: number
}

/** How many of a canvas's pains (or gains) something answers: a bar and the count in words. */
export function FitBar({ label, answered, total }: FitBarProps): JSX.Element {
  const share = total === 0 ? 0 : answered / total
  const complete = total > 0 && answered === total
  return (
    <div>
      <div class={styles.text}>
        <span>{label.charAt(0).toUpperCase() + label.slice(1)} answered</span>
        <span class={styles.count}>
          {total === 0 ? `no ${label} yet` : `${answered} / ${total}`}
        </span>
      </div>
      <div
        class={classNames(styles.track, complete && styles.complete)}
        role="meter"
        aria-label={`${label} answered`}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={`${answered} of ${total} ${label} answered`}
      >
        <div class={styles.fill} style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  )
}
