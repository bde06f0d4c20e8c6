import type { JSX } from 'preact'

import type { CanvasDefinition } from '../canvas/canvas-definition'
import { TemplateThumbnail } from './template-thumbnail'

export interface TemplateCardProps {
  definition: CanvasDefinition
  selected: boolean
  /** Reached with Tab: the selected card, or the group's first when none is selected. */
  focusable: boolean
  onSelect: (templateId: string) => void
}

/** One template in the picker: its thumbnail, title and purpose; pressing it chooses it. */
export function TemplateCard({
  definition,
  selected,
  focusable,
  onSelect,
}: TemplateCardProps): JSX.Element {
  return (
    <button
      type="button"
      class="template-card"
      role="radio"
      aria-checked={selected}
      tabIndex={focusable ? 0 : -1}
      onClick={() => {
        onSelect(definition.id)
      }}
    >
      <TemplateThumbnail definition={definition} />
      <span class="template-card-text">
        <span class="template-card-title">{definition.title}</span>
        <span class="template-card-purpose">{definition.purpose}</span>
      </span>
    </button>
  )
}
