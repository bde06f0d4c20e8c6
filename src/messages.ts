/**
 * Sending and receiving the messages of src/message-schemas.ts between the panel and the main
 * thread, with create-figma-plugin's `emit`/`on`. Payloads are parsed on arrival.
 */
import { emit, on } from '@create-figma-plugin/utilities'
import type * as z from 'zod/mini'

import { parsePayload } from './board/parse-payload'
import {
  mainToUiParsers,
  uiToMainParsers,
  type MainToUiName,
  type MainToUiPayload,
  type UiToMainName,
  type UiToMainPayload,
} from './message-schemas'

export * from './message-schemas'

interface Message<N extends string, P> {
  name: N
  handler: (payload: P) => void
}

/** Sends a message from the panel to the main thread. */
export function sendToMain<N extends UiToMainName>(name: N, payload: UiToMainPayload<N>): void {
  emit<Message<N, UiToMainPayload<N>>>(name, payload)
}

/** Sends a message from the main thread to the panel. */
export function sendToUi<N extends MainToUiName>(name: N, payload: MainToUiPayload<N>): void {
  emit<Message<N, MainToUiPayload<N>>>(name, payload)
}

/**
 * Handles a panel message on the main thread. The payload is parsed first; a payload that does
 * not parse, or a handler that throws or rejects, reaches `onError` instead.
 * @returns a function that removes the handler.
 */
export function onMessageFromUi<N extends UiToMainName>(
  name: N,
  handler: (payload: UiToMainPayload<N>) => void | Promise<void>,
  onError: (error: Error) => void,
): () => void {
  return on<Message<N, unknown>>(name, (raw) => {
    runParsed(name, uiToMainParsers[name], raw, handler, onError)
  })
}

/** Handles a main-thread message in the panel; see `onMessageFromUi`. */
export function onMessageFromMain<N extends MainToUiName>(
  name: N,
  handler: (payload: MainToUiPayload<N>) => void | Promise<void>,
  onError: (error: Error) => void,
): () => void {
  return on<Message<N, unknown>>(name, (raw) => {
    runParsed(name, mainToUiParsers[name], raw, handler, onError)
  })
}

function runParsed<T>(
  name: string,
  schema: z.core.$ZodType<T>,
  raw: unknown,
  handler: (payload: T) => void | Promise<void>,
  onError: (error: Error) => void,
): void {
  const toError = (cause: unknown): Error =>
    cause instanceof Error ? cause : new Error(String(cause))
  try {
    const pending = handler(parsePayload(name, schema, raw))
    if (pending !== undefined) {
      pending.catch((cause: unknown) => {
        onError(toError(cause))
      })
    }
  } catch (cause) {
    onError(toError(cause))
  }
}
