import { existsSync, readFileSync } from 'node:fs'
import { createContext, runInContext } from 'node:vm'

import { beforeEach, describe, expect, test } from 'vitest'

import { workshopCanvases } from '../src/canvas/canvas-catalog'
import { withRelaunchTexts } from '../src/canvas/relaunch-texts'
import { translator } from '../src/locale/translator'
import type { OperationFailure } from '../src/model/plugin-messages'
import { operationFailureText } from '../src/ui/operation-failure'
import { createFakeFigJam, type FakeFigJam } from './fake-figjam/fake-figjam'

const mainBundle = new URL('../build/main.js', import.meta.url)

type Posted = [string, ...unknown[]]

/**
 * Runs the built main thread (build/main.js, as FigJam loads it) on the in-memory FigJam, with a
 * stand-in for the panel: messages go in through `figma.ui.onmessage` and come out of
 * `figma.ui.postMessage`, in create-figma-plugin's `[name, payload]` envelope.
 */
class MainThreadHarness {
  readonly figma: FakeFigJam = createFakeFigJam()
  readonly posted: Posted[] = []
  readonly notices: string[] = []
  private onMessage: ((message: unknown) => void) | undefined

  constructor() {
    const ui = { postMessage: (message: Posted) => this.posted.push(message) }
    Object.defineProperty(ui, 'onmessage', {
      set: (handler: (message: unknown) => void) => {
        this.onMessage = handler
      },
    })
    const storage = new Map<string, unknown>()
    const extras: Record<string, unknown> = {
      command: '',
      ui,
      showUI: () => undefined,
      on: () => undefined,
      notify: (message: string) => this.notices.push(message),
      clientStorage: {
        getAsync: (key: string) => Promise.resolve(storage.get(key)),
        setAsync: (key: string, value: unknown) => Promise.resolve(void storage.set(key, value)),
      },
    }
    const fake = this.figma
    const figma = new Proxy(fake, {
      get(target, property): unknown {
        if (typeof property === 'string' && property in extras) return extras[property]
        const value: unknown = Reflect.get(target, property, target)
        return typeof value === 'function' ? (value.bind(target) as unknown) : value
      },
      set(target, property, value) {
        return Reflect.set(target, property, value, target)
      },
    })
    const context = createContext({ figma, __html__: '<html></html>', console, setTimeout })
    runInContext(readFileSync(mainBundle, 'utf8'), context)
  }

  /** Sends a panel message, as the panel's `emit` does. */
  post(name: string, payload: unknown): void {
    if (this.onMessage === undefined) throw new Error('the main thread is not listening')
    this.onMessage([name, payload])
  }

  /** Sends a panel message and waits for the main thread's next answer. */
  async sendAsync(name: string, payload: unknown): Promise<Posted> {
    const before = this.posted.length
    this.post(name, payload)
    for (let tries = 0; tries < 200 && this.posted.length === before; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    const answer = this.posted[before]
    if (answer === undefined) throw new Error(`no answer to ${name}`)
    return answer
  }
}

const kit = () =>
  withRelaunchTexts({
    canvases: workshopCanvases.map((definition) => ({ definition, notes: [] })),
    connectors: [],
  })

/**
 * The bundle as FigJam runs it: main.ts wiring `figma` and create-figma-plugin's messaging to
 * `startPlugin` (whose behaviour test/start-plugin.test.ts covers on the in-memory FigJam).
 */
describe.skipIf(!existsSync(mainBundle))('the built main thread on the in-memory FigJam', () => {
  let main: MainThreadHarness

  beforeEach(() => {
    main = new MainThreadHarness()
  })

  test('opens the panel on the templates tab with the selection count', async () => {
    const [name, payload] = await main.sendAsync('UI_READY', {})
    expect(name).toBe('PANEL_OPENED')
    expect(payload).toMatchObject({ tab: 'templates', canvasId: null, selectionCount: 0 })
  })

  test('places the workshop kit and reads it back', async () => {
    const [placed, placedPayload] = await main.sendAsync('PLACE_CANVASES', kit())
    expect(placed).toBe('CANVASES_PLACED')
    expect(placedPayload).toMatchObject({
      canvases: workshopCanvases.map((definition) => ({ templateId: definition.id })),
    })
    const [read, readPayload] = await main.sendAsync('READ_BOARD', { scope: 'page' })
    expect(read).toBe('BOARD_READ')
    expect(readPayload).toMatchObject({
      board: { canvases: workshopCanvases.map((definition) => ({ templateId: definition.id })) },
    })
  })

  test('reports a message name it has no handler for', async () => {
    await main.sendAsync('UI_READY', {})
    expect(() => {
      main.post('PLACE_CANVAS', kit())
    }).toThrow('No event handler with name `PLACE_CANVAS`')
  })

  test('answers a failed operation with its message name and why, and shows the notice the panel words', async () => {
    const [answer, payload] = await main.sendAsync('LINK_NOTES', {
      fromNoteId: '9:9',
      toNoteId: '9:10',
    })
    expect(answer).toBe('OPERATION_FAILED')
    expect(payload).toMatchObject({ operation: 'LINK_NOTES', notify: true })
    const text = operationFailureText(translator('pt'), payload as OperationFailure)
    expect(text).toMatch(/^Falha ao ligar as notas adesivas: A nota adesiva 9:9/)
    expect(main.notices).toEqual([])
    main.post('NOTIFY', { text, error: true })
    expect(main.notices.at(-1)).toBe(text)
  })
})
