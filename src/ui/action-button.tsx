import { Button } from '@create-figma-plugin/ui'
import type { JSX } from 'preact'

export interface ActionButtonProps {
  /** The button's text; also its accessible name while it shows the loading indicator. */
  children: string
  loading: boolean
  disabled: boolean
  secondary?: boolean
  fullWidth?: boolean
  onClick: () => void
}

/**
 * A button that starts an operation on the board and shows a loading indicator while it runs.
 * The library's Button hides its text while loading, which leaves it without a name for screen
 * readers and tests; this one keeps the name and marks itself busy.
 */
export function ActionButton(props: ActionButtonProps): JSX.Element {
  return (
    <Button
      loading={props.loading}
      disabled={props.disabled}
      secondary={props.secondary ?? false}
      fullWidth={props.fullWidth ?? false}
      aria-label={props.children}
      aria-busy={props.loading}
      onClick={props.onClick}
    >
      {props.children}
    </Button>
  )
}
