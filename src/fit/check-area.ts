import { chooseAtLeastOne } from '../canvas/cross-canvas-rules'
import type { Area, Canvas } from '../model/board'
import type { AreaPartners, FitContext } from './fit-context'
import { fitRoleNames, fitRules } from './fit-rules'
import { methodCanvasTitle } from './fit-wording'

/**
 * Templates whose areas a team chooses among (`chooseAtLeastOne`: the business goals, method
 * source business-value-of-apis.md): an empty area there is info, not a warning.
 */
const chosenAmongAreas = new Set(chooseAtLeastOne.map((requirement) => requirement.templateId))

/**
 * Adds `empty-area` for an area with no stickies whose section is on the board (a deleted
 * section has its read problem already): info on a canvas whose areas a team chooses among.
 */
export function checkEmptyArea({ findings }: FitContext, area: Area, canvas: Canvas): void {
  if (area.notes.length > 0 || area.sectionId === null) return
  const optional = chosenAmongAreas.has(canvas.templateId)
  const message = optional
    ? `Area “${area.title}” has no stickies: fine if the team does not pursue it, as one area of this canvas is enough.`
    : `Area “${area.title}” has no stickies yet.`
  findings.add('empty-area', message, canvas.id, area.id, [], optional ? 'info' : 'warning')
}

/**
 * Adds one `cross-canvas-skipped` finding for an area whose answers, or whose needs, are on a
 * method canvas that is not on the board, naming that canvas.
 */
export function checkWaitingArea(
  { findings }: FitContext,
  area: Area,
  canvas: Canvas,
  { awaitsAnswers, awaitsNeeds }: AreaPartners,
): void {
  const role = fitRoleNames[area.role].many
  const noteIds = (): string[] => area.notes.map((note) => note.id)
  if (awaitsAnswers !== undefined) {
    findings.add(
      'cross-canvas-skipped',
      `Nothing on the board can answer the ${role} in “${area.title}” yet: they are answered on the ${methodCanvasTitle(awaitsAnswers, canvas)}, which is not on the board. Place it to check their fit.`,
      canvas.id,
      area.id,
      noteIds(),
    )
  }
  if (awaitsNeeds !== undefined) {
    const needs = fitRules
      .filter((rule) => rule.answer === area.role)
      .map((rule) => fitRoleNames[rule.need].many)
      .join(' and ')
    findings.add(
      'cross-canvas-skipped',
      `The ${role} in “${area.title}” answer ${needs || 'notes'} on the ${methodCanvasTitle(awaitsNeeds, canvas)}, which is not on the board. Place it to check their fit.`,
      canvas.id,
      area.id,
      noteIds(),
    )
  }
}
