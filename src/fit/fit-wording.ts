import type { FitRole } from '../canvas/canvas-definition'
import { findMethodCanvasDefinition } from '../method/method-canvases'
import { methodTemplateId, parseMethodTemplateId } from '../method/method-template-id'
import type { Area, Board, Canvas, Note } from '../model/board'
import type { BoardAreaRef } from './cross-canvas-fit-rules'
import { fitRoleNames, fitRules } from './fit-rules'
import { quoteNote } from './quote-note'

/** How a finding's sentence names one note of a role: `Pain`, `Gain creator`… */
export const sentenceStarts = Object.fromEntries(
  Object.entries(fitRoleNames).map(([role, names]) => [
    role,
    names.one.charAt(0).toUpperCase() + names.one.slice(1),
  ]),
) as Readonly<Record<FitRole, string>>

/** Why a link from a `role` note to an `other` note answers nothing: "pains are answered by…". */
export function mismatchReason(role: FitRole, other: FitRole): string {
  const answered = fitRules.filter((rule) => rule.answer === role).map((rule) => rule.need)
  if (answered.length > 0) {
    const needs = answered.map((need) => fitRoleNames[need].many).join(' and ')
    return `${fitRoleNames[role].many} answer ${needs}, not ${fitRoleNames[other].many}`
  }
  const answerers = fitRules.filter((rule) => rule.need === role).map((rule) => rule.answer)
  const answers = answerers.map((answer) => fitRoleNames[answer].many).join(' and ')
  return `${fitRoleNames[role].many} are answered by ${answers}, not by ${fitRoleNames[other].many}`
}

/** Title of a method canvas in the locale of `near` (a method canvas on the board), else its id. */
export function methodCanvasTitle(methodCanvasId: string, near: Canvas): string {
  const locale = parseMethodTemplateId(near.templateId)?.locale ?? 'en'
  try {
    return (
      findMethodCanvasDefinition(methodTemplateId(methodCanvasId, locale))?.title ?? methodCanvasId
    )
  } catch {
    return methodCanvasId
  }
}

/** `“Pain relieving features” on “Acme – API Value Proposition”`, joined with `or`. */
export function describeAreas(refs: readonly BoardAreaRef[], board: Board): string {
  return refs
    .map((ref) => {
      const canvas = board.canvases.find((candidate) => candidate.id === ref.canvasId)
      const area = canvas?.areas.find((candidate) => candidate.id === ref.areaId)
      return `“${area?.title ?? ref.areaId}” on “${canvas?.title ?? ref.canvasId}”`
    })
    .join(' or ')
}

/** `“Card data must not…” in “Pains”`: a note quoted with the title of its area. */
export const whereIs = (note: Note, area: Area | null): string =>
  `${quoteNote(note.text)} in “${area?.title ?? ''}”`
