import { checkBoard } from '../fit/check-board'
import type { MainToUiName, MainToUiPayload, PanelTab, Scope, UiToMainName } from '../messages'
import type { Board } from '../model/board'
import type { CheckResult } from '../model/findings'
import type { StationReport } from '../model/station-report'
import { operationFailureMessage } from './operation-failure'
import {
  checkFailedNotice,
  errorNotice,
  failureTitles,
  flagsNotice,
  linkedNotice,
  type Notice,
  otherFailureTitles,
  placedNotice,
  refusedMessageNotice,
  timedOutNotice,
} from './panel-notices'
import { type Operation, operationOfMessage, type Placement } from './panel-operation'
import { defaultPanelSettings, type PanelSettings, readPanelSettings } from './panel-settings'
import { message as panelMessage, type PanelText } from './panel-text'

/**
 * A board as read, with the fit check the panel ran on it. The suggested matches are worked out
 * by the Check tab once its findings are drawn (`suggestMatches`).
 */
export interface BoardCheck {
  board: Board
  scope: Scope
  result: CheckResult
  /** The Guide tab's station report, for the exports of the whole board (issue 17). */
  stationReport?: StationReport
}

export interface PanelState {
  /** True once the main thread answered UI_READY. */
  opened: boolean
  tab: PanelTab
  /** Canvas whose relaunch button opened the panel. */
  relaunchCanvasId: string | null
  settings: PanelSettings
  selectionCount: number
  pending: Operation | null
  progress: { done: number; total: number } | null
  notice: Notice | null
  check: BoardCheck | null
  /** The board changed since `check` was read (a template was placed). */
  stale: boolean
  /** The placement waiting for CANVASES_PLACED. */
  placing: Placement | null
  /** The canvases placed last in this session. */
  placed: MainToUiPayload<'CANVASES_PLACED'> | null
  /** Flags this panel drew on the board; null before it drew or removed any. */
  flagCount: number | null
  /** The "Live" switch: keep the fit live while the Check tab shows a check. */
  live: boolean
}

export type PanelAction =
  | { [N in MainToUiName]: { type: N; payload: MainToUiPayload<N> } }[MainToUiName]
  | { type: 'started'; operation: Operation; placement?: Placement }
  | { type: 'tab-chosen'; tab: PanelTab }
  | { type: 'live-switched'; live: boolean }
  | { type: 'settings-changed'; settings: PanelSettings }
  | { type: 'notice'; notice: Notice | null }
  | { type: 'timed-out' }
  | { type: 'message-refused'; message: string }

export const initialPanelState: PanelState = {
  opened: false,
  tab: 'templates',
  relaunchCanvasId: null,
  settings: defaultPanelSettings,
  selectionCount: 0,
  pending: null,
  progress: null,
  notice: null,
  check: null,
  stale: false,
  placing: null,
  placed: null,
  flagCount: null,
  live: true,
}

/** How long the panel waits for the main thread before it gives up, ms; progress restarts it. */
export const ANSWER_TIMEOUT_MS = 30_000

function isUiToMainName(name: string): name is UiToMainName {
  return name in operationOfMessage || name in otherFailureTitles
}

/**
 * A failure the main thread reports. It ends the pending operation when it is about that
 * operation, or about nothing the panel knows; a failed FOCUS_NODES or SAVE_SETTINGS leaves a
 * running read or placement waiting for its own answer.
 */
function operationFailed(state: PanelState, operation: string, message: PanelText): PanelState {
  const name = isUiToMainName(operation) ? operation : null
  const failedOperation = name === null ? undefined : operationOfMessage[name]
  const title =
    (failedOperation === undefined ? undefined : failureTitles[failedOperation]) ??
    (name === null ? undefined : otherFailureTitles[name]) ??
    (state.pending === null ? panelMessage('panel.failedSomething') : failureTitles[state.pending])
  const notice = errorNotice(title, message)
  const endsPending = name === null || failedOperation === state.pending
  return endsPending ? settled(state, notice) : { ...state, notice }
}

/** Runs every check (`checkBoard`: fit, then cross-canvas) on a board. */
export function runBoardCheck(board: Board, scope: Scope): BoardCheck {
  return { board, scope, result: checkBoard(board) }
}

function noteText(check: BoardCheck | null, noteId: string): string | null {
  for (const canvas of check?.board.canvases ?? []) {
    for (const note of [...canvas.areas.flatMap((area) => area.notes), ...canvas.strayNotes]) {
      if (note.id === noteId) return note.text
    }
  }
  return null
}

function settled(state: PanelState, notice: Notice | null): PanelState {
  return { ...state, pending: null, progress: null, notice, placing: null }
}

/**
 * The panel's state after an action: a message from the main thread (named as in
 * src/messages.ts) or something the person did. Pure, except that BOARD_READ runs the fit check.
 * The words of its notices are in panel-notices.ts.
 */
export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'PANEL_OPENED':
      return {
        ...state,
        opened: true,
        tab: action.payload.tab,
        relaunchCanvasId: action.payload.canvasId,
        settings: readPanelSettings(action.payload.settings),
        selectionCount: action.payload.selectionCount,
      }
    case 'SELECTION_CHANGED':
      return { ...state, selectionCount: action.payload.selectionCount }
    case 'TICKS_READ':
    case 'PLAN_READ':
    case 'FACILITATION_STEP':
    case 'FACILITATION_ENDED':
      return state
    case 'CANVASES_PLACED':
      return {
        ...settled(state, placedNotice(action.payload, state.placing)),
        placed: action.payload,
        stale: state.check !== null,
      }
    case 'BOARD_READ': {
      try {
        const check = runBoardCheck(action.payload.board, action.payload.scope)
        return { ...settled(state, state.notice), check, stale: false }
      } catch (cause) {
        return settled(state, checkFailedNotice(cause))
      }
    }
    case 'LIVE_BOARD': {
      if (state.check === null || !state.live) return state
      try {
        return { ...state, check: runBoardCheck(action.payload.board, action.payload.scope) }
      } catch (cause) {
        return { ...state, notice: checkFailedNotice(cause) }
      }
    }
    case 'NOTES_LINKED':
      return {
        ...state,
        pending: 'read',
        progress: null,
        notice: linkedNotice(
          noteText(state.check, action.payload.fromNoteId),
          noteText(state.check, action.payload.toNoteId),
        ),
      }
    case 'FLAGS_CHANGED':
      return {
        ...settled(state, flagsNotice(action.payload.flagCount)),
        flagCount: action.payload.flagCount,
      }
    case 'OPERATION_FAILED':
      return operationFailed(
        state,
        action.payload.operation,
        operationFailureMessage(action.payload),
      )
    case 'BOARD_NOTICE':
      return state
    case 'PROGRESS':
      return state.pending === null
        ? state
        : { ...state, progress: { done: action.payload.done, total: action.payload.total } }
    case 'started':
      return {
        ...state,
        pending: action.operation,
        progress: null,
        notice: null,
        placing: action.placement ?? null,
      }
    case 'tab-chosen':
      return { ...state, tab: action.tab }
    case 'live-switched':
      return { ...state, live: action.live }
    case 'settings-changed':
      return { ...state, settings: action.settings }
    case 'notice':
      return { ...state, notice: action.notice }
    case 'timed-out':
      return state.pending === null ? state : settled(state, timedOutNotice(state.pending))
    case 'message-refused':
      return settled(state, refusedMessageNotice(action.message))
  }
}
