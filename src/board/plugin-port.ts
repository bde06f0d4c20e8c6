import type { emit, on, showUI } from '@create-figma-plugin/utilities'

import type { MainToUiHandler, UiToMainHandler } from '../model/plugin-messages'
import type { FigJamPort } from './figjam-port'

/**
 * What the main thread uses of Figma's plugin API beyond the board: the command it was started
 * with (a relaunch button's key, or `''`), notices, `clientStorage` and the `selectionchange`
 * event. Every member is picked from `@figma/plugin-typings`, so the `figma` global is a
 * `PluginPort` as it is.
 */
export interface PluginPort extends FigJamPort, Pick<PluginAPI, 'command' | 'notify' | 'on'> {
  readonly clientStorage: Pick<ClientStorageAPI, 'getAsync' | 'setAsync'>
}

/**
 * The panel as the main thread sees it: create-figma-plugin's `showUI`, and its `emit` and `on`
 * narrowed to the messages of src/model/plugin-messages.ts (main sends `MainToUiHandler`s and
 * listens for `UiToMainHandler`s). The library's own functions fit it as they are.
 */
export interface PanelChannel {
  showUI: typeof showUI
  emit: <H extends MainToUiHandler>(
    name: H['name'],
    ...payload: Parameters<H['handler']>
  ) => ReturnType<typeof emit>
  on: <H extends UiToMainHandler>(name: H['name'], handler: H['handler']) => ReturnType<typeof on>
}
