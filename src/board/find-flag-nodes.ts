import type { PortPage, PortSceneNode, PortShapeWithText, PortText } from './figjam-port'
import { PLUGIN_DATA_KEYS, readMarker } from './plugin-data'

/**
 * Every flag the plugin drew on the page (a shape or text with plugin data role `flag`),
 * wherever people moved it: at page level, inside any section, group or frame. Nodes deleted
 * during the search are skipped.
 */
export function findFlagNodes(page: Pick<PortPage, 'children'>): (PortShapeWithText | PortText)[] {
  const flags: (PortShapeWithText | PortText)[] = []
  const visit = (children: readonly PortSceneNode[]): void => {
    for (const node of children) {
      try {
        const { type } = node
        if (type === 'SECTION' || type === 'GROUP' || type === 'FRAME') {
          visit(node.children)
        } else if (
          (type === 'SHAPE_WITH_TEXT' || type === 'TEXT') &&
          readMarker(node, PLUGIN_DATA_KEYS.role) === 'flag'
        ) {
          flags.push(node)
        }
      } catch {
        // Deleted meanwhile: nothing left to find.
      }
    }
  }
  visit(page.children)
  return flags
}
