import type { emit, on, showUI } from '@create-figma-plugin/utilities'

import type { MainToUiHandler, UiToMainHandler } from '../model/plugin-messages'
import type {
  RunSelfTestHandler,
  SelfTestDoneHandler,
  SelfTestPanelReadyHandler,
  SelfTestStartedHandler,
} from '../model/self-test-report'
import type { FigJamPort, PortPage, PortPageEvents } from './figjam-port'

/**
 * What the main thread uses of Figma's plugin API beyond `FigJamPort` (which has the command it
 * was started with): notices, `clientStorage`, the `selectionchange` and `timerdone` events,
 * and FigJam's timer (`timer`, undefined outside FigJam). Every member is picked from
 * `@figma/plugin-typings`, so the `figma` global is a `PluginPort` as it is.
 */
export interface PluginPort extends FigJamPort, Pick<PluginAPI, 'notify' | 'on' | 'timer'> {
  readonly clientStorage: Pick<ClientStorageAPI, 'getAsync' | 'setAsync'>
  /** The page, with its `nodechange` events for the live fit. */
  readonly currentPage: PortPage & PortPageEvents
}

/** Every message the main thread sends the panel. */
export type MainThreadSends = MainToUiHandler | SelfTestStartedHandler | SelfTestDoneHandler
/** Every message the main thread listens for. */
export type MainThreadHears = UiToMainHandler | RunSelfTestHandler | SelfTestPanelReadyHandler

/**
 * The panel as the main thread sees it: create-figma-plugin's `showUI`, and its `emit` and `on`
 * narrowed to the messages of src/model/plugin-messages.ts and the self-test's
 * (src/model/self-test-report.ts). The library's own functions fit it as they are.
 */
export interface PanelChannel {
  showUI: typeof showUI
  emit: <H extends MainThreadSends>(
    name: H['name'],
    ...payload: Parameters<H['handler']>
  ) => ReturnType<typeof emit>
  on: <H extends MainThreadHears>(name: H['name'], handler: H['handler']) => ReturnType<typeof on>
}
