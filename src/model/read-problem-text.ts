import type { MessageKey } from '../locale/catalogues'
import type { ReadProblem } from './board'
import type { Translate } from './board-text'

/** The sentence of each read problem code, from the `board` part (one from `export`). */
const PROBLEM_KEYS = {
  'area-section-missing': 'board.problemAreaSectionMissing',
  'canvas-moved': 'board.problemCanvasMoved',
  'unknown-template': 'board.problemNoTemplateData',
  'unknown-area': 'board.problemUnknownArea',
  'node-removed': 'board.problemNodesRemoved',
  'tag-not-linked': 'board.problemLabelTag',
  'retired-section': 'export.retiredSection',
} as const satisfies Record<ReadProblem['code'], MessageKey>

/**
 * A read problem as a sentence in the language of `t`, from its code and `values`:
 * `node-removed` without a `count` is a whole canvas deleted during the read, `tag-not-linked`
 * without a `tag` a sticky with too many tags. A problem without values (an export of an earlier
 * version), or with values its sentence cannot use (a hand-edited export), reads as its English
 * `message`, else as its code.
 */
export function readProblemText(problem: ReadProblem, t: Translate): string {
  const { code, values } = problem
  if (values !== undefined) {
    const key =
      code === 'node-removed' && values.count === undefined
        ? 'board.problemCanvasGone'
        : code === 'tag-not-linked' && values.tag === undefined
          ? 'board.problemManyTags'
          : PROBLEM_KEYS[code]
    try {
      return t(key, values as Readonly<Record<string, string | number>>)
    } catch {
      // Values that do not fill the sentence: the English message, as the file gave it.
    }
  }
  return problem.message ?? code
}
