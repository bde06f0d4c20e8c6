import type { JSX } from 'preact'
import { useState } from 'preact/hooks'

import type { CanvasDefinition } from '../canvas/canvas-definition'
import { classNames } from './class-names'
import layout from './layout.module.css'
import { useTranslator } from './locale-context'
import { filterCanvases, languageName } from './method-canvas-filter'
import styles from './method-canvas-list.module.css'
import { moveInRadioGroup } from './radio-group-keys'
import { SearchField } from './search-field'
import { SelectField } from './select-field'
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
  const t = useTranslator()
  const shown = filterCanvases(definitions, query)
  const tabbableId = shown.some((definition) => definition.id === selectedId)
    ? selectedId
    : (shown[0]?.id ?? null)
  return (
    <section class={classNames(layout.section, styles.section)} aria-labelledby="method-title">
      <h2 id="method-title" class={layout.sectionTitle}>
        {t('panel.methodTitle')}
      </h2>
      <p class={layout.hint}>{t('panel.methodHint', { count: definitions.length })}</p>
      <div class={styles.filters}>
        <div class={styles.language}>
          <SelectField
            label={t('panel.language')}
            name={t('panel.languageOfMethod')}
            value={props.locale}
            options={props.locales.map((locale) => ({ value: locale, text: languageName(locale) }))}
            onChange={props.onLocaleChange}
          />
        </div>
        <div class={styles.search}>
          <SearchField
            label={t('panel.search')}
            name={t('panel.searchMethod')}
            placeholder={t('panel.searchPlaceholder')}
            value={query}
            onInput={setQuery}
          />
        </div>
      </div>
      {shown.length === 0 ? (
        <p class={layout.hint} role="status">
          {t('panel.noCanvasMatches', { query: query.trim() })}
        </p>
      ) : (
        <div
          class={styles.list}
          role="radiogroup"
          aria-label={t('panel.methodCanvases')}
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
                class={styles.row}
                role="radio"
                aria-checked={selected}
                aria-labelledby={`${definition.id}-row-title`}
                {...(selected ? { 'aria-describedby': `${definition.id}-row-purpose` } : {})}
                tabIndex={definition.id === tabbableId ? 0 : -1}
                onClick={() => {
                  props.onSelect(definition.id)
                }}
              >
                <span class={styles.thumbnail}>
                  <TemplateThumbnail definition={definition} />
                </span>
                <span class={styles.text}>
                  <span id={`${definition.id}-row-title`} class={styles.title}>
                    {definition.title}
                  </span>
                  {selected ? (
                    <span id={`${definition.id}-row-purpose`} class={styles.purpose}>
                      {definition.purpose}
                    </span>
                  ) : null}
                </span>
              </button>
            )
          })}
        </div>
      )}
    </section>
  )
}
