import type { MessageKey } from '../locale/catalogues'
import type { Translator } from '../locale/translator'
import type { BoardText } from '../model/board-text'
import type { OperationFailure, UiToMainName } from '../model/plugin-messages'
import { formatText, message, type PanelMessage, type TextValue } from './panel-text'

/** What each panel message is called when it fails, a message of the `board` part. */
const OPERATION_LABELS: Record<UiToMainName, MessageKey> = {
  UI_READY: 'board.operationUiReady',
  PLACE_CANVASES: 'board.operationPlaceCanvases',
  READ_BOARD: 'board.operationReadBoard',
  FOCUS_NODES: 'board.operationFocusNodes',
  LINK_NOTES: 'board.operationLinkNotes',
  LINK_SELECTION: 'board.operationLinkSelection',
  FLAG_BOARD: 'board.operationFlagBoard',
  CLEAR_FLAGS: 'board.operationClearFlags',
  SAVE_SETTINGS: 'board.operationSaveSettings',
  SYNC_TICKS: 'board.operationSyncTicks',
  LIVE_FIT: 'board.operationLiveFit',
  READ_PLAN: 'board.operationReadPlan',
  FACILITATE: 'board.operationFacilitate',
  FACILITATION_MOVE: 'board.operationFacilitationMove',
  NOTIFY: 'board.operationNotify',
}

/** A text of the main thread as panel text: its message and values, or FigJam's own words. */
function boardPanelText(text: BoardText): TextValue {
  if ('raw' in text) return text.raw
  const values: Record<string, TextValue> = {}
  for (const [name, value] of Object.entries(text.values ?? {})) {
    values[name] = typeof value === 'object' ? boardPanelText(value) : value
  }
  return message(text.key, values)
}

/**
 * An OPERATION_FAILED failure as a message the panel words when it renders: which operation
 * failed and why, e.g. "Linking the stickies failed: The sticky 9:9 is not on the board any
 * more…". A reason from FigJam itself keeps FigJam's words.
 */
export function operationFailureMessage(failure: OperationFailure): PanelMessage {
  return message('board.operationFailed', {
    operation: message(OPERATION_LABELS[failure.operation]),
    reason: boardPanelText(failure.reason),
  })
}

/** `operationFailureMessage` worded with `t`, for FigJam's notification bar. */
export const operationFailureText = (t: Translator, failure: OperationFailure): string =>
  formatText(t, operationFailureMessage(failure))
