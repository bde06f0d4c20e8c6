import { emit, on, showUI } from '@create-figma-plugin/utilities'

import { startPlugin, startSelfTest } from './board/start-plugin'

/** The plugin, its "Open API Canvas" menu command and its relaunch buttons. */
export default function (): void {
  startPlugin(figma, { showUI, emit, on })
}

/** The menu command "Run FigJam self-test". */
export function runSelfTest(): void {
  startSelfTest(figma, { showUI, emit, on })
}
