import * as z from 'zod/mini'

import type {
  BoardNoticeHandler,
  BoardReadHandler,
  CanvasesPlacedHandler,
  ClearFlagsHandler,
  FlagBoardHandler,
  FlagsChangedHandler,
  FocusNodesHandler,
  LinkNotesHandler,
  LinkSelectionHandler,
  LiveBoardHandler,
  LiveFitHandler,
  NotesLinkedHandler,
  NotifyHandler,
  OperationFailedHandler,
  PanelOpenedHandler,
  PanelTab,
  PlaceCanvasesHandler,
  ProgressHandler,
  ReadBoardHandler,
  SaveSettingsHandler,
  SelectionChangedHandler,
  SyncTicksHandler,
  TicksReadHandler,
  UiReadyHandler,
  UiToMainName,
} from '../model/plugin-messages'
import type {
  RunSelfTestHandler,
  SelfTestDoneHandler,
  SelfTestPanelReadyHandler,
  SelfTestStartedHandler,
} from '../model/self-test-report'
import { reasonOf } from './board-error'
import { clearFlagsAsync } from './clear-flags-async'
import { answerFacilitation } from './facilitation-wiring'
import { flagBoardAsync } from './flag-board-async'
import { focusNodesAsync } from './focus-nodes-async'
import { linkNotesAsync, linkSelectionAsync } from './link-notes-async'
import { liveFitSession } from './live-fit-session'
import { placeCanvasesAsync } from './place-canvases-async'
import type { PanelChannel, PluginPort } from './plugin-port'
import { readBoardAsync } from './read-board-async'
import { findSelectedCanvasId } from './selected-canvas'
import { runSelfTestAsync } from './self-test-async'
import { syncStationTicks } from './station-ticks'

/** figma.clientStorage key of the panel's settings; a new layout gets a new version. */
export const SETTINGS_KEY = 'settings.v1'
/**
 * Stored settings: any object but an array or null, its fields kept as they are; the panel
 * checks each field (`readPanelSettings`). An object schema, not `z.record`, because the zod
 * parts an object needs are in the main thread's bundle already (template data).
 */
const settingsSchema = z.looseObject({})

/** Size of the panel, px, and its title. */
const PANEL = { width: 360, height: 560, title: 'API Canvas' }

/**
 * Starts the main thread: shows the panel (360×560 px) and answers each panel message of
 * src/model/plugin-messages.ts on the board through `figma`. An operation that throws or rejects
 * is answered with OPERATION_FAILED naming the message and why (`reasonOf`), for the panel to
 * word and to pass on to FigJam's notification bar (NOTIFY, which the main thread shows as it
 * comes; the main thread carries no message catalogue). Selection changes are passed on as SELECTION_CHANGED, and
 * RUN_SELF_TEST runs the FigJam self-test (SELF_TEST_STARTED, then SELF_TEST_DONE). The Guide
 * tab's criteria ticks are read from and written to the page's shared plugin data and sent back
 * unparsed (TICKS_READ): the panel parses them. The panel's settings are read from
 * `clientStorage` (key `SETTINGS_KEY`) and parsed there: anything but an object (an array, a
 * string, null…) is ignored.
 */
