import type { JSX } from 'preact'

import styles from './live-switch.module.css'
import { useTranslator } from './locale-context'

export interface LiveSwitchProps {
  live: boolean
  onChange: (live: boolean) => void
}

/** The "Live" switch of the Check tab: on, findings and fit follow the board without a click. */
export function LiveSwitch({ live, onChange }: LiveSwitchProps): JSX.Element {
  const t = useTranslator()
  return (
    <label class={styles.switch}>
      <input
        type="checkbox"
        role="switch"
        checked={live}
        onChange={(event) => {
          onChange(event.currentTarget.checked)
        }}
      />
      {t('panel.live')}
    </label>
  )
}
