import type { TargetedKeyboardEvent } from 'preact'

const steps: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }

/**
 * Arrow keys in a group of `role="radio"` buttons, as the ARIA radio group pattern has them:
 * Down/Right choose the next item, Up/Left the previous one (wrapping around), Home and End the
 * first and last; the chosen item gets the focus. Other keys are left alone.
 */
export function moveInRadioGroup(
  event: TargetedKeyboardEvent<HTMLElement>,
  ids: readonly string[],
  selectedId: string | null,
  onSelect: (id: string) => void,
): void {
  if (ids.length === 0) return
  const index = selectedId === null ? -1 : ids.indexOf(selectedId)
  const step = steps[event.key]
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? ids.length - 1
        : step === undefined
          ? undefined
          : index === -1
            ? 0
            : (index + step + ids.length) % ids.length
  const id = next === undefined ? undefined : ids[next]
  if (next === undefined || id === undefined) return
  event.preventDefault()
  onSelect(id)
  event.currentTarget.querySelectorAll<HTMLElement>('[role="radio"]')[next]?.focus()
}