export function startPlugin(figma: PluginPort, panel: PanelChannel): void {
  figma.skipInvisibleInstanceChildren = true
  panel.showUI(PANEL)
  const answer = <P>(name: UiToMainName, run: (payload: P) => Promise<void>, notify = true) => {
    return (payload: P): void => {
      run(payload).catch((cause: unknown) => {
        panel.emit<OperationFailedHandler>('OPERATION_FAILED', {
          operation: name,
          reason: reasonOf(cause),
          notify,
        })
      })
    }
  }

  const live = liveFitSession(
    figma,
    (board, scope) => {
      panel.emit<LiveBoardHandler>('LIVE_BOARD', { board, scope })
    },
    (error) => {
      panel.emit<OperationFailedHandler>('OPERATION_FAILED', {
        operation: 'LIVE_FIT',
        reason: reasonOf(error),
        notify: false,
      })
    },
  )

  panel.on<UiReadyHandler>(
    'UI_READY',
    answer('UI_READY', async () => {
      const command = figma.command ?? ''
      panel.emit<PanelOpenedHandler>('PANEL_OPENED', {
        tab: tabOfCommand(command),
        canvasId: command === '' ? null : findSelectedCanvasId(figma),
        settings: await loadSettingsAsync(figma),
        selectionCount: figma.currentPage.selection.length,
      })
    }),
  )
  panel.on<PlaceCanvasesHandler>(
    'PLACE_CANVASES',
    answer('PLACE_CANVASES', async (placement) => {
      const placed = await placeCanvasesAsync(figma, placement)
      panel.emit<CanvasesPlacedHandler>('CANVASES_PLACED', {
        canvases: placed.map(({ templateId, canvasId }) => ({ templateId, canvasId })),
      })
    }),
  )
  panel.on<ReadBoardHandler>(
    'READ_BOARD',
    answer('READ_BOARD', async ({ scope }) => {
      const board = await readBoardAsync(figma, scope, {
        onProgress: (done, total) => {
          panel.emit<ProgressHandler>('PROGRESS', { operation: 'READ_BOARD', done, total })
        },
      })
      live.remember(board, scope)
      panel.emit<BoardReadHandler>('BOARD_READ', { board, scope })
    }),
  )
  panel.on<LiveFitHandler>(
    'LIVE_FIT',
    answer('LIVE_FIT', async ({ on, scope }) => {
      await live.setAsync(on, scope)
    }),
  )
  panel.on<FocusNodesHandler>(
    'FOCUS_NODES',
    answer('FOCUS_NODES', async ({ nodeIds }) => {
      const { missingIds } = await focusNodesAsync(figma, nodeIds)
      if (missingIds.length > 0) {
        panel.emit<BoardNoticeHandler>('BOARD_NOTICE', {
          text: { key: 'board.stickiesMissing', values: { count: missingIds.length } },
          error: false,
        })
      }
    }),
  )
  panel.on<LinkNotesHandler>(
    'LINK_NOTES',
    answer('LINK_NOTES', async ({ fromNoteId, toNoteId }) => {
      const linked = await linkNotesAsync(figma, fromNoteId, toNoteId)
      panel.emit<NotesLinkedHandler>('NOTES_LINKED', linked)
    }),
  )
  panel.on<LinkSelectionHandler>(
    'LINK_SELECTION',
    answer('LINK_SELECTION', async () => {
      panel.emit<NotesLinkedHandler>('NOTES_LINKED', await linkSelectionAsync(figma))
    }),
  )
  panel.on<FlagBoardHandler>(
    'FLAG_BOARD',
    answer('FLAG_BOARD', async ({ flags }) => {
      const { flagCount } = await flagBoardAsync(figma, flags)
      panel.emit<FlagsChangedHandler>('FLAGS_CHANGED', { flagCount })
    }),
  )
  panel.on<ClearFlagsHandler>(
    'CLEAR_FLAGS',
    answer('CLEAR_FLAGS', async () => {
      await clearFlagsAsync(figma)
      panel.emit<FlagsChangedHandler>('FLAGS_CHANGED', { flagCount: 0 })
    }),
  )
  panel.on<SaveSettingsHandler>(
    'SAVE_SETTINGS',
    answer('SAVE_SETTINGS', async ({ settings }) => {
      await figma.clientStorage.setAsync(SETTINGS_KEY, settings)
    }),
  )
  panel.on<SyncTicksHandler>(
    'SYNC_TICKS',
    // eslint-disable-next-line @typescript-eslint/require-await -- async turns a refused write (100 kB) into the rejection `answer` reports
    answer('SYNC_TICKS', async (entry) => {
      panel.emit<TicksReadHandler>('TICKS_READ', syncStationTicks(figma, entry))
    }),
  )
  panel.on<NotifyHandler>(
    'NOTIFY',
    answer(
      'NOTIFY',
      // eslint-disable-next-line @typescript-eslint/require-await -- async turns a refused notice into the rejection `answer` reports
      async ({ text, error }) => {
        figma.notify(text, { error })
      },
      false,
    ),
  )
  answerFacilitation(figma, panel, answer)
  panel.on<RunSelfTestHandler>('RUN_SELF_TEST', () => {
    void sendSelfTestAsync(figma, panel)
  })
  figma.on('selectionchange', () => {
    panel.emit<SelectionChangedHandler>('SELECTION_CHANGED', {
      selectionCount: figma.currentPage.selection.length,
    })
  })
}

/**
 * The menu command "Run FigJam self-test": `startPlugin`, then the self-test
 * (`runSelfTestAsync`) once the panel's self-test part says it listens (SELF_TEST_PANEL_READY).
 */
export function startSelfTest(figma: PluginPort, panel: PanelChannel): void {
  startPlugin(figma, panel)
  const stop = panel.on<SelfTestPanelReadyHandler>('SELF_TEST_PANEL_READY', () => {
    stop()
    void sendSelfTestAsync(figma, panel)
  })
}

async function sendSelfTestAsync(figma: PluginPort, panel: PanelChannel): Promise<void> {
  panel.emit<SelfTestStartedHandler>('SELF_TEST_STARTED')
  panel.emit<SelfTestDoneHandler>('SELF_TEST_DONE', await runSelfTestAsync(figma))
}

function tabOfCommand(command: string): PanelTab {
  if (command === 'check-fit') {
    return 'check'
  }
  return command === 'export' ? 'export' : 'templates'
}

async function loadSettingsAsync(figma: PluginPort): Promise<Record<string, unknown>> {
  const stored: unknown = await figma.clientStorage.getAsync(SETTINGS_KEY)
  const parsed = z.safeParse(settingsSchema, stored)
  return parsed.success ? parsed.data : {}
}
