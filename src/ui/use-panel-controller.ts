import { useEffect, useReducer, useRef } from 'preact/hooks'

import type { CanvasDefinition } from '../canvas/canvas-definition'
import { withRelaunchTexts } from '../canvas/relaunch-texts'
import { translator } from '../locale/translator'
import {
  type PanelTab,
  type Scope,
  sendToMain,
  type UiToMainName,
  type UiToMainPayload,
} from '../messages'
import { boardTextIn } from '../model/board-text'
import { canvasKit } from '../model/canvas-kit'
import type { PlannedPlacement } from '../model/planned-placement'
import { operationFailureText } from './operation-failure'
import { browserLanguages, panelLocale } from './panel-locale'
import { type Notice, refusedFileNotice } from './panel-notices'
import type { Operation, Placement } from './panel-operation'
import { type PanelSettings, readPanelSettings } from './panel-settings'
import { ANSWER_TIMEOUT_MS, initialPanelState, panelReducer, type PanelState } from './panel-state'
import { planFileImport } from './plan-file-import'
import { type MainMessageHandlers, useMainMessages } from './use-main-messages'

const emptyPlacement = { fileName: null, noteCount: 0, connectorCount: 0, remarks: [] }

/** What the panel can ask for; each sends its message to the main thread or changes the panel. */
export interface PanelController {
  state: PanelState
  request: <N extends UiToMainName>(
    operation: Operation,
    name: N,
    payload: UiToMainPayload<N>,
    placement?: Placement,
  ) => void
  readBoard: () => void
  saveSettings: (change: Partial<PanelSettings>) => void
  chooseTab: (tab: PanelTab) => void
  focusNodes: (nodeIds: string[]) => void
  placeTemplate: (definition: CanvasDefinition) => void
  /** Places the workshop kit: these templates side by side, in this order. */
  placeKit: (workshop: readonly CanvasDefinition[]) => void
  /** Places planned canvases side by side as one undo step, announced like the workshop kit. */
  placeCanvases: (placement: PlannedPlacement) => void
  importFile: (file: File) => void
  showNotice: (notice: Notice | null) => void
  /** Turns the "Live" switch on or off. */
  switchLive: (live: boolean) => void
}

/** Handlers of the main thread's messages that other hooks own (Guide ticks, facilitation). */
export type OwnedMessageHandlers = Pick<
  MainMessageHandlers,
  'TICKS_READ' | 'PLAN_READ' | 'FACILITATION_STEP' | 'FACILITATION_ENDED'
>

/**
 * The panel's state and the requests it sends, wired to the main thread's messages: it reads
 * the board when a tab needs it, re-reads after a link, and gives up on an operation when the
 * main thread stays silent for ANSWER_TIMEOUT_MS (progress restarts the wait), and reads the
 * whole page when facilitation mode finishes. `owned` takes the messages whose state lives
 * elsewhere.
 */
export function usePanelController(owned: OwnedMessageHandlers): PanelController {
  const [state, dispatch] = useReducer(panelReducer, initialPanelState)
  const latest = useRef(state)
  const panelT = () => translator(panelLocale(latest.current.settings.locale, browserLanguages()))
  latest.current = state

  const request: PanelController['request'] = (operation, name, payload, placement) => {
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
      LIVE_BOARD: (payload) => {
        dispatch({ type: 'LIVE_BOARD', payload })
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
        if (payload.notify) {
          sendToMain('NOTIFY', { text: operationFailureText(panelT(), payload), error: true })
        }
      },
      BOARD_NOTICE: ({ text, error }) => {
        sendToMain('NOTIFY', { text: boardTextIn(panelT(), text), error })
      },
      PROGRESS: (payload) => {
        dispatch({ type: 'PROGRESS', payload })
      },
      ...owned,
      FACILITATION_ENDED: (payload) => {
        owned.FACILITATION_ENDED(payload)
        if (payload.finished) request('read', 'READ_BOARD', { scope: 'page' })
      },
    },
    (error) => {
      dispatch({ type: 'message-refused', message: error.message })
    },
  )

  const liveWanted: Scope | 'off' =
    state.live && state.tab === 'check' && state.check !== null ? state.check.scope : 'off'
  const liveSent = useRef<Scope | 'off'>('off')
  useEffect(() => {
    if (liveWanted === liveSent.current) return
    liveSent.current = liveWanted
    sendToMain(
      'LIVE_FIT',
      liveWanted === 'off' ? { on: false, scope: 'page' } : { on: true, scope: liveWanted },
    )
  }, [liveWanted])

  useEffect(() => {
    if (state.pending === null) return
    const timer = setTimeout(() => {
      dispatch({ type: 'timed-out' })
    }, ANSWER_TIMEOUT_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [state.pending, state.progress])

  const placeCanvases = (kit: PlannedPlacement): void => {
    request('place', 'PLACE_CANVASES', withRelaunchTexts(kit), {
      source: 'kit',
      titles: kit.canvases.map((c) => c.definition.title),
      ...emptyPlacement,
    })
  }
  const importFileAsync = async (file: File): Promise<void> => {
    try {
      const planned = planFileImport(new Uint8Array(await file.arrayBuffer()))
      request('place', 'PLACE_CANVASES', withRelaunchTexts(planned.placement), {
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

  return {
    state,
    request,
    readBoard: () => {
      readBoard()
    },
    saveSettings: (change) => {
      const settings = { ...latest.current.settings, ...change }
      dispatch({ type: 'settings-changed', settings })
      sendToMain('SAVE_SETTINGS', { settings })
    },
    chooseTab: (tab) => {
      dispatch({ type: 'tab-chosen', tab })
      if (needsRead(tab)) readBoard()
    },
    focusNodes: (nodeIds) => {
      if (nodeIds.length > 0) sendToMain('FOCUS_NODES', { nodeIds })
    },
    placeTemplate: (definition) => {
      request(
        'place',
        'PLACE_CANVASES',
        withRelaunchTexts({ canvases: [{ definition, notes: [] }], connectors: [] }),
        { source: 'template', titles: [definition.title], ...emptyPlacement },
      )
    },
    placeKit: (workshop) => {
      const kit = canvasKit(workshop)
      if (kit !== undefined) placeCanvases(kit)
    },
    placeCanvases,
    importFile: (file) => {
      void importFileAsync(file)
    },
    showNotice: (notice) => {
      dispatch({ type: 'notice', notice })
    },
    switchLive: (live) => {
      dispatch({ type: 'live-switched', live })
    },
  }
}
