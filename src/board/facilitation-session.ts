import type { EventHandler } from '@create-figma-plugin/utilities'

import { AREA_MINUTES_RANGE, isAreaMinutes } from '../model/area-minutes'
import {
  decodePlan,
  encodePlan,
  type FacilitationPlan,
  fitPlanToAreas,
} from '../model/facilitation-plan'
import type {
  FacilitationEndedHandler,
  FacilitationStepHandler,
  PlanReadHandler,
} from '../model/plugin-messages'
import { BoardError } from './board-error'
import { type CanvasTemplateData, decodeCanvasTemplateData } from './canvas-template-data'
import type { PortSection } from './figjam-port'
import { PLUGIN_DATA_KEYS, readMarker, writeMarker } from './plugin-data'
import type { PluginPort } from './plugin-port'
import { zoomViewportTo } from './viewport-focus'

/** What facilitation mode uses of the plugin API. */
export type FacilitationPort = Pick<PluginPort, 'getNodeByIdAsync' | 'viewport' | 'timer'>

type PayloadOf<H extends EventHandler> = Parameters<H['handler']>[0]

/** Where facilitation mode reports what it did. */
export interface FacilitationEvents {
  step: (payload: PayloadOf<FacilitationStepHandler>) => void
  ended: (payload: PayloadOf<FacilitationEndedHandler>) => void
}

/** Facilitation mode on the main thread: at most one walk through a canvas at a time. */
export interface FacilitationSession {
  /**
   * Saves `plan` (fitted to the canvas's areas) on the canvas section, then shows its first
   * area. A walk already running is left for the new one.
   * @throws BoardError, changing nothing, when the canvas is gone, was placed by a version without
   *   template data, has none of the plan's areas left, or a step's minutes are not a whole
   *   number in `AREA_MINUTES_RANGE`.
   */
  startAsync(canvasId: string, plan: FacilitationPlan): Promise<void>
  /** Next area (after the last one the walk ends, finished), previous area, or stop. */
  move(move: 'next' | 'back' | 'stop'): void
  /**
   * FigJam's timer reached 0 (`timerdone`): moves on like "Next". Ignored when no walk runs, or
   * when the timer runs again already (the event is delivered late, after "Next" restarted it).
   */
  timerDone(): void
}

interface Walk {
  canvasId: string
  steps: { areaId: string; minutes: number; section: PortSection }[]
  index: number
}

async function canvasSectionAsync(
  figma: Pick<FacilitationPort, 'getNodeByIdAsync'>,
  canvasId: string,
): Promise<{ section: PortSection; template: CanvasTemplateData }> {
  const node = await figma.getNodeByIdAsync(canvasId)
  if (
    node === null ||
    node.type !== 'SECTION' ||
    readMarker(node, PLUGIN_DATA_KEYS.role) !== 'canvas'
  ) {
    throw new BoardError('facilitation.canvasGone')
  }
  const template = decodeCanvasTemplateData(readMarker(node, PLUGIN_DATA_KEYS.template))
  if (template === null) {
    throw new BoardError('facilitation.olderCanvas')
  }
  return { section: node, template }
}

/**
 * The plan saved on a canvas section, parsed (`decodePlan`: a damaged plan gives the default
 * plan and `damaged`).
 * @throws BoardError when the canvas is gone or has no template data.
 */
export async function readPlanAsync(
  figma: Pick<FacilitationPort, 'getNodeByIdAsync'>,
  canvasId: string,
): Promise<PayloadOf<PlanReadHandler>> {
  const { section, template } = await canvasSectionAsync(figma, canvasId)
  const read = decodePlan(readMarker(section, PLUGIN_DATA_KEYS.facilitationPlan), template.areas)
  return { canvasId, ...read }
}

function areaSections(canvas: PortSection): Map<string, PortSection> {
  const sections = new Map<string, PortSection>()
  for (const node of canvas.findAllWithCriteria({ types: ['SECTION'] })) {
    if (readMarker(node, PLUGIN_DATA_KEYS.role) !== 'area') continue
    const areaId = readMarker(node, PLUGIN_DATA_KEYS.areaId)
    if (!sections.has(areaId)) sections.set(areaId, node)
  }
  return sections
}

function checkMinutes(plan: FacilitationPlan): void {
  if (!plan.steps.every((step) => isAreaMinutes(step.minutes))) {
    throw new BoardError('facilitation.minutesRange', AREA_MINUTES_RANGE)
  }
}

/**
 * Facilitation mode: walks through a canvas's areas in the plan's order. Each step zooms the
 * viewport to the area's section, counts the stickies in it and starts FigJam's timer with the
 * step's minutes (when `figma.timer` exists), then reports the step. Stop, and the end of the
 * walk, stop the timer.
 */
export function facilitationSession(
  figma: FacilitationPort,
  events: FacilitationEvents,
): FacilitationSession {
  let walk: Walk | null = null

  const show = (current: Walk): void => {
    const step = current.steps[current.index]
    if (step === undefined) return
    let stickyCount = 0
    if (!step.section.removed) {
      const box = step.section.absoluteBoundingBox
      if (box !== null) zoomViewportTo(figma.viewport, box)
      stickyCount = step.section.findAllWithCriteria({ types: ['STICKY'] }).length
    }
    const timer = figma.timer
    timer?.start(step.minutes * 60)
    events.step({
      canvasId: current.canvasId,
      index: current.index,
      stepCount: current.steps.length,
      areaId: step.areaId,
      stickyCount,
      minutes: step.minutes,
      timer: timer !== undefined,
    })
  }

  const end = (current: Walk, finished: boolean): void => {
    walk = null
    figma.timer?.stop()
    events.ended({ canvasId: current.canvasId, finished })
  }

  const move = (current: Walk, delta: number): void => {
    const index = current.index + delta
    if (index >= current.steps.length) {
      end(current, true)
      return
    }
    current.index = Math.max(0, index)
    show(current)
  }

  return {
    async startAsync(canvasId, plan) {
      checkMinutes(plan)
      const { section, template } = await canvasSectionAsync(figma, canvasId)
      const fitted = fitPlanToAreas(plan, template.areas)
      const sections = areaSections(section)
      const steps: Walk['steps'] = []
      for (const step of fitted.steps) {
        const area = sections.get(step.areaId)
        if (area !== undefined) steps.push({ ...step, section: area })
      }
      if (steps.length === 0) {
        throw new BoardError('facilitation.noAreaLeft')
      }
      writeMarker(section, PLUGIN_DATA_KEYS.facilitationPlan, encodePlan(fitted))
      walk = { canvasId, steps, index: 0 }
      show(walk)
    },
    move(direction) {
      if (walk === null) return
      if (direction === 'stop') end(walk, false)
      else move(walk, direction === 'next' ? 1 : -1)
    },
    timerDone() {
      const remaining = figma.timer?.remaining ?? 0
      if (walk !== null && remaining === 0) move(walk, 1)
    },
  }
}
