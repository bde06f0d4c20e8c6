import type { JSX } from 'preact'

import type { Finding, Severity } from '../model/findings'
import { classNames } from './class-names'
import styles from './finding-button.module.css'

const severityWords: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
}

export interface FindingButtonProps {
  finding: Finding
  onFocus: (finding: Finding) => void
}

/** One finding: its severity and message; pressing it shows its stickies on the board. */
export function FindingButton({ finding, onFocus }: FindingButtonProps): JSX.Element {
  return (
    <button
      type="button"
      class={classNames(styles.finding, styles[finding.severity])}
      title="Show on the board"
      onClick={() => {
        onFocus(finding)
      }}
    >
      <span class={styles.severity}>{severityWords[finding.severity]}</span>
      <span class={styles.message}>{finding.message}</span>
    </button>
  )
}
