import { Button } from '@create-figma-plugin/ui'
import type { JSX, TargetedKeyboardEvent } from 'preact'

import type { CanvasDefinition } from '../canvas/canvas-definition'
import { ActionButton } from './action-button'
import { TemplateCard } from './template-card'

export interface TemplatesTabProps {
  templates: readonly CanvasDefinition[]
  selectedId: string
  onSelect: (templateId: string) => void
  onPlace: (templateId: string) => void
  /** True while any operation runs: placing waits for it. */
  busy: boolean
  placing: boolean
  /** The canvas placed last in this session, to show it on the board. */
  placedCanvasId: string | null
  onShowCanvas: (canvasId: string) => void
}

/** The Templates tab: pick a canvas template and place it on the board. */
export function TemplatesTab(props: TemplatesTabProps): JSX.Element {
  const { templates, selectedId, onSelect } = props
  const selected = templates.find((template) => template.id === selectedId) ?? templates[0]
  const move = (event: TargetedKeyboardEvent<HTMLDivElement>): void => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key]
    if (step === undefined) return
    event.preventDefault()
    const index = templates.findIndex((template) => template.id === selectedId)
    const next = templates[(index + step + templates.length) % templates.length]
    if (next === undefined) return
    onSelect(next.id)
    const cards = event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="radio"]')
    cards[templates.indexOf(next)]?.focus()
  }
  return (
    <div class="stack">
      <p class="hint">Choose a canvas for the workshop and place it on the board.</p>
      <div class="template-list" role="radiogroup" aria-label="Canvas templates" onKeyDown={move}>
        {templates.map((definition) => (
          <TemplateCard
            key={definition.id}
            definition={definition}
            selected={definition.id === selected?.id}
            onSelect={onSelect}
          />
        ))}
      </div>
      {selected === undefined ? null : (
        <div class="actions">
          <ActionButton
            fullWidth
            loading={props.placing}
            disabled={props.busy && !props.placing}
            onClick={() => {
              props.onPlace(selected.id)
            }}
          >
            {`Place ${selected.title}`}
          </ActionButton>
          {props.placedCanvasId === null ? null : (
            <Button
              secondary
              fullWidth
              disabled={props.busy}
              onClick={() => {
                if (props.placedCanvasId !== null) props.onShowCanvas(props.placedCanvasId)
              }}
            >
              Show the placed canvas
            </Button>
          )}
        </div>
      )}
    </div>
  )
}
