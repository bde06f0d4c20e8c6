import { chooseAtLeastOne } from '../canvas/cross-canvas-rules'
import type { Area, Canvas } from '../model/board'
import type { AreaPartners, CanvasFitContext } from './fit-context'
import { methodCanvasTitle, roleWord } from './fit-wording'

/**
 * Templates whose areas a team chooses among (`chooseAtLeastOne`: the business goals, method
 * source business-value-of-apis.md): an empty area there is info, not a warning.
 */
const chosenAmongAreas = new Set(chooseAtLeastOne.map((requirement) => requirement.templateId))

/**
 * Adds `empty-area` for an area with no stickies whose section is on the board (a deleted
 * section has its read problem already): info on a canvas whose areas a team chooses among.
 */
export function checkEmptyArea(
  { findings, t }: CanvasFitContext,
  area: Area,
  canvas: Canvas,
): void {
  if (area.notes.length > 0 || area.sectionId === null) return
  const optional = chosenAmongAreas.has(canvas.templateId)
  const message = optional
    ? t('fit.emptyOptionalArea', { area: area.title })
    : t('fit.emptyArea', { area: area.title })
  findings.add('empty-area', message, canvas.id, area.id, [], optional ? 'info' : 'warning')
}

/**
 * Adds one `cross-canvas-skipped` finding for an area whose answers, or whose needs, are on a
 * method canvas that is not on the board, naming that canvas in the canvas's language.
 */
export function checkWaitingArea(
  { findings, t }: CanvasFitContext,
  area: Area,
  canvas: Canvas,
  { awaitsAnswers, awaitsNeeds }: AreaPartners,
): void {
  const role = roleWord(area.role)
  const noteIds = (): string[] => area.notes.map((note) => note.id)
  if (awaitsAnswers !== undefined) {
    findings.add(
      'cross-canvas-skipped',
      t('fit.awaitsAnswers', {
        role,
        area: area.title,
        canvas: methodCanvasTitle(awaitsAnswers, t.locale),
      }),
      canvas.id,
      area.id,
      noteIds(),
    )
  }
  if (awaitsNeeds !== undefined) {
    findings.add(
      'cross-canvas-skipped',
      t('fit.awaitsNeeds', {
        role,
        area: area.title,
        canvas: methodCanvasTitle(awaitsNeeds, t.locale),
      }),
      canvas.id,
      area.id,
      noteIds(),
    )
  }
}
