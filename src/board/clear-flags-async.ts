import type { FigJamPort } from './figjam-port'
import { findFlagNodes } from './find-flag-nodes'

/**
 * Removes every flag the plugin drew on the current page (plugin data role `flag`, see
 * `findFlagNodes`), as one undo step; stickies, sections and labels stay as they are.
 * @returns how many flags were removed.
 */
export function clearFlagsAsync(figma: FigJamPort): Promise<{ removedCount: number }> {
  return new Promise((resolve) => {
    const flags = findFlagNodes(figma.currentPage)
    let removedCount = 0
    for (const flag of flags) {
      if (!flag.removed) {
        flag.remove()
        removedCount += 1
      }
    }
    if (removedCount > 0) {
      figma.commitUndo()
    }
    resolve({ removedCount })
  })
}
