/**
 * Every message between the panel (ui.tsx) and the main thread (main.ts), in create-figma-plugin's
 * `EventHandler` style: a name and the handler's one payload. Types only: both sides are built
 * together from these types, so payloads are checked by the compiler and not again at run time.
 * Data from outside (files, plugin data, clientStorage) is parsed where it enters, before it
 * becomes a payload.
 */
import type { EventHandler } from '@create-figma-plugin/utilities'

import type { RelaunchTexts } from '../canvas/relaunch-texts'
import type { Board } from './board'
import type { BoardFlag } from './board-flag'
import type { BoardText } from './board-text'
import type { FacilitationPlan } from './facilitation-plan'
import type { PlannedPlacement } from './planned-placement'
import type { Scope } from './scope'
import type { PluginDataEntry } from './station-ticks'

/** Which tab the panel opens on; set by relaunch buttons on a canvas section. */
export type PanelTab = 'templates' | 'check' | 'export' | 'guide' | 'facilitate'

/** The panel has mounted and can receive messages. */
export interface UiReadyHandler extends EventHandler {
  name: 'UI_READY'
  handler: (payload: Record<string, never>) => void
}
/**
 * Place canvases side by side, in order, as one undo step: a template, the workshop kit, or an
 * imported file with its notes and connectors (refs unique across the placement, checked when
 * the file was read). The panel holds the definitions and sends them along, with each canvas's
 * relaunch descriptions in its language, in order (`withRelaunchTexts`).
 */
export interface PlaceCanvasesHandler extends EventHandler {
  name: 'PLACE_CANVASES'
  handler: (placement: PlannedPlacement & { relaunch: RelaunchTexts[] }) => void
}
export interface ReadBoardHandler extends EventHandler {
  name: 'READ_BOARD'
  handler: (payload: { scope: Scope }) => void
}
/** Select and zoom to these nodes (stickies, areas or canvases); at least one id. */
export interface FocusNodesHandler extends EventHandler {
  name: 'FOCUS_NODES'
  handler: (payload: { nodeIds: string[] }) => void
}
/** Draw a connector from one sticky to another. */
export interface LinkNotesHandler extends EventHandler {
  name: 'LINK_NOTES'
  handler: (payload: { fromNoteId: string; toNoteId: string }) => void
}
/** Link the two stickies that are selected now (a pain or gain and its answer). */
export interface LinkSelectionHandler extends EventHandler {
  name: 'LINK_SELECTION'
  handler: (payload: Record<string, never>) => void
}
export interface FlagBoardHandler extends EventHandler {
  name: 'FLAG_BOARD'
  handler: (payload: { flags: BoardFlag[] }) => void
}
export interface ClearFlagsHandler extends EventHandler {
  name: 'CLEAR_FLAGS'
  handler: (payload: Record<string, never>) => void
}
/** Remember the panel's choices (figma.clientStorage). */
export interface SaveSettingsHandler extends EventHandler {
  name: 'SAVE_SETTINGS'
  handler: (payload: { settings: Record<string, unknown> }) => void
}
/**
 * Store one criteria tick on the page (from `stationTickEntry`; an empty `value` removes it), or
 * none (null), then answer with the page's ticks (TICKS_READ).
 */
export interface SyncTicksHandler extends EventHandler {
  name: 'SYNC_TICKS'
  handler: (entry: PluginDataEntry | null) => void
}
/**
 * Show `text` in FigJam's notification bar (`figma.notify`), as an error or not: the panel words
 * what the main thread has to say (OPERATION_FAILED, BOARD_NOTICE), as the main thread carries no
 * message catalogue.
 */
export interface NotifyHandler extends EventHandler {
  name: 'NOTIFY'
  handler: (payload: { text: string; error: boolean }) => void
}
/** Keep the fit live (Check tab open, "Live" on) or stop; `scope` as READ_BOARD's. */
export interface LiveFitHandler extends EventHandler {
  name: 'LIVE_FIT'
  handler: (payload: { on: boolean; scope: Scope }) => void
}
/** Read the facilitation plan saved on a canvas (PLAN_READ answers). */
export interface ReadPlanHandler extends EventHandler {
  name: 'READ_PLAN'
  handler: (payload: { canvasId: string }) => void
}
/** Save `plan` on the canvas and start facilitation mode at its first area. */
export interface FacilitateHandler extends EventHandler {
  name: 'FACILITATE'
  handler: (payload: { canvasId: string; plan: FacilitationPlan }) => void
}
/** In facilitation mode, go to the next or the previous area, or stop. */
export interface FacilitationMoveHandler extends EventHandler {
  name: 'FACILITATION_MOVE'
  handler: (payload: { move: 'next' | 'back' | 'stop' }) => void
}

/** Messages the panel sends to the main thread. */
export type UiToMainHandler =
  | UiReadyHandler
  | PlaceCanvasesHandler
  | ReadBoardHandler
  | FocusNodesHandler
  | LinkNotesHandler
  | LinkSelectionHandler
  | FlagBoardHandler
  | ClearFlagsHandler
  | SaveSettingsHandler
  | SyncTicksHandler
  | LiveFitHandler
  | NotifyHandler
  | ReadPlanHandler
  | FacilitateHandler
  | FacilitationMoveHandler
