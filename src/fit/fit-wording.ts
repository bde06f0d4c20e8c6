import type { FitRole } from '../canvas/canvas-definition'
import { joinList } from '../locale/list-format'
import type { Locale } from '../locale/locales'
import type { Translator } from '../locale/translator'
import { findMethodCanvasDefinition } from '../method/method-canvases'
import { methodTemplateId } from '../method/method-template-id'
import type { Board } from '../model/board'
import type { BoardAreaRef } from './cross-canvas-fit-rules'

/**
 * A fit role as the `select` value of the `fit` catalogue's messages, which name each role in
 * the words of the method's localised canvases (`pain` → "Kipupiste", "Problem"…).
 */
export const roleWord = (role: FitRole): string =>
  role === 'pain-reliever' ? 'painReliever' : role === 'gain-creator' ? 'gainCreator' : role

/** Title of a method canvas in `locale` (the method data's localised title), else its id. */
export function methodCanvasTitle(methodCanvasId: string, locale: Locale): string {
  try {
    return (
      findMethodCanvasDefinition(methodTemplateId(methodCanvasId, locale))?.title ?? methodCanvasId
    )
  } catch {
    return methodCanvasId
  }
}

/**
 * `“Pain relieving features” on “Acme – API Value Proposition”`, several joined as the locale
 * joins alternatives (`joinList`, disjunction: "A or B").
 */
export function describeAreas(refs: readonly BoardAreaRef[], board: Board, t: Translator): string {
  const named = refs.map((ref) => {
    const canvas = board.canvases.find((candidate) => candidate.id === ref.canvasId)
    const area = canvas?.areas.find((candidate) => candidate.id === ref.areaId)
    return t('fit.areaOnCanvas', {
      area: area?.title ?? ref.areaId,
      canvas: canvas?.title ?? ref.canvasId,
    })
  })
  return joinList(t, named, 'disjunction')
}
