import type { FigJamPort } from './figjam-port'
import { PLUGIN_DATA_KEYS, readMarker } from './plugin-data'

/**
 * The id of the first selected section that is a plugin canvas, or null. A relaunch button on a
 * canvas section runs the plugin with that section selected.
 */
export function findSelectedCanvasId(figma: Pick<FigJamPort, 'currentPage'>): string | null {
  for (const node of figma.currentPage.selection) {
    if (node.type === 'SECTION' && readMarker(node, PLUGIN_DATA_KEYS.role) === 'canvas') {
      return node.id
    }
  }
  return null
}
