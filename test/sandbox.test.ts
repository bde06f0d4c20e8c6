import { existsSync, readFileSync } from 'node:fs'

import { getQuickJS, type QuickJSContext } from 'quickjs-emscripten'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'

const mainJs = new URL('../build/main.js', import.meta.url)
const built = existsSync(mainJs)
if (!built) {
  console.warn('sandbox.test.ts: build/main.js is absent, so the bundle was not run in QuickJS.')
}

/**
 * The least of FigJam's main-thread globals the plugin's start-up and panel handshake touch:
 * `figma` (an empty page, a viewport, client storage, `showUI`, `ui.postMessage`, `on`, `notify`)
 * and `__html__`, plus `console` and `setTimeout` as the sandbox has them. No `window`, no
 * `document`, no `require`, no `process`: the bundle must not need them. What the plugin does is
 * recorded in `__record`.
 */
const STAND_IN = String.raw`
globalThis.__record = { posted: [], showUI: [], events: [], notices: [], logs: [] }
globalThis.__handlers = {}
globalThis.__html__ = '<div id="panel"></div>'
globalThis.console = {
  log: (...parts) => __record.logs.push(parts.map(String).join(' ')),
  warn: (...parts) => __record.logs.push(parts.map(String).join(' ')),
  error: (...parts) => __record.logs.push(parts.map(String).join(' ')),
}
globalThis.setTimeout = (callback) => { Promise.resolve().then(callback); return 0 }
const storage = {}
const page = {
  type: 'PAGE',
  id: '0:1',
  name: 'Page 1',
  children: [],
  selection: [],
  findAllWithCriteria: () => [],
  appendChild: () => { throw new Error('the stand-in page is read-only') },
}
globalThis.figma = {
  editorType: 'figjam',
  command: '',
  skipInvisibleInstanceChildren: false,
  currentPage: page,
  viewport: { center: { x: 0, y: 0 }, zoom: 1, bounds: { x: -720, y: -450, width: 1440, height: 900 } },
  clientStorage: {
    getAsync: (key) => Promise.resolve(storage[key]),
    setAsync: (key, value) => { storage[key] = value; return Promise.resolve() },
  },
  showUI: (html, options) => { __record.showUI.push({ html: typeof html, options }) },
  ui: { onmessage: undefined, postMessage: (message) => { __record.posted.push(message) } },
  on: (event, callback) => { __record.events.push(event); __handlers[event] = callback },
  notify: (message) => { __record.notices.push(message) },
  commitUndo: () => {},
  loadFontAsync: () => Promise.reject(new Error('no fonts in the stand-in')),
  getNodeByIdAsync: () => Promise.resolve(null),
}
`

type Posted = [string, unknown]

interface Record {
  posted: Posted[]
  showUI: { html: string; options: { width: number; height: number } }[]
  events: string[]
  notices: string[]
  logs: string[]
}

describe.skipIf(!built)('build/main.js in QuickJS', () => {
  let vm: QuickJSContext

  const run = (code: string, file: string): void => {
    const result = vm.evalCode(code, file)
    if (result.error) {
      const error: unknown = vm.dump(result.error)
      result.error.dispose()
      throw new Error(`${file} failed in QuickJS: ${JSON.stringify(error)}`)
    }
    result.value.dispose()
    vm.runtime.executePendingJobs()
  }

  const record = (): Record => {
    const handle = vm.getProp(vm.global, '__record')
    const value = vm.dump(handle) as Record
    handle.dispose()
    return value
  }

  const fromPanel = (name: string, payload: unknown): Posted[] => {
    const before = record().posted.length
    run(`figma.ui.onmessage(${JSON.stringify([name, payload])})`, `message ${name}`)
    return record().posted.slice(before)
  }

  beforeEach(async () => {
    vm = (await getQuickJS()).newContext()
    run(STAND_IN, 'stand-in.js')
    run(readFileSync(mainJs, 'utf8'), 'build/main.js')
  })

  afterEach(() => {
    vm.dispose()
  })

  test('starts: opens the panel, listens to the panel and to selection changes', () => {
    const started = record()
    expect(
      started.showUI.map(({ html, options }) => [html, options.width, options.height]),
    ).toEqual([['string', 360, 560]])
    expect(started.events).toEqual(['selectionchange'])
    expect(started.posted).toEqual([])
    expect(started.logs).toEqual([])
    run('__record.skip = figma.skipInvisibleInstanceChildren', 'read flag')
    expect(record()).toMatchObject({ skip: true })
  })

  test('answers the panel: opened, settings remembered, an empty board read', () => {
    expect(fromPanel('UI_READY', {})).toEqual([
      ['PANEL_OPENED', { tab: 'templates', canvasId: null, settings: {}, selectionCount: 0 }],
    ])
    expect(fromPanel('SAVE_SETTINGS', { settings: { scope: 'page' } })).toEqual([])
    expect(fromPanel('UI_READY', {})).toEqual([
      [
        'PANEL_OPENED',
        { tab: 'templates', canvasId: null, settings: { scope: 'page' }, selectionCount: 0 },
      ],
    ])
    expect(fromPanel('READ_BOARD', { scope: 'page' })).toEqual([
      ['BOARD_READ', { board: { schemaVersion: 1, canvases: [], problems: [] }, scope: 'page' }],
    ])
  })

  test('turns a failed operation into a failure the facilitator can read', () => {
    const [failure] = fromPanel('LINK_NOTES', { fromNoteId: '9:9', toNoteId: '9:10' })
    expect(failure?.[0]).toBe('OPERATION_FAILED')
    expect(failure?.[1]).toMatchObject({
      operation: 'LINK_NOTES',
      reason: { key: 'board.linkStickyGone', values: { id: '9:9' } },
      notify: true,
    })
    expect(record().notices).toHaveLength(0)
    expect(fromPanel('NOTIFY', { text: 'Linking the stickies failed', error: true })).toEqual([])
    expect(record().notices).toHaveLength(1)
  })

  test('reports selection changes', () => {
    run('figma.currentPage.selection = [{}, {}]; __handlers.selectionchange()', 'select')
    expect(record().posted).toEqual([['SELECTION_CHANGED', { selectionCount: 2 }]])
  })
})
