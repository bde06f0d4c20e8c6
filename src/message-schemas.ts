/**
 * The schema of every message between the panel (ui.tsx) and the main thread (main.ts): its
 * name, its payload and its direction. Payloads are plain, serialisable objects, parsed with these
 * schemas on arrival (src/messages.ts), so a malformed message is refused with the path of the
 * bad field. Pure: importing it sets up no messaging, so tests and tools can use it.
 */
import * as z from 'zod/mini'

import { boardFlagSchema } from './board/board-flag'
import { canvasDefinitionSchema, hexColorSchema } from './canvas/canvas-definition'
import { boardSchema, canvasPointSchema, idSchema } from './model/board'

export type { BoardFlag } from './board/board-flag'

/** Which canvases an operation covers: the selected ones, or every canvas on the page. */
export const scopeSchema = z.enum(['selection', 'page'])
export type Scope = z.infer<typeof scopeSchema>

/** Which tab the panel opens on; set by relaunch buttons on a canvas section. */
export const panelTabSchema = z.enum(['templates', 'check', 'export'])
export type PanelTab = z.infer<typeof panelTabSchema>

/** A sticky to create while placing canvases (an imported file's notes). */
export const plannedNoteSchema = z.object({
  /** Unique across the placement (all its canvases); connectors refer to it. */
  ref: idSchema,
  /** Area the sticky goes in; null puts it on the canvas, in no area. */
  areaId: z.nullable(idSchema),
  text: z.string(),
  /** Sticky fill, `#RRGGBB`. */
  color: hexColorSchema,
  /** Top-left corner, px, relative to the canvas section; null lets the plugin arrange it. */
  position: z.nullable(canvasPointSchema),
})
export type PlannedNote = z.infer<typeof plannedNoteSchema>

/** One canvas to place: its template, and the notes to fill it with. */
export const plannedCanvasSchema = z.object({
  definition: canvasDefinitionSchema,
  notes: z.array(plannedNoteSchema),
})
export type PlannedCanvas = z.infer<typeof plannedCanvasSchema>

/**
 * A connector to draw, `[fromRef, toRef]`: from one note's `ref` to another's, on the same canvas
 * or on two canvases of the placement.
 */
export const plannedConnectorSchema = z.tuple([idSchema, idSchema])
export type PlannedConnector = z.infer<typeof plannedConnectorSchema>

/**
 * Canvases to place side by side, in order, with their notes, and the connectors between those
 * notes. Note refs are unique across the placement, so a connector may join notes of two canvases.
 */
export const plannedPlacementSchema = z.object({
  canvases: z.array(plannedCanvasSchema).check(z.minLength(1)),
  connectors: z.array(plannedConnectorSchema),
})
export type PlannedPlacement = z.infer<typeof plannedPlacementSchema>

/** Messages the panel sends to the main thread. */
export const uiToMainSchemas = {
  /** The panel has mounted and can receive messages. */
  UI_READY: z.object({}),
  /**
   * Place canvases side by side, in order, as one undo step: a template, the workshop kit, or an
   * imported file with its notes and connectors (refs unique across the placement). The panel
   * holds the definitions and sends them along.
   */
  PLACE_CANVASES: plannedPlacementSchema,
  READ_BOARD: z.object({ scope: scopeSchema }),
  /** Select and zoom to these nodes (stickies, areas or canvases). */
  FOCUS_NODES: z.object({ nodeIds: z.array(idSchema).check(z.minLength(1)) }),
  /** Draw a connector from one sticky to another. */
  LINK_NOTES: z.object({ fromNoteId: idSchema, toNoteId: idSchema }),
  /** Link the two stickies that are selected now (a pain or gain and its answer). */
  LINK_SELECTION: z.object({}),
  FLAG_BOARD: z.object({ flags: z.array(boardFlagSchema) }),
  CLEAR_FLAGS: z.object({}),
  /** Keep the fit live (Check tab open, "Live" on) or stop; `scope` as READ_BOARD's. */
  LIVE_FIT: z.object({ on: z.boolean(), scope: scopeSchema }),
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
  CANVASES_PLACED: z.object({
    canvases: z.array(z.object({ templateId: idSchema, canvasId: idSchema })),
  }),
  BOARD_READ: z.object({ board: boardSchema, scope: scopeSchema }),
  /** The board as the live fit updated it after changes on the page, without a click. */
  LIVE_BOARD: z.object({ board: boardSchema, scope: scopeSchema }),
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

/** The schemas, typed so that indexing by a message name gives that message's payload type. */
export const uiToMainParsers: { [N in UiToMainName]: z.core.$ZodType<UiToMainPayloads[N]> } =
  uiToMainSchemas
export const mainToUiParsers: { [N in MainToUiName]: z.core.$ZodType<MainToUiPayloads[N]> } =
  mainToUiSchemas
