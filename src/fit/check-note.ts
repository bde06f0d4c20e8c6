import type { FitRole } from '../canvas/canvas-definition'
import type { Area, Canvas, Note } from '../model/board'
import type { BoardAreaRef } from './cross-canvas-fit-rules'
import type { AreaPartners, FitContext } from './fit-context'
import { fitRoleNames, fitRules, isMismatchedLink } from './fit-rules'
import { describeAreas, mismatchReason, sentenceStarts, whereIs } from './fit-wording'
import type { IndexedNote } from './note-index'

const roleOf = (entry: IndexedNote): FitRole => entry.area?.role ?? 'context'

/** True when `note` links to a note of `role` on its own canvas. */
function linksTo({ index }: FitContext, note: Note, canvas: Canvas, role: FitRole): boolean {
  for (const link of note.links) {
    const other = index.find(link.noteId, canvas)
    if (other !== undefined && other.canvas.id === canvas.id && roleOf(other) === role) {
      return true
    }
  }
  return false
}

/** True when `note` links to a note in one of `areas`. */
function linksToAreas(
  { index }: FitContext,
  note: Note,
  canvas: Canvas,
  areas: readonly BoardAreaRef[],
): boolean {
  if (areas.length === 0) return false
  for (const link of note.links) {
    const other = index.find(link.noteId, canvas)
    if (other?.area == null) continue
    for (const ref of areas) {
      if (ref.canvasId === other.canvas.id && ref.areaId === other.area.id) return true
    }
  }
  return false
}

/**
 * Adds the fit rules' findings of one note: `unanswered-*` for a need no answer is linked to
 * (unless its answers' canvas is not on the board), `unused-*` for an answer linked to no need.
 * Returns false when the note is a need left unanswered.
 */
function checkFitRules(
  context: FitContext,
  note: Note,
  area: Area,
  canvas: Canvas,
  { answeringAreas, answeredAreas, awaitsAnswers, awaitsNeeds }: AreaPartners,
): boolean {
  const { board, findings } = context
  let answered = true
  for (const rule of fitRules) {
    if (
      rule.need === area.role &&
      !linksTo(context, note, canvas, rule.answer) &&
      !linksToAreas(context, note, canvas, answeringAreas)
    ) {
      answered = false
      if (awaitsAnswers === undefined) {
        const missing =
          answeringAreas.length === 0
            ? `no ${fitRoleNames[rule.answer].one}`
            : `nothing from ${describeAreas(answeringAreas, board)}`
        findings.add(
          rule.unansweredCode,
          `${sentenceStarts[rule.need]} ${whereIs(note, area)} has ${missing} linked to it.`,
          canvas.id,
          area.id,
          [note.id],
        )
      }
    }
    if (
      rule.answer === area.role &&
      !linksTo(context, note, canvas, rule.need) &&
      !linksToAreas(context, note, canvas, answeredAreas) &&
      awaitsNeeds === undefined
    ) {
      const missing =
        answeredAreas.length === 0
          ? `no ${fitRoleNames[rule.need].one}`
          : `nothing in ${describeAreas(answeredAreas, board)}`
      findings.add(
        rule.unusedCode,
        `${sentenceStarts[rule.answer]} ${whereIs(note, area)} is linked to ${missing}, so it may create no value.`,
        canvas.id,
        area.id,
        [note.id],
      )
    }
  }
  return answered
}

/**
 * Adds a `mismatched-link` finding for each link of `note` to a kind it does not answer (and
 * that no cross-canvas rule pairs it with), once per pair of notes.
 */
function checkMismatchedLinks(context: FitContext, note: Note, area: Area, canvas: Canvas): void {
  const { index, partners, reportedPairs, findings } = context
  for (const link of note.links) {
    const other = index.find(link.noteId, canvas)
    if (other === undefined || !isMismatchedLink(area.role, roleOf(other))) continue
    if (
      other.area !== null &&
      partners.pairs(
        { canvasId: canvas.id, areaId: area.id },
        { canvasId: other.canvas.id, areaId: other.area.id },
      )
    ) {
      continue
    }
    const pair = note.id < link.noteId ? `${note.id} ${link.noteId}` : `${link.noteId} ${note.id}`
    if (reportedPairs.has(pair)) continue
    reportedPairs.add(pair)
    findings.add(
      'mismatched-link',
      `${whereIs(note, area)} is linked to ${whereIs(other.note, other.area)}, but ${mismatchReason(area.role, roleOf(other))}.`,
      canvas.id,
      area.id,
      [note.id, other.note.id],
    )
  }
}

/**
 * Adds the findings of one note in an area of a fit role (`checkFitRules`, then
 * `checkMismatchedLinks`). Returns false when the note is a pain or gain left unanswered.
 */
export function checkNote(
  context: FitContext,
  note: Note,
  area: Area,
  canvas: Canvas,
  areaPartners: AreaPartners,
): boolean {
  const answered = checkFitRules(context, note, area, canvas, areaPartners)
  checkMismatchedLinks(context, note, area, canvas)
  return answered
}
