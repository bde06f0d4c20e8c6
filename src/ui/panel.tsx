import '!./base.css'

import type { JSX } from 'preact'
import { useMemo, useRef } from 'preact/hooks'

import { workshopCanvases } from '../canvas/canvas-catalog'
import type { PanelTab } from '../messages'
import {
  buildMethodCanvasDefinition,
  METHOD_DEFAULT_LOCALE,
  methodCanvasIds,
  methodLocales,
} from '../method/method-canvases'
import { methodTemplateId, parseMethodTemplateId } from '../method/method-template-id'
import type { Finding } from '../model/findings'
import { boardFlags } from './board-flags'
import { CheckTab } from './check-tab'
import { chosenTemplate } from './chosen-template'
import { ExportTab } from './export-tab'
import { FacilitateTab } from './facilitate-tab'
import { findingNodeIds } from './finding-node-ids'
import { exportedStationReport, useGuideState } from './guide-state'
import { GuideTab } from './guide-tab'
import { LanguageSwitch } from './language-switch'
import { LocaleContext, usePanelTranslator } from './locale-context'
import styles from './panel.module.css'
import { type PanelTabItem, PanelTabs } from './panel-tabs'
import { workshopTemplates } from './panel-templates'
import { SelfTestFooter } from './self-test-footer'
import { StatusBanner } from './status-banner'
import { TabFrame } from './tab-frame'
import { TemplatesTab } from './templates-tab'
import { useFacilitation } from './use-facilitation'
import { STATUS_ATTRIBUTE, useFocusKeeper } from './use-focus-keeper'
import { usePanelController } from './use-panel-controller'

/** The panel document's title, as the plugin is named in FigJam's menu. */
export const PANEL_TITLE = 'API Canvas'

/**
 * The plugin's panel: Templates, Check, Export, Guide and Facilitate tabs over the messages of
 * src/messages.ts.
 * The main thread only touches the board; the templates (workshop and method canvases, built
 * here from the method data), imports, the checks, suggestions and exports run here, and
 * PLACE_CANVASES carries the definitions to place. Escape dismisses the notice on top.
 * It speaks the language `panelLocale` picks (the person's choice, else the browser's), through
 * `LocaleContext`; the switch in the footer changes it without reopening.
 */
