import type { ComponentChildren, JSX } from 'preact'

import styles from './tab-frame.module.css'

export interface TabFrameProps {
  /** Shown above the tab's content, outside its scrolling, so it never covers what has focus. */
  status: ComponentChildren
  children: ComponentChildren
}

/** The body of a tab: the status banner on top, then the content, which scrolls on its own. */
export function TabFrame({ status, children }: TabFrameProps): JSX.Element {
  return (
    <>
      <div class={styles.status} aria-live="polite">
        {status}
      </div>
      <div class={styles.content}>
        <div class={styles.inner}>{children}</div>
      </div>
    </>
  )
}
