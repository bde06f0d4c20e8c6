import type { JSX } from 'preact'

import layout from './layout.module.css'
import styles from './segmented-field.module.css'

export interface SegmentedFieldProps<Value extends string> {
  /** The visible label. */
  label: string
  /** The group's accessible name; it starts with the label. */
  name: string
  /** The radios' `name`: one per group, so arrow keys stay inside it. */
  groupName: string
  value: Value
  options: readonly { value: Value; text: string }[]
  onChange: (value: Value) => void
}

/**
 * A few choices side by side: native radio buttons, one group by their shared `name`, so ← and
 * → move between these choices only (never into another group or the tabs), drawn as segments.
 */
export function SegmentedField<Value extends string>(
  props: SegmentedFieldProps<Value>,
): JSX.Element {
  return (
    <div class={layout.field}>
      <span class={layout.fieldLabel} aria-hidden="true">
        {props.label}
      </span>
      <div class={styles.group} role="radiogroup" aria-label={props.name}>
        {props.options.map((option) => (
          <label key={option.value} class={styles.option}>
            <input
              type="radio"
              class={styles.input}
              name={props.groupName}
              value={option.value}
              checked={option.value === props.value}
              onChange={() => {
                props.onChange(option.value)
              }}
            />
            <span class={styles.text}>{option.text}</span>
          </label>
        ))}
      </div>
    </div>
  )
}
