import type { TargetedKeyboardEvent } from 'preact'

/** Arrow keys of a vertical or mixed group: Down/Right next, Up/Left previous. */
const groupSteps: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
}

/**
 * The index a key moves to in a list of `length` items, as the ARIA radio group and tabs
 * patterns have it: a step from `steps` (wrapping around; from nothing chosen (-1), the first),
 * Home the first and End the last; undefined for any other key or an empty list.
 */
export function indexAfterKey(
  key: string,
  index: number,
  length: number,
  steps: Readonly<Record<string, number>> = groupSteps,
): number | undefined {
  const step = steps[key]
  if (length === 0) return undefined
  if (key === 'Home') return 0
  if (key === 'End') return length - 1
  if (step === undefined) return undefined
  return index === -1 ? 0 : (index + step + length) % length
}

/**
 * Arrow keys in a group of `role="radio"` buttons: Down/Right choose the next item, Up/Left the
 * previous one, Home and End the first and last; the chosen item gets the focus. Other keys are
 * left alone.
 */
export function moveInRadioGroup(
  event: TargetedKeyboardEvent<HTMLElement>,
  ids: readonly string[],
  selectedId: string | null,
  onSelect: (id: string) => void,
): void {
  const next = indexAfterKey(
    event.key,
    selectedId === null ? -1 : ids.indexOf(selectedId),
    ids.length,
  )
  const id = next === undefined ? undefined : ids[next]
  if (next === undefined || id === undefined) return
  event.preventDefault()
  onSelect(id)
  event.currentTarget.querySelectorAll<HTMLElement>('[role="radio"]')[next]?.focus()
}
