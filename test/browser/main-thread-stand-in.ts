import * as z from 'zod/mini'

import type { MainToUiPayload } from '../../src/messages'
import type { Board, Note } from '../../src/model/board'
import type { BoardText } from '../../src/model/board-text'
import { plannedPlacementSchema } from '../../src/model/planned-placement'
import type { PluginDataEntry } from '../../src/model/station-ticks'
import type { PanelMessage, PanelPage } from './panel-page'

const readBoard = z.object({ scope: z.enum(['selection', 'page']) })
const linkNotes = z.object({ fromNoteId: z.string(), toNoteId: z.string() })
const flagBoard = z.object({ flags: z.array(z.unknown()) })
const syncTicks = z.nullable(z.object({ key: z.string(), value: z.string() }))
const canvasId = z.object({ canvasId: z.string() })
const facilitate = z.object({
  canvasId: z.string(),
  plan: z.object({ steps: z.array(z.object({ areaId: z.string(), minutes: z.number() })) }),
})
const facilitationMove = z.object({ move: z.enum(['next', 'back', 'stop']) })

export interface MainThreadStandInOptions {
  board: Board
  opened?: Partial<MainToUiPayload<'PANEL_OPENED'>>
  /** Answer to LINK_SELECTION; by default the two selected stickies cannot be linked. */
  linkSelectionFails?: string
  /** False to leave READ_BOARD unanswered, for the test to answer (and report progress). */
  answerReads?: boolean
  /** The page's criteria ticks as shared plugin data holds them (default none). */
  stationTicks?: PluginDataEntry[]
  /** Why FACILITATE fails, as the main thread says it; by default it starts the walk. */
  facilitateFails?: BoardText
}

function notesOf(board: Board): Note[] {
  return board.canvases.flatMap((canvas) => [
    ...canvas.areas.flatMap((area) => area.notes),
    ...canvas.strayNotes,
  ])
}

/**
 * A scripted main thread for the panel: it answers UI_READY with PANEL_OPENED, READ_BOARD
 * with the board it holds (unless told not to), PLACE_CANVASES (parsed with `plannedPlacementSchema`,
 * so a placement the panel should not send fails the test) with CANVASES_PLACED (canvas ids `90:1`,
 * `90:2`, … in order), LINK_NOTES by adding a connector link to both notes of its board (so the
 * next read shows it), FLAG_BOARD and CLEAR_FLAGS with FLAGS_CHANGED, and LINK_SELECTION with
 * OPERATION_FAILED, and SYNC_TICKS (an empty value removes the key, as Figma does) with
 * TICKS_READ, READ_PLAN with the default plan, and FACILITATE (unless told it fails) and
 * FACILITATION_MOVE with FACILITATION_STEP (counting the area's notes) or FACILITATION_ENDED; `timerDoneAsync` plays
 * FigJam's timer running out. Payload fields it needs are parsed; anything else it
 * records only.
 */
export class MainThreadStandIn {
  board: Board
  private connectorCount = 0
  private readonly ticks: Map<string, string>
  /** The walk FACILITATE started, with the index of the area shown. */
  private walk: (z.infer<typeof facilitate> & { index: number }) | null = null

  constructor(private readonly options: MainThreadStandInOptions) {
    this.board = structuredClone(options.board)
    this.ticks = new Map((options.stationTicks ?? []).map((entry) => [entry.key, entry.value]))
  }

