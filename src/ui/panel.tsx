import { Tabs } from '@create-figma-plugin/ui'
import type { JSX } from 'preact'
import { useEffect, useReducer, useRef } from 'preact/hooks'

import { workshopCanvases } from '../canvas/canvas-catalog'
import {
  sendToMain,
  type PanelTab,
  type Scope,
  type UiToMainName,
  type UiToMainPayload,
} from '../messages'
import type { Finding } from '../model/findings'
import { boardFlags } from './board-flags'
import { CheckTab } from './check-tab'
import { ExportTab } from './export-tab'
import { findingNodeIds } from './finding-node-ids'
import { readPanelSettings, type PanelSettings } from './panel-settings'
import { ANSWER_TIMEOUT_MS, initialPanelState, panelReducer, type Operation } from './panel-state'
import { panelCss } from './panel-styles'
import { StatusBanner } from './status-banner'
import { TabFrame } from './tab-frame'
import { TemplatesTab } from './templates-tab'
import { useMainMessages } from './use-main-messages'

const tabLabels: Record<PanelTab, string> = {
  templates: 'Templates',
  check: 'Check',
  export: 'Export',
}
const tabs: PanelTab[] = ['templates', 'check', 'export']

/**
 * The plugin's panel: Templates, Check and Export tabs over the messages of src/messages.ts.
 * The main thread only touches the board; the fit check, suggestions and exports run here on
 * the `Board` it sends.
 */
export function Panel(): JSX.Element {
  const [state, dispatch] = useReducer(panelReducer, initialPanelState)
  const latest = useRef(state)
  latest.current = state

  const request = <N extends UiToMainName>(
    operation: Operation,
    name: N,
    payload: UiToMainPayload<N>,
  ): void => {
    dispatch({ type: 'started', operation })
    sendToMain(name, payload)
  }
  const readBoard = (scope: Scope = latest.current.settings.scope): void => {
    request('read', 'READ_BOARD', { scope })
  }
  const needsRead = (tab: PanelTab): boolean =>
    tab !== 'templates' &&
    latest.current.pending === null &&
    (latest.current.check === null || latest.current.stale)

  useMainMessages(
    {
      PANEL_OPENED: (payload) => {
        dispatch({ type: 'PANEL_OPENED', payload })
        if (needsRead(payload.tab)) readBoard(readPanelSettings(payload.settings).scope)
      },
      SELECTION_CHANGED: (payload) => {
        dispatch({ type: 'SELECTION_CHANGED', payload })
      },
      TEMPLATE_PLACED: (payload) => {
        dispatch({ type: 'TEMPLATE_PLACED', payload })
      },
      BOARD_READ: (payload) => {
        dispatch({ type: 'BOARD_READ', payload })
      },
      NOTES_LINKED: (payload) => {
        dispatch({ type: 'NOTES_LINKED', payload })
        sendToMain('READ_BOARD', {
          scope: latest.current.check?.scope ?? latest.current.settings.scope,
        })
      },
      FLAGS_CHANGED: (payload) => {
        dispatch({ type: 'FLAGS_CHANGED', payload })
      },
      OPERATION_FAILED: (payload) => {
        dispatch({ type: 'OPERATION_FAILED', payload })
      },
      PROGRESS: (payload) => {
        dispatch({ type: 'PROGRESS', payload })
      },
    },
    (error) => {
      dispatch({ type: 'message-refused', message: error.message })
    },
  )

  useEffect(() => {
    if (state.pending === null) return
    const timer = setTimeout(() => {
      dispatch({ type: 'timed-out' })
    }, ANSWER_TIMEOUT_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [state.pending, state.progress])

  const saveSettings = (change: Partial<PanelSettings>): void => {
    const settings = { ...latest.current.settings, ...change }
    dispatch({ type: 'settings-changed', settings })
    sendToMain('SAVE_SETTINGS', { settings })
  }
  const chooseTab = (tab: PanelTab): void => {
    dispatch({ type: 'tab-chosen', tab })
    if (needsRead(tab)) readBoard()
  }
  const focusNodes = (nodeIds: string[]): void => {
    if (nodeIds.length > 0) sendToMain('FOCUS_NODES', { nodeIds })
  }

  const { check, pending, settings } = state
  const busy = pending !== null
  const status = (
    <StatusBanner
      pending={pending}
      progress={state.progress}
      notice={state.notice}
      onDismiss={() => {
        dispatch({ type: 'notice', notice: null })
      }}
    />
  )
  const selectedTemplateId =
    workshopCanvases.find((definition) => definition.id === settings.templateId)?.id ??
    workshopCanvases[0]?.id ??
    ''

  const content: Record<PanelTab, JSX.Element> = {
    templates: (
      <TemplatesTab
        templates={workshopCanvases}
        selectedId={selectedTemplateId}
        busy={busy}
        placing={pending === 'place'}
        placedCanvasId={state.placed?.canvasId ?? null}
        onSelect={(templateId) => {
          saveSettings({ templateId })
        }}
        onPlace={(templateId) => {
          request('place', 'PLACE_TEMPLATE', { templateId })
        }}
        onShowCanvas={(canvasId) => {
          focusNodes([canvasId])
        }}
      />
    ),
    check: (
      <CheckTab
        check={check}
        stale={state.stale}
        scope={settings.scope}
        pending={pending}
        selectionCount={state.selectionCount}
        relaunchCanvasId={state.relaunchCanvasId}
        flagCount={state.flagCount}
        onScopeChange={(scope) => {
          saveSettings({ scope })
        }}
        onCheck={() => {
          readBoard()
        }}
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
    export: (
      <ExportTab
        check={check}
        format={settings.exportFormat}
        pending={pending}
        relaunchCanvasId={state.relaunchCanvasId}
        onFormatChange={(exportFormat) => {
          saveSettings({ exportFormat })
        }}
        onRead={() => {
          readBoard()
        }}
        onNotice={(notice) => {
          dispatch({ type: 'notice', notice })
        }}
      />
    ),
  }

  return (
    <div class="panel">
      <style>{panelCss}</style>
      <Tabs
        value={tabLabels[state.tab]}
        options={tabs.map((tab) => ({
          value: tabLabels[tab],
          children: <TabFrame status={status}>{content[tab]}</TabFrame>,
        }))}
        onValueChange={(label) => {
          const tab = tabs.find((candidate) => tabLabels[candidate] === label)
          if (tab !== undefined) chooseTab(tab)
        }}
      />
    </div>
  )
}
