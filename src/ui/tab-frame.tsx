import type { ComponentChildren, JSX } from 'preact'

export interface TabFrameProps {
  /** Shown above the tab's content and kept in view while it scrolls. */
  status: ComponentChildren
  children: ComponentChildren
}

/** The scrolling body of a tab, with the status banner pinned to its top. */
export function TabFrame({ status, children }: TabFrameProps): JSX.Element {
  return (
    <div class="tab-frame">
      <div class="tab-status" aria-live="polite">
        {status}
      </div>
      <div class="tab-content">{children}</div>
    </div>
  )
}
