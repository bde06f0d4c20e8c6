import type { Board } from '../model/board'
import { applyLiveChanges } from '../model/live-changes'
import type {
  FigJamPort,
  PortNodeChange,
  PortPage,
  PortPageEvents,
  PortStamp,
  PortSticky,
} from './figjam-port'
import { readBoardAsync, type ReadScope } from './read-board-async'
import { type BoxCache, readLiveChangesAsync, type StickyPatch } from './read-live-changes-async'

/** The port with the page's change events. */
export interface LiveFitPort extends FigJamPort {
  readonly currentPage: PortPage & PortPageEvents
}

/** Options of `startLiveFit`. */
export interface LiveFitOptions {
  scope: ReadScope
  /** The board as last read with `scope`: live updates start from it. */
  board: Board
  /**
   * Called with the board after each update. Later updates change the same object in place, so
   * send or copy it at once; `board` above is updated in place too.
   */
  onBoard: (board: Board) => void
  /** Called when an update fails; live mode goes on. */
  onError?: (error: Error) => void
  /** Quiet time after the last change before the board is updated, ms. Default 250. */
  debounceMs?: number
  /** Longest wait from the first change of a burst to its update, ms. Default 750. */
  maxWaitMs?: number
}

/** A running live fit. */
export interface LiveFit {
  /** Stops listening; a pending update is dropped. */
  stop(): void
  /** Updates made so far (patches and re-reads). */
  readonly updates: number
  /** Whole re-reads made so far. */
  readonly reReads: number
}

/** More changed stickies than this in one update are read with the whole board instead. */
export const PATCH_LIMIT = 200

/** Node types whose change the live fit cannot patch: the board is read again. */
const REREAD_TYPES = new Set<string>(['SECTION', 'CONNECTOR', 'GROUP', 'STAMP'])

const isStickyChange = (
  change: PortNodeChange,
): change is PortNodeChange & { node: PortSticky | (RemovedNode & { type: 'STICKY' }) } =>
  change.node.type === 'STICKY'

/**
 * Keeps the fit live: listens to the page's `nodechange` events (every origin, `REMOTE` ones from
 * other people too), waits until changes pause for `debounceMs` (at most `maxWaitMs` after the
 * first), then updates the board and gives it to `onBoard`. Changed, added or deleted stickies
 * and new stamps are read alone (`readLiveChangesAsync`) and applied to the last board
 * (`applyLiveChanges`); a change to a section, connector, group or other stamp, or
 * more than `PATCH_LIMIT` stickies at once (a big paste), reads the board again with `scope`.
 * Changes to plugin data only and to other node types (the plugin's own labels and flags) are
 * ignored. Changes arriving during an update wait for the next one.
 */
export function startLiveFit(figma: LiveFitPort, options: LiveFitOptions): LiveFit {
  const debounceMs = options.debounceMs ?? 250
  const maxWaitMs = options.maxWaitMs ?? 750
  const page = figma.currentPage
  const boxes: BoxCache = new Map()
  let board = options.board
  let stickies = new Map<string, PortSticky | null>()
  let stamps: PortStamp[] = []
  let reRead = false
  let timer: ReturnType<typeof setTimeout> | null = null
  let burstStart = 0
  let running = false
  let stopped = false
  const state = { updates: 0, reReads: 0 }

  const dirty = (): boolean => reRead || stickies.size > 0 || stamps.length > 0

  const schedule = (): void => {
    if (stopped || running || !dirty()) return
    const now = Date.now()
    if (timer === null) burstStart = now
    else clearTimeout(timer)
    const wait = Math.max(0, Math.min(debounceMs, burstStart + maxWaitMs - now))
    timer = setTimeout(() => {
      timer = null
      void updateAsync()
    }, wait)
  }

  const updateAsync = async (): Promise<void> => {
    running = true
    const patches: StickyPatch[] = [...stickies].map(([id, node]) => ({ id, node }))
    const newStamps = stamps
    const whole = reRead || patches.length > PATCH_LIMIT
    stickies = new Map()
    stamps = []
    reRead = false
    try {
      if (whole) {
        board = await readBoardAsync(figma, options.scope)
        boxes.clear()
        state.reReads += 1
      } else {
        const changes = await readLiveChangesAsync(figma, board, patches, newStamps, boxes)
        applyLiveChanges(board, changes)
      }
      state.updates += 1
      if (!stopped) options.onBoard(board)
    } catch (cause) {
      options.onError?.(cause instanceof Error ? cause : new Error(String(cause)))
    } finally {
      running = false
      schedule()
    }
  }

  const onChange = (event: { nodeChanges: PortNodeChange[] }): void => {
    for (const change of event.nodeChanges) {
      if (change.type === 'PROPERTY_CHANGE' && change.properties.every((p) => p === 'pluginData')) {
        continue
      }
      try {
        if (isStickyChange(change)) {
          stickies.set(change.id, change.node.removed ? null : change.node)
        } else if (change.type === 'CREATE' && 'stuckTo' in change.node) {
          stamps.push(change.node)
        } else if (REREAD_TYPES.has(change.node.type)) {
          reRead = true
        }
      } catch {
        reRead = true
      }
    }
    schedule()
  }

  page.on('nodechange', onChange)
  return {
    stop() {
      stopped = true
      if (timer !== null) clearTimeout(timer)
      page.off('nodechange', onChange)
    },
    get updates() {
      return state.updates
    },
    get reReads() {
      return state.reReads
    },
  }
}
