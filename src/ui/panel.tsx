import { Tabs } from '@create-figma-plugin/ui'
import type { JSX } from 'preact'
import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks'

import { workshopCanvases } from '../canvas/canvas-catalog'
import type { CanvasDefinition } from '../canvas/canvas-definition'
import {
  type PanelTab,
  type Scope,
  sendToMain,
  type UiToMainName,
  type UiToMainPayload,
} from '../messages'
import {
  buildMethodCanvasDefinition,
  methodCanvasIds,
  methodLocales,
} from '../method/method-canvases'
import { methodTemplateId, parseMethodTemplateId } from '../method/method-template-id'
import type { Finding } from '../model/findings'
import { workshopKit } from '../model/workshop-kit'
import { boardFlags } from './board-flags'
import { CheckTab } from './check-tab'
import { chosenTemplate } from './chosen-template'
import { ExportTab } from './export-tab'
import { findingNodeIds } from './finding-node-ids'
import { type PanelSettings, readPanelSettings } from './panel-settings'
import {
  ANSWER_TIMEOUT_MS,
  initialPanelState,
  type Notice,
  type Operation,
  panelReducer,
  type Placement,
} from './panel-state'
import { panelCss } from './panel-styles'
import { ImportFileError, importKindName, planFileImport } from './plan-file-import'
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

const emptyPlacement = { fileName: null, noteCount: 0, connectorCount: 0, remarks: [] }

/** The notice for a file the panel refused: its problems by JSON path, nothing placed. */
function refusedFileNotice(fileName: string, cause: unknown): Notice {
  if (cause instanceof ImportFileError) {
    return {
      tone: 'error',
      title: `“${fileName}” could not be imported, so nothing was placed.`,
      detail:
        cause.kind === null
          ? null
          : `It looks like a ${importKindName(cause.kind)}, but it has ${cause.issues.length === 1 ? 'a problem' : `${String(cause.issues.length)} problems`}:`,
      issues: cause.issues.map((issue) => `${issue.path}: ${issue.message}`),
    }
  }
  return {
    tone: 'error',
    title: `“${fileName}” could not be imported, so nothing was placed.`,
    detail: `${cause instanceof Error ? cause.message : String(cause)}. Choose the file again; if it keeps failing, send the plugin's makers the file.`,
  }
}

/**
 * The plugin's panel: Templates, Check and Export tabs over the messages of src/messages.ts.
 * The main thread only touches the board; the templates (workshop and method canvases, built
 * here from the method data), imports, the checks, suggestions and exports run here, and
 * PLACE_CANVASES carries the definitions to place.
 */
export function Panel(): JSX.Element {
  const [state, dispatch] = useReducer(panelReducer, initialPanelState)
  const latest = useRef(state)
  latest.current = state

  const request = <N extends UiToMainName>(
    operation: Operation,
    name: N,
    payload: UiToMainPayload<N>,
    placement?: Placement,
  ): void => {
    dispatch({
      type: 'started',
      operation,
      ...(placement === undefined ? {} : { placement }),
    })
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
      CANVASES_PLACED: (payload) => {
        dispatch({ type: 'CANVASES_PLACED', payload })
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

  const placeTemplate = (definition: CanvasDefinition): void => {
    request(
      'place',
      'PLACE_CANVASES',
      { canvases: [{ definition, notes: [] }], connectors: [] },
      { source: 'template', titles: [definition.title], ...emptyPlacement },
    )
  }
  const placeKit = (): void => {
    const kit = workshopKit()
    request('place', 'PLACE_CANVASES', kit, {
      source: 'kit',
      titles: kit.canvases.map((c) => c.definition.title),
      ...emptyPlacement,
    })
  }
  const importFileAsync = async (file: File): Promise<void> => {
    try {
      const planned = planFileImport(await file.text())
      request('place', 'PLACE_CANVASES', planned.placement, {
        source: 'import',
        titles: planned.placement.canvases.map((canvas) => canvas.definition.title),
        fileName: file.name,
        noteCount: planned.noteCount,
        connectorCount: planned.connectorCount,
        remarks: planned.remarks,
      })
    } catch (cause) {
      dispatch({ type: 'notice', notice: refusedFileNotice(file.name, cause) })
    }
  }

  const { check, pending, settings } = state
  const busy = pending !== null
  const locales = useMemo(() => methodLocales(), [])
  const methodCanvases = useMemo(
    () => methodCanvasIds().map((id) => buildMethodCanvasDefinition(id, settings.methodLocale)),
    [settings.methodLocale],
  )
  const selected = chosenTemplate(settings.templateId, workshopCanvases, methodCanvases)
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

  const content: Record<PanelTab, JSX.Element> = {
    templates: (
      <TemplatesTab
        workshop={workshopCanvases}
        methodCanvases={methodCanvases}
        locales={locales}
        locale={settings.methodLocale}
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
        onPlace={placeTemplate}
        onPlaceKit={placeKit}
        onImportFile={(file) => {
          void importFileAsync(file)
        }}
        busy={busy}
        placing={pending === 'place' ? (state.placing?.source ?? 'template') : null}
        placedCanvasIds={state.placed?.canvases.map((canvas) => canvas.canvasId) ?? []}
        onShowCanvases={focusNodes}
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
