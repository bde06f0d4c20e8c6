import { Dropdown, SearchTextbox } from '@create-figma-plugin/ui'
import type { JSX } from 'preact'
import { useState } from 'preact/hooks'

import type { CanvasDefinition } from '../canvas/canvas-definition'
import { filterCanvases, languageName } from './method-canvas-filter'
import { moveInRadioGroup } from './radio-group-keys'
import { TemplateThumbnail } from './template-thumbnail'

export interface MethodCanvasListProps {
  /** The method's canvases in the chosen language, in the data's order. */
  definitions: readonly CanvasDefinition[]
  locales: readonly string[]
  locale: string
  onLocaleChange: (locale: string) => void
  /** The chosen method canvas; null when a workshop template is chosen. */
  selectedId: string | null
  onSelect: (templateId: string) => void
}

/**
 * The APIOps Cycles method's canvases on the Templates tab: a language choice, a search box and
 * compact rows (a small layout picture and the title; the chosen row adds its purpose), one
 * radio group with the arrow keys of the ARIA pattern.
 */
export function MethodCanvasList(props: MethodCanvasListProps): JSX.Element {
  const { definitions, selectedId } = props
  const [query, setQuery] = useState('')
  const shown = filterCanvases(definitions, query)
  const tabbableId = shown.some((definition) => definition.id === selectedId)
    ? selectedId
    : (shown[0]?.id ?? null)
  return (
    <section class="panel-section method-canvases" aria-labelledby="method-title">
      <h2 id="method-title" class="section-title">
        APIOps Cycles method
      </h2>
      <p class="hint">
        All {definitions.length} canvases of the method, in the language you choose.
      </p>
      <div class="method-filters">
        <div class="field method-language">
          <span class="field-label">Language</span>
          <Dropdown
            aria-label="Language of the method canvases"
            value={props.locale}
            options={props.locales.map((locale) => ({ value: locale, text: languageName(locale) }))}
            onValueChange={props.onLocaleChange}
          />
        </div>
        <div class="field method-search">
          <span class="field-label">Search</span>
          <SearchTextbox
            aria-label="Search the method canvases"
            placeholder="Title or purpose"
            clearOnEscapeKeyDown
            value={query}
            onValueInput={setQuery}
          />
        </div>
      </div>
      {shown.length === 0 ? (
        <p class="hint" role="status">
          No canvas matches “{query.trim()}”.
        </p>
      ) : (
        <div
          class="method-list"
          role="radiogroup"
          aria-label="APIOps Cycles method canvases"
          onKeyDown={(event) => {
            moveInRadioGroup(
              event,
              shown.map((definition) => definition.id),
              selectedId,
              props.onSelect,
            )
          }}
        >
          {shown.map((definition) => {
            const selected = definition.id === selectedId
            return (
              <button
                key={definition.id}
                type="button"
                class="method-row"
                role="radio"
                aria-checked={selected}
                tabIndex={definition.id === tabbableId ? 0 : -1}
                onClick={() => {
                  props.onSelect(definition.id)
                }}
              >
                <TemplateThumbnail definition={definition} decorative />
                <span class="method-row-text">
                  <span class="method-row-title">{definition.title}</span>
                  {selected ? <span class="method-row-purpose">{definition.purpose}</span> : null}
                </span>
              </button>
            )
          })}
        </div>
      )}
    </section>
  )
}
