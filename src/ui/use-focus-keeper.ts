import { type MutableRef, useEffect, useRef } from 'preact/hooks'

/** Marks an element that takes the focus back when the control in it that had focus goes away. */
export const FOCUS_HOME_ATTRIBUTE = 'data-focus-home'
/** Marks the status area, whose notice sends focus back where it was when the notice came. */
export const STATUS_ATTRIBUTE = 'data-status'

function isFocusable(element: HTMLElement | null): element is HTMLElement {
  return element?.isConnected === true
}

/** Keeps keyboard focus inside the panel; `returnFocus` is for after a notice is dismissed. */
export interface FocusKeeper {
  /** After the next render, focuses where the person was when the notice came. */
  returnFocus: () => void
}

/**
 * Never lets keyboard focus fall to the page. When the focused control disappears in a render
 * (a Link button whose suggestion is answered, a dismissed notice's button), focus moves to its
 * nearest `data-focus-home` ancestor still shown, else to the tab panel. Shapes: `root` is the
 * panel's outermost element; `notice` the notice shown now (any value; null for none).
 */
export function useFocusKeeper(
  root: MutableRef<HTMLElement | null>,
  notice: object | null,
): FocusKeeper {
  const last = useRef<HTMLElement | null>(null)
  const home = useRef<HTMLElement | null>(null)
  const noticeOrigin = useRef<HTMLElement | null>(null)
  const next = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const element = root.current
    if (element === null) return
    const onFocusIn = (event: FocusEvent): void => {
      if (!(event.target instanceof HTMLElement)) return
      last.current = event.target
      home.current = event.target.parentElement?.closest(`[${FOCUS_HOME_ATTRIBUTE}]`) ?? null
    }
    element.addEventListener('focusin', onFocusIn)
    return () => {
      element.removeEventListener('focusin', onFocusIn)
    }
  }, [root])

  useEffect(() => {
    if (notice === null) return
    const active = document.activeElement
    if (active instanceof HTMLElement && active.closest(`[${STATUS_ATTRIBUTE}]`) === null) {
      noticeOrigin.current = active === document.body ? null : active
    }
  }, [notice])

  useEffect(() => {
    const tabPanel = root.current?.querySelector<HTMLElement>('[role="tabpanel"]') ?? null
    const wanted = next.current
    next.current = null
    if (wanted !== null) {
      const target = [wanted, tabPanel].find(isFocusable)
      target?.focus()
      return
    }
    const active = document.activeElement
    const lost = active === null || active === document.body
    if (!lost || last.current === null || last.current.isConnected) return
    ;[home.current, tabPanel].find(isFocusable)?.focus()
  })

  return {
    returnFocus: () => {
      next.current = noticeOrigin.current
    },
  }
}
