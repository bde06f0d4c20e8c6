import type { PortPage, PortSceneNode, PortShapeWithText, PortText } from './figjam-port'
import { PLUGIN_DATA_KEYS } from './plugin-data'

/**
 * Every flag the plugin drew on the page (a shape or text with plugin data role `flag`),
 * wherever people moved it: at page level, inside any section or in a group. Nodes deleted
 * during the search are skipped.
 */
export function findFlagNodes(page: Pick<PortPage, 'children'>): (PortShapeWithText | PortText)[] {
  const flags: (PortShapeWithText | PortText)[] = []
  const visit = (children: readonly PortSceneNode[]): void => {
    for (const node of children) {
      try {
        const { type } = node
        if (type === 'SECTION' || type === 'GROUP') {
          visit(node.children)
        } else if (
          (type === 'SHAPE_WITH_TEXT' || type === 'TEXT') &&
          node.getPluginData(PLUGIN_DATA_KEYS.role) === 'flag'
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
