import type {
  FacilitateHandler,
  FacilitationEndedHandler,
  FacilitationMoveHandler,
  FacilitationStepHandler,
  PlanReadHandler,
  ReadPlanHandler,
  UiToMainName,
} from '../model/plugin-messages'
import { facilitationSession, readPlanAsync } from './facilitation-session'
import type { PanelChannel, PluginPort } from './plugin-port'

/**
 * How start-plugin.ts answers a panel message: runs `run`, and reports a throw or rejection as
 * OPERATION_FAILED for `name`.
 */
export type Answer = <P>(
  name: UiToMainName,
  run: (payload: P) => Promise<void>,
) => (payload: P) => void

/**
 * Answers the facilitation messages (READ_PLAN with PLAN_READ; FACILITATE and FACILITATION_MOVE
 * with FACILITATION_STEP and FACILITATION_ENDED) and moves on when FigJam's timer is done
 * (`timerdone`, listened to only when `figma.timer` exists). A failure at `timerdone` is
 * reported as one of FACILITATION_MOVE.
 */
export function answerFacilitation(figma: PluginPort, panel: PanelChannel, answer: Answer): void {
  const session = facilitationSession(figma, {
    step: (payload) => {
      panel.emit<FacilitationStepHandler>('FACILITATION_STEP', payload)
    },
    ended: (payload) => {
      panel.emit<FacilitationEndedHandler>('FACILITATION_ENDED', payload)
    },
  })
  panel.on<ReadPlanHandler>(
    'READ_PLAN',
    answer('READ_PLAN', async ({ canvasId }: { canvasId: string }) => {
      panel.emit<PlanReadHandler>('PLAN_READ', await readPlanAsync(figma, canvasId))
    }),
  )
  panel.on<FacilitateHandler>(
    'FACILITATE',
    answer('FACILITATE', ({ canvasId, plan }: Parameters<FacilitateHandler['handler']>[0]) =>
      session.startAsync(canvasId, plan),
    ),
  )
  const moveAsync = (move: 'next' | 'back' | 'stop'): Promise<void> => {
    session.move(move)
    return Promise.resolve()
  }
  panel.on<FacilitationMoveHandler>(
    'FACILITATION_MOVE',
    answer('FACILITATION_MOVE', ({ move }: { move: 'next' | 'back' | 'stop' }) => moveAsync(move)),
  )
  const timerDone = answer<null>('FACILITATION_MOVE', () => {
    session.timerDone()
    return Promise.resolve()
  })
  if (figma.timer !== undefined) {
    figma.on('timerdone', () => {
      timerDone(null)
    })
  }
}
