import type { ComponentChildren, JSX, TargetedKeyboardEvent } from 'preact'
import { useRef } from 'preact/hooks'

import styles from './panel-tabs.module.css'
import { indexAfterKey } from './radio-group-keys'

/** One tab of the panel: its id, the label on the tab and what its panel shows. */
export interface PanelTabItem<Id extends string> {
  id: Id
  label: string
  content: ComponentChildren
}

export interface PanelTabsProps<Id extends string> {
  /** The tabs in order; a new tab is one more item. */
  tabs: readonly PanelTabItem<Id>[]
  selected: Id
  onSelect: (id: Id) => void
  /** Accessible name of the tab list. */
  label: string
}

const tabSteps = { ArrowRight: 1, ArrowLeft: -1 }

/**
 * Tabs as the ARIA tabs pattern has them: a `tablist` reached with one Tab press, ← and →
 * (wrapping) and Home/End choosing and focusing a tab, and the chosen tab's `tabpanel`, named
 * by its tab. Arrow keys inside the panel's own controls never reach the tabs.
 */
export function PanelTabs<Id extends string>(props: PanelTabsProps<Id>): JSX.Element {
  const { tabs, selected } = props
  const list = useRef<HTMLDivElement>(null)
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  )
  const current = tabs[index]
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>): void => {
    const next = indexAfterKey(event.key, index, tabs.length, tabSteps)
    const tab = next === undefined ? undefined : tabs[next]
    if (next === undefined || tab === undefined) return
    event.preventDefault()
    props.onSelect(tab.id)
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus()
  }
  return (
    <>
      <div
        ref={list}
        class={styles.tablist}
        role="tablist"
        aria-label={props.label}
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            id={`tab-${tab.id}`}
            class={styles.tab}
            role="tab"
            aria-selected={tab.id === current?.id}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            onClick={() => {
              props.onSelect(tab.id)
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current === undefined ? null : (
        <div
          id={`tabpanel-${current.id}`}
          class={styles.tabpanel}
          role="tabpanel"
          aria-labelledby={`tab-${current.id}`}
          tabIndex={-1}
        >
          {current.content}
        </div>
      )}
    </>
  )
}
