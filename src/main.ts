import { emit, on, showUI } from '@create-figma-plugin/utilities'

import { startPlugin } from './board/start-plugin'

export default function (): void {
  startPlugin(figma, { showUI, emit, on })
}
