import type { JSX } from 'preact'

import type { CanvasDefinition } from '../canvas/canvas-definition'
import { ActionButton } from './action-button'
import { classNames } from './class-names'
import { ImportFileButton } from './import-file-button'
import layout from './layout.module.css'
import { useTranslator } from './locale-context'
import { MethodCanvasList } from './method-canvas-list'
import { moveInRadioGroup } from './radio-group-keys'
import { TemplateCard } from './template-card'
import styles from './templates-tab.module.css'

export interface TemplatesTabProps {
  /** The plugin's own templates, in workshop order. */
  workshop: readonly CanvasDefinition[]
  /** The method's canvases in `locale`. */
  methodCanvases: readonly CanvasDefinition[]
  locales: readonly string[]
  locale: string
  onLocaleChange: (locale: string) => void
  /** The chosen template: a workshop template or a method canvas. */
  selected: CanvasDefinition
  onSelect: (templateId: string) => void
  onPlace: (definition: CanvasDefinition) => void
  onPlaceKit: () => void
  onImportFile: (file: File) => void
  /** True while any operation runs: placing and importing wait for it. */
  busy: boolean
  placing: 'template' | 'kit' | 'import' | null
  /** Canvases placed last in this session, to show them on the board. */
  placedCanvasIds: readonly string[]
  onShowCanvases: (canvasIds: string[]) => void
}

/**
 * The Templates tab: the workshop templates first (and the kit of all four), then the APIOps
 * Cycles method's canvases in five languages, then importing a file; the Place button at the
 * bottom places the chosen template.
 */
export function TemplatesTab(props: TemplatesTabProps): JSX.Element {
  const { workshop, selected, busy, placing } = props
  const workshopIds = workshop.map((definition) => definition.id)
  const workshopSelected = workshopIds.includes(selected.id)
  const placedCount = props.placedCanvasIds.length
  const t = useTranslator()
  return (
    <div class={classNames(layout.stack, styles.tab)}>
      <p class={layout.hint}>{t('panel.templatesHint')}</p>
      <section class={layout.stack} aria-labelledby="workshop-title">
        <h2 id="workshop-title" class={layout.sectionTitle}>
          {t('panel.workshopTemplates')}
        </h2>
        <div
          class={styles.templateList}
          role="radiogroup"
          aria-labelledby="workshop-title"
          onKeyDown={(event) => {
            moveInRadioGroup(
              event,
              workshopIds,
              workshopSelected ? selected.id : null,
              props.onSelect,
            )
          }}
        >
          {workshop.map((definition, index) => (
            <TemplateCard
              key={definition.id}
              definition={definition}
              selected={definition.id === selected.id}
              focusable={workshopSelected ? definition.id === selected.id : index === 0}
              onSelect={props.onSelect}
            />
          ))}
        </div>
        <div class={layout.column}>
          <ActionButton
            secondary
            loading={placing === 'kit'}
            disabled={busy}
            onClick={props.onPlaceKit}
          >
            {t('panel.placeKit')}
          </ActionButton>
          <p class={layout.hint}>{t('panel.placeKitHint', { count: workshop.length })}</p>
        </div>
      </section>
      <MethodCanvasList
        definitions={props.methodCanvases}
        locales={props.locales}
        locale={props.locale}
        onLocaleChange={props.onLocaleChange}
        selectedId={workshopSelected ? null : selected.id}
        onSelect={props.onSelect}
      />
      <section class={layout.section} aria-labelledby="import-title">
        <h2 id="import-title" class={layout.sectionTitle}>
          {t('panel.import')}
        </h2>
        <p class={layout.hint}>{t('panel.importHint')}</p>
        <ImportFileButton
          disabled={busy}
          loading={placing === 'import'}
          onFile={props.onImportFile}
        />
      </section>
      <div class={styles.actions}>
        <ActionButton
          fullWidth
          loading={placing === 'template'}
          disabled={busy}
          onClick={() => {
            props.onPlace(selected)
          }}
        >
          {t('panel.placeTemplate', { title: selected.title })}
        </ActionButton>
        {placedCount === 0 ? null : (
          <ActionButton
            secondary
            fullWidth
            disabled={busy}
            onClick={() => {
              props.onShowCanvases([...props.placedCanvasIds])
            }}
          >
            {t('panel.showPlaced', { count: placedCount })}
          </ActionButton>
        )}
      </div>
    </div>
  )
}