export type UiToMainName = UiToMainHandler['name']

/** Sent once after UI_READY: where the panel opens and what it remembered. */
export interface PanelOpenedHandler extends EventHandler {
  name: 'PANEL_OPENED'
  handler: (payload: {
    tab: PanelTab
    /** Canvas the relaunch button was pressed on, if any. */
    canvasId: string | null
    settings: Record<string, unknown>
    selectionCount: number
  }) => void
}
export interface SelectionChangedHandler extends EventHandler {
  name: 'SELECTION_CHANGED'
  handler: (payload: { selectionCount: number }) => void
}
export interface CanvasesPlacedHandler extends EventHandler {
  name: 'CANVASES_PLACED'
  handler: (payload: { canvases: { templateId: string; canvasId: string }[] }) => void
}
export interface BoardReadHandler extends EventHandler {
  name: 'BOARD_READ'
  handler: (payload: { board: Board; scope: Scope }) => void
}
export interface NotesLinkedHandler extends EventHandler {
  name: 'NOTES_LINKED'
  handler: (payload: { connectorId: string; fromNoteId: string; toNoteId: string }) => void
}
export interface FlagsChangedHandler extends EventHandler {
  name: 'FLAGS_CHANGED'
  handler: (payload: { flagCount: number }) => void
}
/** Why a panel message failed, not yet worded (`operationFailureText` words it). */
export interface OperationFailure {
  operation: UiToMainName
  /** What happened and what to do next. */
  reason: BoardText
  /** Whether the panel passes it on to FigJam's notification bar too (NOTIFY, as an error). */
  notify: boolean
}
/** The panel message `operation` failed. */
export interface OperationFailedHandler extends EventHandler {
  name: 'OPERATION_FAILED'
  handler: (failure: OperationFailure) => void
}
/** Something for FigJam's notification bar: the panel words `text` and sends it back as NOTIFY. */
export interface BoardNoticeHandler extends EventHandler {
  name: 'BOARD_NOTICE'
  handler: (payload: { text: BoardText; error: boolean }) => void
}
/** Progress of the panel message `operation`: `done` of `total` steps. */
export interface ProgressHandler extends EventHandler {
  name: 'PROGRESS'
  handler: (payload: { operation: UiToMainName; done: number; total: number }) => void
}
/**
 * The page's shared plugin data entries in the ticks' namespace, as read: plugin data from the
 * board, so the panel parses them (`parseStationTicks`) before it uses one.
 */
export interface TicksReadHandler extends EventHandler {
  name: 'TICKS_READ'
  handler: (entries: PluginDataEntry[]) => void
}
/** The board as the live fit updated it after changes on the page, without a click. */
export interface LiveBoardHandler extends EventHandler {
  name: 'LIVE_BOARD'
  handler: (payload: { board: Board; scope: Scope }) => void
}
/**
 * A canvas's facilitation plan, parsed and fitted to its areas; `damaged` when the saved plan
 * could not be used and the default plan replaces it.
 */
export interface PlanReadHandler extends EventHandler {
  name: 'PLAN_READ'
  handler: (payload: { canvasId: string; plan: FacilitationPlan; damaged: boolean }) => void
}
/**
 * Facilitation mode is at step `index` (0-based) of `stepCount`: the viewport shows the area,
 * which holds `stickyCount` stickies, and FigJam's timer runs `minutes` (`timer` false when the
 * editor has no timer).
 */
export interface FacilitationStepHandler extends EventHandler {
  name: 'FACILITATION_STEP'
  handler: (payload: {
    canvasId: string
    index: number
    stepCount: number
    areaId: string
    stickyCount: number
    minutes: number
    timer: boolean
  }) => void
}
/** Facilitation mode ended: after the last area (`finished`) or at "Stop". */
export interface FacilitationEndedHandler extends EventHandler {
  name: 'FACILITATION_ENDED'
  handler: (payload: { canvasId: string; finished: boolean }) => void
}

/** Messages the main thread sends to the panel. */
export type MainToUiHandler =
  | PanelOpenedHandler
  | SelectionChangedHandler
  | CanvasesPlacedHandler
  | BoardReadHandler
  | NotesLinkedHandler
  | FlagsChangedHandler
  | OperationFailedHandler
  | ProgressHandler
  | TicksReadHandler
  | LiveBoardHandler
  | BoardNoticeHandler
  | PlanReadHandler
  | FacilitationStepHandler
  | FacilitationEndedHandler
export type MainToUiName = MainToUiHandler['name']

type PayloadOf<H extends EventHandler> = Parameters<H['handler']>[0]
export type UiToMainPayload<N extends UiToMainName> = PayloadOf<
  Extract<UiToMainHandler, { name: N }>
>
export type MainToUiPayload<N extends MainToUiName> = PayloadOf<
  Extract<MainToUiHandler, { name: N }>
>
