import type { JSX } from 'preact'

import styles from './form-control.module.css'
import layout from './layout.module.css'

export interface SelectFieldProps {
  /** The visible label, also the select's accessible name. */
  label: string
  /** A fuller accessible name that starts with the label, when the label alone is terse. */
  name?: string
  value: string
  options: readonly { value: string; text: string }[]
  onChange: (value: string) => void
}

/**
 * A labelled native `<select>`: screen readers announce it as a combo box with its value and
 * whether its list is open; arrow keys, typing and Escape work as the platform has them, and
 * focus stays on it when its list closes.
 */
export function SelectField(props: SelectFieldProps): JSX.Element {
  return (
    <label class={layout.field}>
      <span class={layout.fieldLabel}>{props.label}</span>
      <select
        class={styles.control}
        aria-label={props.name}
        value={props.value}
        onChange={(event) => {
          props.onChange(event.currentTarget.value)
        }}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </label>
  )
}
