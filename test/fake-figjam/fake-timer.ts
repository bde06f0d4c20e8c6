import type { HostCalls } from './host-calls'

/** The timer's events (`ArgFreeEventType` of `figma.on`). */
export type TimerEventType =
  'timerstart' | 'timerstop' | 'timerpause' | 'timerresume' | 'timeradjust' | 'timerdone'

const TIMER_EVENTS: readonly string[] = [
  'timerstart',
  'timerstop',
  'timerpause',
  'timerresume',
  'timeradjust',
  'timerdone',
]

/** True for the names of the timer's events. */
export function isTimerEvent(type: string): type is TimerEventType {
  return TIMER_EVENTS.includes(type)
}

/**
 * The timer's events as `figma.on` delivers them
 * (https://developers.figma.com/docs/plugins/api/properties/figma-on): for changes made by the
 * plugin and by people alike, never while the code that caused them runs but afterwards ("runs
 * the callbacks asynchronously"), and an event that happens several times in one turn reaches
 * the callbacks once ("will not necessarily be called each time the event happens").
 */
export class TimerEvents {
  private readonly listeners = new Map<TimerEventType, Set<() => void>>()
  private pending: TimerEventType[] = []
  private scheduled = false
  /** Every event delivered so far, in order. */
  readonly delivered: TimerEventType[] = []

  on(type: TimerEventType, callback: () => void): void {
    const set = this.listeners.get(type) ?? new Set()
    set.add(callback)
    this.listeners.set(type, set)
  }

  off(type: TimerEventType, callback: () => void): void {
    this.listeners.get(type)?.delete(callback)
  }

  /** Delivers the events of this turn now, as the end of the turn would. */
  flush(): void {
    this.scheduled = false
    const events = this.pending
    this.pending = []
    for (const type of events) {
      this.delivered.push(type)
      for (const callback of [...(this.listeners.get(type) ?? [])]) callback()
    }
  }

  happened(type: TimerEventType): void {
    if (!this.pending.includes(type)) this.pending.push(type)
    if (this.scheduled) return
    this.scheduled = true
    setTimeout(() => {
      this.flush()
    }, 0)
  }
}

/**
 * FigJam's timer, `figma.timer` (https://developers.figma.com/docs/plugins/api/figma-timer), one
 * per file and shared by everyone in it. `remaining` and `total` are 0 before a start; `state` is
 * `RUNNING`, `PAUSED`, or `STOPPED` when not started or finished. `start` on a stopped timer sets
 * both times (`timerstart`); on a started one it sets `remaining`, moves `total` by the
 * difference (`timeradjust`) and unpauses it. `pause`, `resume` and `stop` do nothing unless the
 * timer is running, paused, or started. Time passes only when a test calls `advance`; at 0 a
 * running timer finishes (`timerdone`).
 */
export class FakeTimer implements TimerAPI {
  readonly events = new TimerEvents()
  private run: { state: TimerAPI['state']; total: number; remaining: number } = {
    state: 'STOPPED',
    total: 0,
    remaining: 0,
  }

  constructor(private readonly hostCalls: HostCalls) {}

  get remaining(): number {
    this.hostCalls.read('timer.remaining')
    return this.run.remaining
  }

  get total(): number {
    this.hostCalls.read('timer.total')
    return this.run.total
  }

  get state(): TimerAPI['state'] {
    this.hostCalls.read('timer.state')
    return this.run.state
  }

  /**
   * @throws Error for `seconds` that is not a finite number above 0 (the docs give no meaning to
   *   others; the strictest reading refuses them).
   */
  readonly start = (seconds: number): void => {
    this.hostCalls.call('timer.start()')
    if (!Number.isFinite(seconds) || seconds <= 0) {
      throw new Error(`in start: seconds must be a number above 0, got ${String(seconds)}`)
    }
    const { state, total, remaining } = this.run
    if (state === 'STOPPED') {
      this.run = { state: 'RUNNING', total: seconds, remaining: seconds }
      this.events.happened('timerstart')
      return
    }
    this.run = { state: 'RUNNING', total: total + seconds - remaining, remaining: seconds }
    this.events.happened('timeradjust')
    if (state === 'PAUSED') this.events.happened('timerresume')
  }

  readonly pause = (): void => {
    this.hostCalls.call('timer.pause()')
    if (this.run.state !== 'RUNNING') return
    this.run = { ...this.run, state: 'PAUSED' }
    this.events.happened('timerpause')
  }

  readonly resume = (): void => {
    this.hostCalls.call('timer.resume()')
    if (this.run.state !== 'PAUSED') return
    this.run = { ...this.run, state: 'RUNNING' }
    this.events.happened('timerresume')
  }

  readonly stop = (): void => {
    this.hostCalls.call('timer.stop()')
    if (this.run.state === 'STOPPED') return
    this.run = { state: 'STOPPED', total: 0, remaining: 0 }
    this.events.happened('timerstop')
  }

  /** The timer as it is, without counting host calls. */
  get snapshot(): Readonly<{ state: TimerAPI['state']; total: number; remaining: number }> {
    return { ...this.run }
  }

  /** Lets `seconds` pass: a running timer counts down and finishes at 0 (`timerdone`). */
  advance(seconds: number): void {
    if (this.run.state !== 'RUNNING') return
    const remaining = Math.max(0, this.run.remaining - seconds)
    if (remaining > 0) {
      this.run = { ...this.run, remaining }
      return
    }
    this.run = { ...this.run, state: 'STOPPED', remaining: 0 }
    this.events.happened('timerdone')
  }
}
