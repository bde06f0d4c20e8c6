import { emit, on, once, showUI } from '@create-figma-plugin/utilities'
import * as z from 'zod/mini'

import { clearFlagsAsync } from './board/clear-flags-async'
import type { FigJamPort } from './board/figjam-port'
import { flagBoardAsync } from './board/flag-board-async'
import { focusNodesAsync } from './board/focus-nodes-async'
import { linkNotesAsync, linkSelectionAsync } from './board/link-notes-async'
import { liveFitSession } from './board/live-fit-session'
import type { LiveFitPort } from './board/live-fit'
import { placeCanvasesAsync } from './board/place-canvases-async'
import { readBoardAsync } from './board/read-board-async'
import { findSelectedCanvasId } from './board/selected-canvas'
import { runSelfTestAsync } from './board/self-test-async'
import type {
  RunSelfTestHandler,
  SelfTestDoneHandler,
  SelfTestPanelReadyHandler,
  SelfTestStartedHandler,
} from './board/self-test-report'
import {
  onMessageFromUi,
  sendToUi,
  type PanelTab,
  type UiToMainName,
  type UiToMainPayload,
} from './messages'

/** figma.clientStorage key of the panel's settings; a new layout gets a new version. */
const SETTINGS_KEY = 'settings.v1'
const settingsSchema = z.record(z.string(), z.unknown())

/** What each operation is called in a message to the facilitator. */
const OPERATION_LABELS: Record<UiToMainName, string> = {
  UI_READY: 'Opening the plugin',
  PLACE_CANVASES: 'Placing the canvases',
  READ_BOARD: 'Reading the board',
  FOCUS_NODES: 'Showing the stickies',
  LINK_NOTES: 'Linking the stickies',
  LINK_SELECTION: 'Linking the selected stickies',
  FLAG_BOARD: 'Flagging the board',
  CLEAR_FLAGS: 'Clearing the flags',
  SAVE_SETTINGS: 'Saving your settings',
  LIVE_FIT: 'Keeping the fit live',
}

export default function openPanel(): void {
  figma.skipInvisibleInstanceChildren = true
  const port: FigJamPort = figma
  const livePort: LiveFitPort = figma
  const live = liveFitSession(
    livePort,
    (board, scope) => {
      sendToUi('LIVE_BOARD', { board, scope })
    },
    (error) => {
      sendToUi('OPERATION_FAILED', { operation: 'LIVE_FIT', message: error.message })
    },
  )
  showUI({ width: 360, height: 560, title: 'API Canvas' })

  handle('UI_READY', async () => {
    const command = figma.command
    sendToUi('PANEL_OPENED', {
      tab: tabOfCommand(command),
      canvasId: command === '' ? null : findSelectedCanvasId(port),
      settings: await loadSettingsAsync(),
      selectionCount: figma.currentPage.selection.length,
    })
  })
  handle('PLACE_CANVASES', async (placement) => {
    const placed = await placeCanvasesAsync(port, placement)
    sendToUi('CANVASES_PLACED', {
      canvases: placed.map(({ templateId, canvasId }) => ({ templateId, canvasId })),
    })
  })
  handle('READ_BOARD', async ({ scope }) => {
    const board = await readBoardAsync(port, scope, {
      onProgress: (done, total) => {
        sendToUi('PROGRESS', { operation: 'READ_BOARD', done, total })
      },
    })
    live.remember(board, scope)
    sendToUi('BOARD_READ', { board, scope })
  })
  handle('LIVE_FIT', async ({ on, scope }) => {
    await live.setAsync(on, scope)
  })
  handle('FOCUS_NODES', async ({ nodeIds }) => {
    const { missingIds } = await focusNodesAsync(port, nodeIds)
    if (missingIds.length > 0) {
      figma.notify(
        `${String(missingIds.length)} of the stickies are no longer on the board. Read the board again.`,
      )
    }
  })
  handle('LINK_NOTES', async ({ fromNoteId, toNoteId }) => {
    const linked = await linkNotesAsync(port, fromNoteId, toNoteId)
    sendToUi('NOTES_LINKED', linked)
  })
  handle('LINK_SELECTION', async () => {
    const linked = await linkSelectionAsync(port)
    sendToUi('NOTES_LINKED', linked)
  })
  handle('FLAG_BOARD', async ({ flags }) => {
    const { flagCount } = await flagBoardAsync(port, flags)
    sendToUi('FLAGS_CHANGED', { flagCount })
  })
  handle('CLEAR_FLAGS', async () => {
    await clearFlagsAsync(port)
    sendToUi('FLAGS_CHANGED', { flagCount: 0 })
  })
  handle('SAVE_SETTINGS', async ({ settings }) => {
    await figma.clientStorage.setAsync(SETTINGS_KEY, settings)
  })

  on<RunSelfTestHandler>('RUN_SELF_TEST', () => {
    void sendSelfTestAsync(port)
  })

  figma.on('selectionchange', () => {
    sendToUi('SELECTION_CHANGED', { selectionCount: figma.currentPage.selection.length })
  })
}

/** The menu command "Run FigJam self-test": the panel, then the self-test once it listens. */
export function runSelfTest(): void {
  openPanel()
  once<SelfTestPanelReadyHandler>('SELF_TEST_PANEL_READY', () => {
    void sendSelfTestAsync(figma)
  })
}

async function sendSelfTestAsync(port: FigJamPort): Promise<void> {
  emit<SelfTestStartedHandler>('SELF_TEST_STARTED')
  emit<SelfTestDoneHandler>('SELF_TEST_DONE', await runSelfTestAsync(port))
}

function handle<N extends UiToMainName>(
  name: N,
  handler: (payload: UiToMainPayload<N>) => Promise<void>,
): void {
  onMessageFromUi(name, handler, (error) => {
    const advice = error.message.startsWith(`${name}: `)
      ? ' Close the plugin and open it again.'
      : ''
    const message = `${OPERATION_LABELS[name]} failed: ${error.message}${advice}`
    sendToUi('OPERATION_FAILED', { operation: name, message })
    figma.notify(message, { error: true })
  })
}

function tabOfCommand(command: string): PanelTab {
  if (command === 'check-fit') {
    return 'check'
  }
  return command === 'export' ? 'export' : 'templates'
}

async function loadSettingsAsync(): Promise<Record<string, unknown>> {
  const stored: unknown = await figma.clientStorage.getAsync(SETTINGS_KEY)
  const parsed = z.safeParse(settingsSchema, stored)
  return parsed.success ? parsed.data : {}
}
