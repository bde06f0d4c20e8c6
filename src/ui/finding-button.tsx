import type { JSX } from 'preact'

import type { MessageKey } from '../locale/catalogues'
import type { Finding, Severity } from '../model/findings'
import { classNames } from './class-names'
import styles from './finding-button.module.css'
import { useTranslator } from './locale-context'

const severityKeys: Record<Severity, MessageKey> = {
  error: 'panel.severityError',
  warning: 'panel.severityWarning',
  info: 'panel.severityInfo',
}

export interface FindingButtonProps {
  finding: Finding
  onFocus: (finding: Finding) => void
}

/** One finding: its severity and message; pressing it shows its stickies on the board. */
export function FindingButton({ finding, onFocus }: FindingButtonProps): JSX.Element {
  const t = useTranslator()
  return (
    <button
      type="button"
      class={classNames(styles.finding, styles[finding.severity])}
      title={t('panel.showOnBoard')}
      onClick={() => {
        onFocus(finding)
      }}
    >
      <span class={styles.severity}>{t(severityKeys[finding.severity])}</span>
      <span class={styles.message}>{finding.message}</span>
    </button>
  )
}
