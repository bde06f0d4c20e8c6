import type { JSX } from 'preact'

import type { CanvasDefinition } from '../canvas/canvas-definition'
import styles from './template-card.module.css'
import { TemplateThumbnail } from './template-thumbnail'

export interface TemplateCardProps {
  definition: CanvasDefinition
  selected: boolean
  /** Reached with Tab: the selected card, or the group's first when none is selected. */
  focusable: boolean
  onSelect: (templateId: string) => void
}

/**
 * One template in the picker, a radio named by its title and described by its purpose, with a
 * decorative thumbnail; pressing it chooses it.
 */
export function TemplateCard({
  definition,
  selected,
  focusable,
  onSelect,
}: TemplateCardProps): JSX.Element {
  return (
    <button
      type="button"
      class={styles.card}
      role="radio"
      aria-checked={selected}
      aria-labelledby={`${definition.id}-title`}
      aria-describedby={`${definition.id}-purpose`}
      tabIndex={focusable ? 0 : -1}
      onClick={() => {
        onSelect(definition.id)
      }}
    >
      <span class={styles.thumbnail}>
        <TemplateThumbnail definition={definition} />
      </span>
      <span class={styles.text}>
        <span id={`${definition.id}-title`} class={styles.title}>
          {definition.title}
        </span>
        <span id={`${definition.id}-purpose`} class={styles.purpose}>
          {definition.purpose}
        </span>
      </span>
    </button>
  )
}
