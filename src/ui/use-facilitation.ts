import { useCallback, useRef, useState } from 'preact/hooks'

import { type MainToUiPayload, sendToMain } from '../messages'
import { AREA_MINUTES_RANGE } from '../model/area-minutes'
import type { MainMessageHandlers } from './use-main-messages'

/** Facilitation mode as the panel sees it. */
export interface Facilitation {
  /** The plan of the canvas last asked for, as edited here; null until it is read. */
  read: MainToUiPayload<'PLAN_READ'> | null
  /** The area shown now; null when no walk runs. */
  step: MainToUiPayload<'FACILITATION_STEP'> | null
  /** The canvas whose walk ran to its end, for the summary; null otherwise. */
  finishedId: string | null
  handlers: Pick<MainMessageHandlers, 'PLAN_READ' | 'FACILITATION_STEP' | 'FACILITATION_ENDED'>
  /** Asks for a canvas's plan, once per canvas in a row; stable across renders. */
  readPlan: (canvasId: string) => void
  /** Sets an area's minutes, kept whole and within `AREA_MINUTES_RANGE`. */
  setMinutes: (index: number, minutes: number) => void
  start: () => void
  move: (move: 'next' | 'back' | 'stop') => void
}

/** The Facilitate tab's state and requests; its main-thread messages go to `handlers`. */
export function useFacilitation(): Facilitation {
  const [read, setRead] = useState<Facilitation['read']>(null)
  const [step, setStep] = useState<Facilitation['step']>(null)
  const [finishedId, setFinishedId] = useState<string | null>(null)
  const asked = useRef<string | null>(null)
  const readPlan = useCallback((canvasId: string) => {
    if (asked.current === canvasId) return
    asked.current = canvasId
    setRead(null)
    sendToMain('READ_PLAN', { canvasId })
  }, [])
  return {
    read,
    step,
    finishedId,
    handlers: {
      PLAN_READ: setRead,
      FACILITATION_STEP: (payload) => {
        setStep(payload)
        setFinishedId(null)
      },
      FACILITATION_ENDED: ({ canvasId, finished }) => {
        setStep(null)
        setFinishedId(finished ? canvasId : null)
      },
    },
    readPlan,
    setMinutes: (index, minutes) => {
      const entry = read?.plan.steps[index]
      if (read === null || entry === undefined || Number.isNaN(minutes)) return
      const { min, max } = AREA_MINUTES_RANGE
      entry.minutes = Math.min(max, Math.max(min, Math.round(minutes)))
      setRead({ ...read })
    },
    start: () => {
      if (read !== null) sendToMain('FACILITATE', { canvasId: read.canvasId, plan: read.plan })
    },
    move: (move) => {
      sendToMain('FACILITATION_MOVE', { move })
    },
  }
}
