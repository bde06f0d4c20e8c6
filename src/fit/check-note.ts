import type { FitRole } from '../canvas/canvas-definition'
import type { MessageKey } from '../locale/catalogues'
import type { Area, Canvas, Note } from '../model/board'
import type { BoardAreaRef } from './cross-canvas-fit-rules'
import type { AreaPartners, CanvasFitContext, FitContext } from './fit-context'
import { type FitRule, fitRules, isMismatchedLink } from './fit-rules'
import { describeAreas, roleWord } from './fit-wording'
import type { IndexedNote } from './note-index'
import { quoteNote } from './quote-note'

/** The `fit` catalogue's sentence of each fit rule's finding: none linked, none from `areas`. */
const WORDING = {
  'unanswered-pain': ['fit.unansweredPain', 'fit.unansweredPainFromAreas'],
  'unanswered-gain': ['fit.unansweredGain', 'fit.unansweredGainFromAreas'],
  'unused-pain-reliever': ['fit.unusedPainReliever', 'fit.unusedPainRelieverInAreas'],
  'unused-gain-creator': ['fit.unusedGainCreator', 'fit.unusedGainCreatorInAreas'],
} as const satisfies Record<FitRule['unansweredCode' | 'unusedCode'], [MessageKey, MessageKey]>

/** A fit rule's finding about `note` in `area`, naming `areas` when they are the only answers. */
function fitRuleMessage(
  { board, t }: CanvasFitContext,
  code: keyof typeof WORDING,
  note: Note,
  area: Area,
  areas: readonly BoardAreaRef[],
): string {
  const [none, fromAreas] = WORDING[code]
  const said = { note: quoteNote(note.text), area: area.title }
  return areas.length === 0
    ? t(none, said)
    : t(fromAreas, { ...said, areas: describeAreas(areas, board, t) })
}

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
  context: CanvasFitContext,
  note: Note,
  area: Area,
  canvas: Canvas,
  { answeringAreas, answeredAreas, awaitsAnswers, awaitsNeeds }: AreaPartners,
): boolean {
  const { findings } = context
  let answered = true
  for (const rule of fitRules) {
    if (
      rule.need === area.role &&
      !linksTo(context, note, canvas, rule.answer) &&
      !linksToAreas(context, note, canvas, answeringAreas)
    ) {
      answered = false
      if (awaitsAnswers === undefined) {
        findings.add(
          rule.unansweredCode,
          fitRuleMessage(context, rule.unansweredCode, note, area, answeringAreas),
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
      findings.add(
        rule.unusedCode,
        fitRuleMessage(context, rule.unusedCode, note, area, answeredAreas),
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
function checkMismatchedLinks(
  context: CanvasFitContext,
  note: Note,
  area: Area,
  canvas: Canvas,
): void {
  const { index, partners, reportedPairs, findings, t } = context
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
    const answers = fitRules.some((rule) => rule.answer === area.role)
    findings.add(
      'mismatched-link',
      t(answers ? 'fit.mismatchedAnswer' : 'fit.mismatchedNeed', {
        note: quoteNote(note.text),
        area: area.title,
        other: quoteNote(other.note.text),
        otherArea: other.area?.title ?? '',
        role: roleWord(area.role),
        otherRole: roleWord(roleOf(other)),
      }),
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
  context: CanvasFitContext,
  note: Note,
  area: Area,
  canvas: Canvas,
  areaPartners: AreaPartners,
): boolean {
  const answered = checkFitRules(context, note, area, canvas, areaPartners)
  checkMismatchedLinks(context, note, area, canvas)
  return answered
}
