import { findCanvasDefinition } from '../canvas/canvas-catalog'
import { checkBoard } from '../fit/check-board'
import { quoteNote } from '../fit/quote-note'
import { type MatchSuggestion, suggestMatches } from '../fit/suggest-matches'
import type { MainToUiName, MainToUiPayload, PanelTab, Scope, UiToMainName } from '../messages'
import { findMethodCanvasDefinition } from '../method/method-canvases'
import type { Board } from '../model/board'
import type { CheckResult } from '../model/findings'
import { defaultPanelSettings, type PanelSettings, readPanelSettings } from './panel-settings'

/** Something the panel asked the main thread to do and is waiting for. */
export type Operation = 'place' | 'read' | 'link' | 'flag' | 'unflag'

/** A message at the top of the panel: what happened and, for errors, what to do next. */
export interface Notice {
  tone: 'error' | 'success' | 'info'
  title: string
  detail: string | null
  /** Problems listed under the detail, e.g. `sections[3].sectionId: …` for a refused file. */
  issues?: readonly string[]
}

/** What a PLACE_CANVASES request places, so the answer can be told in the facilitator's words. */
export interface Placement {
  source: 'template' | 'kit' | 'import'
  /** Titles of the canvases to place, in order. */
  titles: string[]
  /** Name of the imported file; null for templates and the kit. */
  fileName: string | null
  noteCount: number
  connectorCount: number
  /** Sentences to add to the notice, e.g. that the file's language fell back to English. */
  remarks: string[]
}

/** A board as read, with the fit check and the suggested matches the panel ran on it. */
export interface BoardCheck {
  board: Board
  scope: Scope
  result: CheckResult
  suggestions: MatchSuggestion[]
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
}

export type PanelAction =
  | { [N in MainToUiName]: { type: N; payload: MainToUiPayload<N> } }[MainToUiName]
  | { type: 'started'; operation: Operation; placement?: Placement }
  | { type: 'tab-chosen'; tab: PanelTab }
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
}

/** How long the panel waits for the main thread before it gives up, ms; progress restarts it. */
export const ANSWER_TIMEOUT_MS = 30_000

/** What the panel shows while an operation runs. */
export const pendingWords: Record<Operation, string> = {
  place: 'Placing on the board…',
  read: 'Reading the board…',
  link: 'Linking the stickies…',
  flag: 'Putting flags on the board…',
  unflag: 'Removing the flags…',
}

const failureTitles: Record<Operation, string> = {
  place: 'Nothing was placed on the board.',
  read: 'The board could not be read.',
  link: 'The stickies could not be linked.',
  flag: 'The flags could not be put on the board.',
  unflag: 'The flags could not be removed.',
}

/** The operation each panel message starts; messages not listed start none. */
const operationOfMessage: Partial<Record<UiToMainName, Operation>> = {
  PLACE_CANVASES: 'place',
  READ_BOARD: 'read',
  LINK_NOTES: 'link',
  LINK_SELECTION: 'link',
  FLAG_BOARD: 'flag',
  CLEAR_FLAGS: 'unflag',
}

const otherFailureTitles: Partial<Record<UiToMainName, string>> = {
  UI_READY: 'The plugin could not open properly.',
  FOCUS_NODES: 'That part of the board could not be shown.',
  SAVE_SETTINGS: 'Your choices could not be remembered for next time.',
}

function isUiToMainName(name: string): name is UiToMainName {
  return name in operationOfMessage || name in otherFailureTitles
}

/**
 * A failure the main thread reports. It ends the pending operation when it is about that
 * operation, or about nothing the panel knows; a failed FOCUS_NODES or SAVE_SETTINGS leaves a
 * running read or placement waiting for its own answer.
 */
function operationFailed(state: PanelState, operation: string, message: string): PanelState {
  const name = isUiToMainName(operation) ? operation : null
  const failedOperation = name === null ? undefined : operationOfMessage[name]
  const title =
    (failedOperation === undefined ? undefined : failureTitles[failedOperation]) ??
    (name === null ? undefined : otherFailureTitles[name]) ??
    (state.pending === null ? 'Something went wrong.' : failureTitles[state.pending])
  const notice: Notice = { tone: 'error', title, detail: message }
  const endsPending = name === null || failedOperation === state.pending
  return endsPending ? settled(state, notice) : { ...state, notice }
}

/** Runs every check (`checkBoard`: fit, then cross-canvas) and the suggestions on a board. */
export function runBoardCheck(board: Board, scope: Scope): BoardCheck {
  const result = checkBoard(board)
  return { board, scope, result, suggestions: suggestMatches(board, result) }
}

