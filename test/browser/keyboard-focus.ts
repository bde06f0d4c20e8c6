import type { Page } from 'playwright-core'

/** Where keyboard focus is: `role: name` (e.g. `tab: Check`), or `page` when it fell to <body>. */
export interface FocusState {
  where: string
  /** A focus ring is drawn: the element's own outline or box shadow, or that of the segment a hidden radio draws. */
  visible: boolean
}

/**
 * The focused element's role and accessible name as a screen reader would announce them (the
 * subset of the accessible-name rules the panel uses: aria-label, aria-labelledby, a <label>,
 * then the text), and whether a focus ring shows.
 */
export async function focusStateAsync(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!(element instanceof HTMLElement) || element === document.body) {
      return { where: 'page', visible: false }
    }
    const implicitRoles: Record<string, string> = {
      BUTTON: 'button',
      SELECT: 'combobox',
      TEXTAREA: 'textbox',
      SECTION: 'region',
    }
    const inputRoles: Record<string, string> = { search: 'searchbox', radio: 'radio', file: 'file' }
    const role =
      element.getAttribute('role') ??
      (element instanceof HTMLInputElement
        ? (inputRoles[element.type] ?? 'textbox')
        : (implicitRoles[element.tagName] ?? element.tagName.toLowerCase()))
    const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim()
    const labels = 'labels' in element ? (element.labels as NodeListOf<HTMLLabelElement>) : null
    const name =
      element.getAttribute('aria-label') ??
      (labelledBy === '' ? null : labelledBy) ??
      labels?.[0]?.textContent ??
      element.textContent
    const rings = [element, element.nextElementSibling].map((candidate) =>
      candidate === null ? null : getComputedStyle(candidate),
    )
    const visible =
      element.matches(':focus-visible') &&
      rings.some(
        (style) =>
          style !== null &&
          ((style.outlineStyle !== 'none' && style.outlineWidth !== '0px') ||
            style.boxShadow !== 'none'),
      )
    return { where: `${role}: ${name.trim()}`, visible }
  })
}

/**
 * Presses `key` (e.g. `Tab`, `Shift+Tab`) until focus is on `where`, at most `limit` times,
 * and returns every stop on the way; each stop must have a visible focus ring and none may be
 * the page. Throws with the stops when `where` is not reached.
 */
export async function pressUntilFocusedAsync(
  page: Page,
  where: string,
  key = 'Tab',
  limit = 30,
): Promise<string[]> {
  const stops: string[] = []
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(key)
    const state = await focusStateAsync(page)
    stops.push(state.where)
    if (state.where === 'page' || !state.visible) {
      throw new Error(`focus lost or not visible after ${key}: ${stops.join(' → ')}`)
    }
    if (state.where === where) return stops
  }
  throw new Error(`${where} not reached with ${key}: ${stops.join(' → ')}`)
}
