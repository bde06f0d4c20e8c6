/**
 * The panel's side of the messages in src/model/plugin-messages.ts, sent and received with
 * create-figma-plugin's `emit`/`on`. Payloads are typed, not parsed: the main thread is built
 * from the same types.
 */
import { emit, on } from '@create-figma-plugin/utilities'

import type {
  MainToUiName,
  MainToUiPayload,
  UiToMainName,
  UiToMainPayload,
} from './model/plugin-messages'

export type { BoardFlag } from './model/board-flag'
export type * from './model/plugin-messages'
export type { Scope } from './model/scope'

interface Message<N extends string, P> {
  name: N
  handler: (payload: P) => void
}

/** Every message the main thread sends, once each: a name missing here fails to compile. */
const mainToUiNameSet: Record<MainToUiName, true> = {
  PANEL_OPENED: true,
  SELECTION_CHANGED: true,
  CANVASES_PLACED: true,
  BOARD_READ: true,
  NOTES_LINKED: true,
  FLAGS_CHANGED: true,
  OPERATION_FAILED: true,
  PROGRESS: true,
  TICKS_READ: true,
  LIVE_BOARD: true,
  BOARD_NOTICE: true,
  PLAN_READ: true,
  FACILITATION_STEP: true,
  FACILITATION_ENDED: true,
}
export const mainToUiNames = Object.keys(mainToUiNameSet) as readonly MainToUiName[]

/** Sends a message from the panel to the main thread. */
export function sendToMain<N extends UiToMainName>(name: N, payload: UiToMainPayload<N>): void {
  emit<Message<N, UiToMainPayload<N>>>(name, payload)
}

/**
 * Handles a main-thread message in the panel. A handler that throws or rejects reaches `onError`.
 * @returns a function that removes the handler.
 */
export function onMessageFromMain<N extends MainToUiName>(
  name: N,
  handler: (payload: MainToUiPayload<N>) => void | Promise<void>,
  onError: (error: Error) => void,
): () => void {
  const toError = (cause: unknown): Error =>
    cause instanceof Error ? cause : new Error(String(cause))
  return on<Message<N, MainToUiPayload<N>>>(name, (payload) => {
    try {
      const pending = handler(payload)
      if (pending !== undefined) {
        pending.catch((cause: unknown) => {
          onError(toError(cause))
        })
      }
    } catch (cause) {
      onError(toError(cause))
    }
  })
}
