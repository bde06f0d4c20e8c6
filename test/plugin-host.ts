import type {
  MainThreadHears,
  MainThreadSends,
  PanelChannel,
  PluginPort,
} from '../src/board/plugin-port'
import type { UiToMainName, UiToMainPayload } from '../src/model/plugin-messages'
import { createFakeFigJam, type FakeFigJam } from './fake-figjam/fake-figjam'
import type { FakeReadings } from './fake-figjam/fake-readings'
import { isTimerEvent } from './fake-figjam/fake-timer'

/** What the main thread sent the panel, in order: a message name and its payload. */
export type Answer = [MainThreadSends['name'], unknown]

type ShowUIOptions = Parameters<PanelChannel['showUI']>[0]

/**
 * The panel as the main thread sees it, in memory: `showUI` records its options, `emit` records
 * each message, `on` keeps one handler per message name. `sendAsync` plays the panel sending a
 * message; a name nobody handles throws, as create-figma-plugin's `on` does.
 */
export class PanelStandIn implements PanelChannel {
  readonly shown: ShowUIOptions[] = []
  readonly answers: Answer[] = []
  private readonly handlers = new Map<string, MainThreadHears['handler']>()
  private waiting: (() => void)[] = []

  readonly showUI = (options: ShowUIOptions): void => {
    this.shown.push(options)
  }

  readonly emit = <H extends MainThreadSends>(
    name: H['name'],
    ...payload: Parameters<H['handler']>
  ): void => {
    this.answers.push([name, payload[0]])
    const waiting = this.waiting
    this.waiting = []
    for (const wake of waiting) wake()
  }

  readonly on = <H extends MainThreadHears>(name: H['name'], handler: H['handler']) => {
    this.handlers.set(name, handler)
    return () => {
      this.handlers.delete(name)
    }
  }

  /** Sends a panel message and waits for the main thread's next answer. */
  async sendAsync<N extends UiToMainName>(name: N, payload: UiToMainPayload<N>): Promise<Answer> {
    const before = this.answers.length
    const answered = new Promise<void>((resolve) => this.waiting.push(resolve))
    this.post(name, payload)
    await answered
    const answer = this.answers[before]
    if (answer === undefined) throw new Error(`no answer to ${name}`)
    return answer
  }

  /** Sends a panel message that gets no answer, and lets the main thread finish with it. */
  async postAsync<N extends MainThreadHears['name']>(
    name: N,
    ...payload: Parameters<Extract<MainThreadHears, { name: N }>['handler']>
  ): Promise<void> {
    this.post(name, payload[0])
    await new Promise((resolve) => setTimeout(resolve, 20))
  }

  private post(name: MainThreadHears['name'], payload: unknown): void {
    const handler = this.handlers.get(name) as ((payload: unknown) => void) | undefined
    if (handler === undefined) throw new Error(`No event handler with name \`${name}\``)
    handler(payload)
  }
}

/** The in-memory FigJam with the rest of a plugin's host: command, notices, storage, events. */
export interface PluginHost {
  figma: FakeFigJam & PluginPort
  notices: { message: string; error: boolean }[]
  storage: Map<string, unknown>
  /** Plays FigJam telling the plugin that the selection changed. */
  selectionChanged: () => void
}

/**
 * A plugin host started with `command` (`''`, or a relaunch button's key), taking `readings`
 * besides the suite's. Timer events (`timerdone`…) reach the fake's `timer.events`.
 */
export function createPluginHost(command = '', readings: Partial<FakeReadings> = {}): PluginHost {
  const notices: PluginHost['notices'] = []
  const storage = new Map<string, unknown>()
  const selectionListeners: (() => unknown)[] = []
  const fake = createFakeFigJam({ readings: { ...readings, command } })
  const figma = Object.assign(fake, {
    notify(message: string, options?: NotificationOptions): NotificationHandler {
      notices.push({ message, error: options?.error === true })
      return { cancel: () => undefined }
    },
    on(type: string, callback: (...args: never[]) => unknown): void {
      if (type === 'selectionchange') selectionListeners.push(callback)
      if (isTimerEvent(type)) fake.timer?.events.on(type, callback)
    },
    clientStorage: {
      getAsync: (key: string): Promise<unknown> =>
        Promise.resolve(structuredClone(storage.get(key))),
      setAsync: (key: string, value: unknown): Promise<void> => {
        storage.set(key, structuredClone(value))
        return Promise.resolve()
      },
    },
  })
  return {
    figma,
    notices,
    storage,
    selectionChanged: () => {
      for (const listener of selectionListeners) listener()
    },
  }
}
