import type { MessageKey } from '../locale/catalogues'
import { boardTextIn, type Translate } from '../model/board-text'
import type { OperationFailure, UiToMainName } from '../model/plugin-messages'

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

/**
 * An OPERATION_FAILED failure worded with `t`: which operation failed and why, e.g. "Linking the
 * stickies failed: The sticky 9:9 is not on the board any more…". A reason from FigJam itself
 * keeps FigJam's words.
 */
export function operationFailureText(t: Translate, failure: OperationFailure): string {
  return t('board.operationFailed', {
    operation: t(OPERATION_LABELS[failure.operation]),
    reason: boardTextIn(t, failure.reason),
  })
}
