import type { JSX } from 'preact'

import { classNames } from './class-names'
import styles from './fit-bar.module.css'
import { useTranslator } from './locale-context'

export interface FitBarProps {
  /** What is counted: the canvas's pains or its gains. */
  kind: 'pain' | 'gain'
  answered: number
  total: number
}

/** How many of a canvas's pains (or gains) something answers: a bar and the count in words. */
export function FitBar({ kind, answered, total }: FitBarProps): JSX.Element {
  const t = useTranslator()
  const share = total === 0 ? 0 : answered / total
  const complete = total > 0 && answered === total
  const label = t('panel.fitAnswered', { kind })
  return (
    <div>
      <div class={styles.text}>
        <span>{label}</span>
        <span class={styles.count}>
          {total === 0 ? t('panel.fitNone', { kind }) : t('panel.fitCount', { answered, total })}
        </span>
      </div>
      <div
        class={classNames(styles.track, complete && styles.complete)}
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={t('panel.fitValue', { kind, answered, total })}
      >
        <div class={styles.fill} style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  )
}
