import type { JSX, Ref } from 'preact'

import styles from './action-button.module.css'
import { classNames } from './class-names'

export interface ActionButtonProps {
  /** The button's text, shown also while it works. */
  children: string
  /** A fuller name for screen readers when the text alone is ambiguous (e.g. several “Link”). */
  label?: string
  /** Shows a spinner and marks the button busy; a press does nothing until it ends. */
  loading?: boolean
  /** A press does nothing; the button stays focusable so keyboard focus is never lost. */
  disabled?: boolean
  secondary?: boolean
  fullWidth?: boolean
  buttonRef?: Ref<HTMLButtonElement>
  onClick: () => void
}

/**
 * The panel's button. Unavailable or busy, it says so with `aria-disabled` and `aria-busy`
 * instead of the `disabled` attribute, so a keyboard user's focus stays on it while the board
 * works (a disabled element drops the focus to the page). Its name stays its text throughout.
 */
export function ActionButton(props: ActionButtonProps): JSX.Element {
  const loading = props.loading ?? false
  const inert = loading || (props.disabled ?? false)
  return (
    <button
      ref={props.buttonRef ?? null}
      type="button"
      class={classNames(
        styles.button,
        props.secondary === true ? styles.secondary : styles.primary,
        props.fullWidth === true && styles.fullWidth,
      )}
      aria-label={props.label}
      aria-disabled={inert}
      aria-busy={loading}
      onClick={() => {
        if (!inert) props.onClick()
      }}
    >
      {loading ? <span class={styles.spinner} aria-hidden="true" /> : null}
      {props.children}
    </button>
  )
}