/** Title of a template by id: a workshop template or a method canvas; the id when unknown. */
export function templateTitle(templateId: string): string {
  return (
    findCanvasDefinition(templateId)?.title ??
    findMethodCanvasDefinition(templateId)?.title ??
    templateId
  )
}

function listOf(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
}

const count = (n: number, one: string, many: string): string =>
  `${String(n)} ${n === 1 ? one : many}`

function placedNotice(
  placed: MainToUiPayload<'CANVASES_PLACED'>,
  placement: Placement | null,
): Notice {
  const titles =
    placement?.titles.length === placed.canvases.length
      ? placement.titles
      : placed.canvases.map((canvas) => templateTitle(canvas.templateId))
  if (placement?.source === 'import') {
    const contents = [
      placement.noteCount === 0 ? [] : [count(placement.noteCount, 'sticky', 'stickies')],
      placement.connectorCount === 0
        ? []
        : [count(placement.connectorCount, 'connector', 'connectors')],
    ].flat()
    return {
      tone: 'success',
      title: `Imported ${placement.fileName ?? 'the file'}: placed ${listOf(titles.map((title) => `“${title}”`))}${contents.length === 0 ? '' : ` with ${listOf(contents)}`}.`,
      detail: [...placement.remarks, 'Check the fit to see what the canvases still need.'].join(
        ' ',
      ),
    }
  }
  if (placement?.source === 'kit' || titles.length > 1) {
    return {
      tone: 'success',
      title: `Placed the workshop kit: ${listOf(titles)}.`,
      detail:
        'Fill the canvases from left to right, each in the order of its letters or numbers, then check the fit.',
    }
  }
  return {
    tone: 'success',
    title: `Placed the ${titles[0] ?? 'canvas'} on the board.`,
    detail: 'Fill its areas in the order of their letters or numbers, then check the fit.',
  }
}

function noteText(check: BoardCheck | null, noteId: string): string | null {
  for (const canvas of check?.board.canvases ?? []) {
    for (const note of [...canvas.areas.flatMap((area) => area.notes), ...canvas.strayNotes]) {
      if (note.id === noteId) return note.text
    }
  }
  return null
}

function linkedNotice(state: PanelState, from: string, to: string): Notice {
  const fromText = noteText(state.check, from)
  const toText = noteText(state.check, to)
  return {
    tone: 'success',
    title:
      fromText === null || toText === null
        ? 'Linked the two stickies with a connector.'
        : `Linked ${quoteNote(fromText)} to ${quoteNote(toText)}.`,
    detail: 'The fit is checked again with the new link.',
  }
}

function settled(state: PanelState, notice: Notice | null): PanelState {
  return { ...state, pending: null, progress: null, notice, placing: null }
}

function failed(state: PanelState, title: string, detail: string): PanelState {
  return settled(state, { tone: 'error', title, detail })
}

/**
 * The panel's state after an action: a message from the main thread (named as in
 * src/messages.ts) or something the person did. Pure, except that BOARD_READ runs the fit check.
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
        return failed(
          state,
          'The fit check failed on this board.',
          `${cause instanceof Error ? cause.message : String(cause)}. Try “Check again”; if it keeps failing, send the plugin's makers a screenshot of this message.`,
        )
      }
    }
    case 'NOTES_LINKED':
      return {
        ...state,
        pending: 'read',
        progress: null,
        notice: linkedNotice(state, action.payload.fromNoteId, action.payload.toNoteId),
      }
    case 'FLAGS_CHANGED': {
      const count = action.payload.flagCount
      return {
        ...settled(state, {
          tone: 'success',
          title:
            count === 0
              ? 'Removed the flags from the board.'
              : `Put ${count} ${count === 1 ? 'flag' : 'flags'} on the board.`,
          detail:
            count === 0
              ? null
              : 'Each flag marks an empty area or a pain or gain nothing answers yet. Remove them when the team has dealt with them.',
        }),
        flagCount: count,
      }
    }
    case 'OPERATION_FAILED':
      return operationFailed(state, action.payload.operation, action.payload.message)
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
    case 'settings-changed':
      return { ...state, settings: action.settings }
    case 'notice':
      return { ...state, notice: action.notice }
    case 'timed-out':
      return state.pending === null
        ? state
        : failed(
            state,
            `${failureTitles[state.pending]} The board did not answer.`,
            'Look at the board to see whether it changed, then try again. If nothing happens, close the plugin and run it again.',
          )
    case 'message-refused':
      return failed(
        state,
        'The panel got an answer from the board it could not read.',
        `${action.message}. Close the plugin and run it again; if it keeps happening, update the plugin.`,
      )
  }
}
