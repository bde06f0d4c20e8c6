import type { JSX } from 'preact'

import styles from './form-control.module.css'
import layout from './layout.module.css'

export interface SearchFieldProps {
  /** The visible label, also the search box's accessible name. */
  label: string
  /** A fuller accessible name that starts with the label, when the label alone is terse. */
  name?: string
  placeholder: string
  value: string
  onInput: (value: string) => void
}

/** A labelled search box; Escape clears it, as in the platform's own search fields. */
export function SearchField(props: SearchFieldProps): JSX.Element {
  return (
    <label class={layout.field}>
      <span class={layout.fieldLabel}>{props.label}</span>
      <input
        type="search"
        class={styles.control}
        aria-label={props.name}
        placeholder={props.placeholder}
        value={props.value}
        spellcheck={false}
        onInput={(event) => {
          props.onInput(event.currentTarget.value)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && props.value !== '') {
            event.preventDefault()
            event.stopPropagation()
            props.onInput('')
          }
        }}
      />
    </label>
  )
}
