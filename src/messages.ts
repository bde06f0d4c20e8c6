/**
 * Every message between the panel (ui.tsx) and the main thread (main.ts): its name, its payload
 * schema and its direction. Payloads are plain, serialisable objects and are parsed with these
 * schemas on arrival, so a malformed message is refused with the path of the bad field.
 */
import { emit, on } from '@create-figma-plugin/utilities'
import * as z from 'zod/mini'

import { boardFlagSchema } from './board/board-flag'
import { parsePayload } from './board/parse-payload'
import { boardSchema } from './model/board'

export { boardFlagSchema, type BoardFlag } from './board/board-flag'
export { parsePayload } from './board/parse-payload'

const idSchema = z.string().check(z.minLength(1))

/** Which canvases an operation covers: the selected ones, or every canvas on the page. */
export const scopeSchema = z.enum(['selection', 'page'])
export type Scope = z.infer<typeof scopeSchema>

/** Which tab the panel opens on; set by relaunch buttons on a canvas section. */
export const panelTabSchema = z.enum(['templates', 'check', 'export'])
export type PanelTab = z.infer<typeof panelTabSchema>

/** Messages the panel sends to the main thread. */
export const uiToMainSchemas = {
  /** The panel has mounted and can receive messages. */
  UI_READY: z.object({}),
  PLACE_TEMPLATE: z.object({ templateId: idSchema }),
  READ_BOARD: z.object({ scope: scopeSchema }),
  /** Select and zoom to these nodes (stickies, areas or canvases). */
  FOCUS_NODES: z.object({ nodeIds: z.array(idSchema).check(z.minLength(1)) }),
  /** Draw a connector from one sticky to another. */
  LINK_NOTES: z.object({ fromNoteId: idSchema, toNoteId: idSchema }),
  /** Link the two stickies that are selected now (a pain or gain and its answer). */
  LINK_SELECTION: z.object({}),
  FLAG_BOARD: z.object({ flags: z.array(boardFlagSchema) }),
  CLEAR_FLAGS: z.object({}),
  /** Remember the panel's choices (figma.clientStorage). */
  SAVE_SETTINGS: z.object({ settings: z.record(z.string(), z.unknown()) }),
}

/** Messages the main thread sends to the panel. */
export const mainToUiSchemas = {
  /** Sent once after UI_READY: where the panel opens and what it remembered. */
  PANEL_OPENED: z.object({
    tab: panelTabSchema,
    /** Canvas the relaunch button was pressed on, if any. */
    canvasId: z.nullable(idSchema),
    settings: z.record(z.string(), z.unknown()),
    selectionCount: z.number(),
  }),
  SELECTION_CHANGED: z.object({ selectionCount: z.number() }),
  TEMPLATE_PLACED: z.object({ templateId: idSchema, canvasId: idSchema }),
  BOARD_READ: z.object({ board: boardSchema, scope: scopeSchema }),
  NOTES_LINKED: z.object({ connectorId: idSchema, fromNoteId: idSchema, toNoteId: idSchema }),
  FLAGS_CHANGED: z.object({ flagCount: z.number() }),
  /** An operation failed; `message` says what happened and what to do next. */
  OPERATION_FAILED: z.object({ operation: z.string(), message: z.string() }),
  /** Progress of a long operation, 0–1. */
  PROGRESS: z.object({ operation: z.string(), done: z.number(), total: z.number() }),
}

export type UiToMainName = keyof typeof uiToMainSchemas
export type MainToUiName = keyof typeof mainToUiSchemas
type UiToMainPayloads = { [N in UiToMainName]: z.infer<(typeof uiToMainSchemas)[N]> }
type MainToUiPayloads = { [N in MainToUiName]: z.infer<(typeof mainToUiSchemas)[N]> }
export type UiToMainPayload<N extends UiToMainName> = UiToMainPayloads[N]
export type MainToUiPayload<N extends MainToUiName> = MainToUiPayloads[N]

const uiToMainParsers: { [N in UiToMainName]: z.core.$ZodType<UiToMainPayloads[N]> } =
  uiToMainSchemas
const mainToUiParsers: { [N in MainToUiName]: z.core.$ZodType<MainToUiPayloads[N]> } =
  mainToUiSchemas

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