  readonly respondAsync = async (message: PanelMessage, panel: PanelPage): Promise<void> => {
    switch (message.name) {
      case 'UI_READY':
        await panel.sendAsync('PANEL_OPENED', {
          tab: 'templates',
          canvasId: null,
          settings: {},
          selectionCount: 0,
          ...this.options.opened,
        })
        return
      case 'READ_BOARD':
        if (this.options.answerReads === false) return
        await panel.sendAsync('BOARD_READ', {
          board: this.board,
          scope: z.parse(readBoard, message.payload).scope,
        })
        return
      case 'PLACE_CANVASES': {
        const { canvases } = z.parse(plannedPlacementSchema, message.payload)
        await panel.sendAsync('CANVASES_PLACED', {
          canvases: canvases.map((canvas, index) => ({
            templateId: canvas.definition.id,
            canvasId: `90:${String(index + 1)}`,
          })),
        })
        return
      }
      case 'LINK_NOTES': {
        const { fromNoteId, toNoteId } = z.parse(linkNotes, message.payload)
        this.link(fromNoteId, toNoteId)
        this.connectorCount += 1
        await panel.sendAsync('NOTES_LINKED', {
          connectorId: `91:${this.connectorCount}`,
          fromNoteId,
          toNoteId,
        })
        return
      }
      case 'LINK_SELECTION':
        await panel.sendAsync('OPERATION_FAILED', {
          operation: 'LINK_SELECTION',
          reason: {
            raw:
              this.options.linkSelectionFails ??
              'Select one pain or gain and one pain reliever or gain creator, then try again.',
          },
          notify: true,
        })
        return
      case 'FLAG_BOARD':
        await panel.sendAsync('FLAGS_CHANGED', {
          flagCount: z.parse(flagBoard, message.payload).flags.length,
        })
        return
      case 'CLEAR_FLAGS':
        await panel.sendAsync('FLAGS_CHANGED', { flagCount: 0 })
        return
      case 'SYNC_TICKS': {
        const entry = z.parse(syncTicks, message.payload)
        if (entry !== null && entry.value === '') this.ticks.delete(entry.key)
        else if (entry !== null) this.ticks.set(entry.key, entry.value)
        await this.sendTicksAsync(panel)
        return
      }
      case 'READ_PLAN': {
        const id = z.parse(canvasId, message.payload).canvasId
        const canvas = this.board.canvases.find((candidate) => candidate.id === id)
        const steps = (canvas?.areas ?? []).map((area) => ({ areaId: area.id, minutes: 5 }))
        await panel.sendAsync('PLAN_READ', {
          canvasId: id,
          plan: { version: 1, steps },
          damaged: false,
        })
        return
      }
      case 'FACILITATE':
        if (this.options.facilitateFails !== undefined) {
          await panel.sendAsync('OPERATION_FAILED', {
            operation: 'FACILITATE',
            reason: this.options.facilitateFails,
            notify: true,
          })
          return
        }
        this.walk = { ...z.parse(facilitate, message.payload), index: 0 }
        await this.sendStepAsync(panel)
        return
      case 'FACILITATION_MOVE': {
        const { move } = z.parse(facilitationMove, message.payload)
        await this.moveAsync(panel, move === 'stop' ? null : move === 'next' ? 1 : -1)
        return
      }
      default:
        return
    }
  }

  /** Plays FigJam's timer running out (`timerdone`): facilitation moves to the next area. */
  async timerDoneAsync(panel: PanelPage): Promise<void> {
    await this.moveAsync(panel, 1)
  }

  private async moveAsync(panel: PanelPage, delta: number | null): Promise<void> {
    const walk = this.walk
    if (walk === null) return
    walk.index = Math.max(0, walk.index + (delta ?? 0))
    if (delta === null || walk.index >= walk.plan.steps.length) {
      this.walk = null
      await panel.sendAsync('FACILITATION_ENDED', {
        canvasId: walk.canvasId,
        finished: delta !== null,
      })
      return
    }
    await this.sendStepAsync(panel)
  }

  private async sendStepAsync(panel: PanelPage): Promise<void> {
    const walk = this.walk
    const step = walk?.plan.steps[walk.index]
    if (walk === null || step === undefined) return
    const area = this.board.canvases
      .find((canvas) => canvas.id === walk.canvasId)
      ?.areas.find((candidate) => candidate.id === step.areaId)
    await panel.sendAsync('FACILITATION_STEP', {
      canvasId: walk.canvasId,
      index: walk.index,
      stepCount: walk.plan.steps.length,
      areaId: step.areaId,
      stickyCount: area?.notes.length ?? 0,
      minutes: step.minutes,
      timer: true,
    })
  }

  private async sendTicksAsync(panel: PanelPage): Promise<void> {
    await panel.sendAsync(
      'TICKS_READ',
      [...this.ticks].map(([key, value]) => ({ key, value })),
    )
  }

  private link(fromNoteId: string, toNoteId: string): void {
    const notes = new Map(notesOf(this.board).map((note) => [note.id, note]))
    for (const [noteId, otherId] of [
      [fromNoteId, toNoteId],
      [toNoteId, fromNoteId],
    ] as const) {
      const note = notes.get(noteId)
      if (note === undefined) throw new Error(`LINK_NOTES: no note ${noteId} on the board`)
      note.links = [...note.links, { noteId: otherId, via: 'connector' as const }].sort((a, b) =>
        a.noteId.localeCompare(b.noteId),
      )
    }
  }
}