export function Panel(): JSX.Element {
  const facilitation = useFacilitation()
  const controller = usePanelController({
    TICKS_READ: (payload) => {
      guide.receive(payload)
    },
    ...facilitation.handlers,
  })
  const { state, request, saveSettings, chooseTab, focusNodes, showNotice } = controller
  const { check, pending, settings } = state
  const t = usePanelTranslator(settings.locale, PANEL_TITLE)
  const { locale } = t
  const guide = useGuideState(locale)
  const root = useRef<HTMLDivElement>(null)
  const focus = useFocusKeeper(root, state.notice)

  const stationReport =
    check === null ? undefined : exportedStationReport(guide, check.board, check.result)
  const locales = useMemo(() => methodLocales(), [])
  const methodLocale =
    settings.methodLocale ?? (locales.includes(locale) ? locale : METHOD_DEFAULT_LOCALE)
  const methodCanvases = useMemo(
    () => methodCanvasIds().map((id) => buildMethodCanvasDefinition(id, methodLocale)),
    [methodLocale],
  )
  const workshop = useMemo(() => workshopTemplates(workshopCanvases, locale), [locale])
  const selected = chosenTemplate(settings.templateId, workshop, methodCanvases)
  const dismiss = (): void => {
    if (document.activeElement?.closest(`[${STATUS_ATTRIBUTE}]`) != null) focus.returnFocus()
    showNotice(null)
  }
  const status = (
    <div {...{ [STATUS_ATTRIBUTE]: '' }}>
      <StatusBanner
        pending={pending}
        progress={state.progress}
        notice={state.notice}
        onDismiss={dismiss}
      />
    </div>
  )

  const tabs: PanelTabItem<PanelTab>[] = [
    {
      id: 'templates',
      label: t('panel.tabTemplates'),
      content: (
        <TemplatesTab
          workshop={workshop}
          methodCanvases={methodCanvases}
          locales={locales}
          locale={methodLocale}
          onLocaleChange={(methodLocale) => {
            const chosen = parseMethodTemplateId(selected.id)
            saveSettings({
              methodLocale,
              ...(chosen === undefined
                ? {}
                : { templateId: methodTemplateId(chosen.canvasId, methodLocale) }),
            })
          }}
          selected={selected}
          onSelect={(templateId) => {
            saveSettings({ templateId })
          }}
          onPlace={controller.placeTemplate}
          onPlaceKit={() => {
            controller.placeKit(workshop)
          }}
          onImportFile={controller.importFile}
          busy={pending !== null}
          placing={pending === 'place' ? (state.placing?.source ?? 'template') : null}
          placedCanvasIds={state.placed?.canvases.map((canvas) => canvas.canvasId) ?? []}
          onShowCanvases={focusNodes}
        />
      ),
    },
    {
      id: 'check',
      label: t('panel.tabCheck'),
      content: (
        <CheckTab
          check={check}
          stale={state.stale}
          scope={settings.scope}
          pending={pending}
          selectionCount={state.selectionCount}
          relaunchCanvasId={state.relaunchCanvasId}
          flagCount={state.flagCount}
          live={state.live}
          onLiveChange={controller.switchLive}
          onScopeChange={(scope) => {
            saveSettings({ scope })
          }}
          onCheck={controller.readBoard}
          onFocus={(finding: Finding) => {
            if (check !== null) focusNodes(findingNodeIds(finding, check.board))
          }}
          onLink={(fromNoteId, toNoteId) => {
            request('link', 'LINK_NOTES', { fromNoteId, toNoteId })
          }}
          onLinkSelection={() => {
            request('link', 'LINK_SELECTION', {})
          }}
          onFlag={() => {
            if (check !== null) {
              request('flag', 'FLAG_BOARD', { flags: boardFlags(check.board, check.result) })
            }
          }}
          onClearFlags={() => {
            request('unflag', 'CLEAR_FLAGS', {})
          }}
          onOpenTemplates={() => {
            chooseTab('templates')
          }}
        />
      ),
    },
    {
      id: 'export',
      label: t('panel.tabExport'),
      content: (
        <ExportTab
          check={
            check === null || stationReport === undefined ? check : { ...check, stationReport }
          }
          format={settings.exportFormat}
          pending={pending}
          relaunchCanvasId={state.relaunchCanvasId}
          onFormatChange={(exportFormat) => {
            saveSettings({ exportFormat })
          }}
          onRead={controller.readBoard}
          onNotice={showNotice}
        />
      ),
    },
    {
      id: 'guide',
      label: t('panel.tabGuide'),
      content: (
        <GuideTab
          check={check}
          guide={guide}
          busy={pending !== null}
          onReadBoard={() => {
            request('read', 'READ_BOARD', { scope: 'page' })
          }}
          onPlace={controller.placeCanvases}
        />
      ),
    },
    {
      id: 'facilitate',
      label: t('facilitation.tab'),
      content: (
        <FacilitateTab
          facilitation={facilitation}
          check={check}
          relaunchCanvasId={state.relaunchCanvasId}
        />
      ),
    },
  ]

  return (
    <LocaleContext.Provider value={t}>
      <div
        ref={root}
        class={styles.panel}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || event.defaultPrevented || state.notice === null) return
          event.preventDefault()
          dismiss()
        }}
      >
        <PanelTabs
          label="API Canvas"
          tabs={tabs.map((tab) => ({
            ...tab,
            content: <TabFrame status={status}>{tab.content}</TabFrame>,
          }))}
          selected={state.tab}
          onSelect={chooseTab}
        />
        <SelfTestFooter>
          <LanguageSwitch
            locale={locale}
            onChange={(chosen) => {
              saveSettings({ locale: chosen })
            }}
          />
        </SelfTestFooter>
      </div>
    </LocaleContext.Provider>
  )
}
