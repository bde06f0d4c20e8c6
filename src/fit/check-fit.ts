import type { FitRole } from '../canvas/canvas-definition'
import { chooseAtLeastOne } from '../canvas/cross-canvas-rules'
import { findMethodCanvasDefinition } from '../method/method-canvases'
import { methodTemplateId, parseMethodTemplateId } from '../method/method-template-id'
import type { Area, Board, Canvas, Note, ReadProblem } from '../model/board'
import type { CheckResult, Finding, FindingCode, FitSummary, Severity } from '../model/findings'
import type { BoardAreaRef } from './cross-canvas-fit-rules'
import { crossCanvasPartners } from './cross-canvas-partners'
import { fitRoleNames, fitRules, isMismatchedLink } from './fit-rules'
import { type IndexedNote, indexNotes } from './note-index'
import { quoteNote } from './quote-note'

const severities = {
  'empty-area': 'warning',
  'unanswered-pain': 'error',
  'unanswered-gain': 'error',
  'unused-pain-reliever': 'warning',
  'unused-gain-creator': 'warning',
  'mismatched-link': 'warning',
  'stray-note': 'info',
  'read-problem': 'warning',
  'cross-canvas-skipped': 'info',
} as const satisfies Partial<Record<FindingCode, Severity>>

/** How a finding's sentence names one note of a role: `Pain`, `Gain creator`… */
const sentenceStarts = Object.fromEntries(
  Object.entries(fitRoleNames).map(([role, names]) => [
    role,
    names.one.charAt(0).toUpperCase() + names.one.slice(1),
  ]),
) as Readonly<Record<FitRole, string>>

/**
 * Templates whose areas a team chooses among (`chooseAtLeastOne`: the business goals, seed
 * business-value-of-apis.md): an empty area there is info, not a warning.
 */
const chosenAmongAreas = new Set(chooseAtLeastOne.map((requirement) => requirement.templateId))

const roleOf = (entry: IndexedNote): FitRole => entry.area?.role ?? 'context'

function mismatchReason(role: FitRole, other: FitRole): string {
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
function methodCanvasTitle(methodCanvasId: string, near: Canvas): string {
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
function describeAreas(refs: readonly BoardAreaRef[], board: Board): string {
  return refs
    .map((ref) => {
      const canvas = board.canvases.find((candidate) => candidate.id === ref.canvasId)
      const area = canvas?.areas.find((candidate) => candidate.id === ref.areaId)
      return `“${area?.title ?? ref.areaId}” on “${canvas?.title ?? ref.canvasId}”`
    })
    .join(' or ')
}

/**
 * Checks the fit of every canvas on the board (../shared/DOMAIN.md §1; rules in `fitRules`).
 * Pains and gains are answered by relievers and creators linked to them on the same canvas, and,
 * for method canvases, across canvases by `crossCanvasFitRules` (src/method/, DOMAIN.md §4):
 * when both canvases of a rule are on the board, a note in its `needs` area linked to a note in
 * its `answeredBy` area counts as answered and the answer as used. When the other canvas of a
 * rule is missing, its notes are not reported one by one: the waiting area gets one
 * `cross-canvas-skipped` finding (info) naming the canvas to place. Seed canvases pair with no
 * other canvas.
 *
 * Findings come canvas by canvas in board order: the canvas's read problems, then its areas in
 * fill order (`empty-area`, a waiting area's `cross-canvas-skipped`, then each note's findings in
 * reading order), then its stray notes. Read problems about canvases not on the board come last.
 * An area whose section was deleted gets no `empty-area`: its read problem
 * (`area-section-missing`) already says so. On a canvas whose areas a team chooses among (the
 * business goals), `empty-area` is info, not a warning.
 * A link is reported once per pair of notes. `fit` has one summary per canvas that has a pain or
 * a gain area, in board order: the canvas holding the pains and gains, wherever their answers are.
 */
export function checkFit(board: Board): CheckResult {
  const index = indexNotes(board)
  const partners = crossCanvasPartners(board)
  const findings: Finding[] = []
  const fit: FitSummary[] = []
  const reportedPairs = new Set<string>()
  const problemsByCanvas = new Map<string, ReadProblem[]>()
  for (const problem of board.problems) {
    const problems = problemsByCanvas.get(problem.canvasId) ?? []
    problems.push(problem)
    problemsByCanvas.set(problem.canvasId, problems)
  }

  const add = (
    code: keyof typeof severities,
    message: string,
    canvasId: string,
    areaId: string | null,
    noteIds: string[],
    severity: Severity = severities[code],
  ): void => {
    findings.push({ code, severity, message, canvasId, areaId, noteIds })
  }

  const addReadProblems = (canvasId: string): void => {
    for (const problem of problemsByCanvas.get(canvasId) ?? []) {
      add('read-problem', problem.message, problem.canvasId, problem.areaId, [])
    }
    problemsByCanvas.delete(canvasId)
  }

  const linksTo = (note: Note, canvas: Canvas, role: FitRole): boolean => {
    for (const link of note.links) {
      const other = index.find(link.noteId, canvas)
      if (other !== undefined && other.canvas.id === canvas.id && roleOf(other) === role) {
        return true
      }
    }
    return false
  }

  const linksToAreas = (note: Note, canvas: Canvas, areas: readonly BoardAreaRef[]): boolean => {
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

  const addWaitingArea = (
    area: Area,
    canvas: Canvas,
    { awaitsAnswers: answersCanvas, awaitsNeeds: needsCanvas }: AreaPartners,
  ): void => {
    const role = fitRoleNames[area.role].many
    if (answersCanvas !== undefined) {
      add(
        'cross-canvas-skipped',
        `Nothing on the board can answer the ${role} in “${area.title}” yet: they are answered on the ${methodCanvasTitle(answersCanvas, canvas)}, which is not on the board. Place it to check their fit.`,
        canvas.id,
        area.id,
        area.notes.map((note) => note.id),
      )
    }
    if (needsCanvas !== undefined) {
      const needs = fitRules
        .filter((rule) => rule.answer === area.role)
        .map((rule) => fitRoleNames[rule.need].many)
        .join(' and ')
      add(
        'cross-canvas-skipped',
        `The ${role} in “${area.title}” answer ${needs || 'notes'} on the ${methodCanvasTitle(needsCanvas, canvas)}, which is not on the board. Place it to check their fit.`,
        canvas.id,
        area.id,
        area.notes.map((note) => note.id),
      )
    }
  }

  /** An area's cross-canvas partners, looked up once for all its notes. */
  interface AreaPartners {
    answeringAreas: readonly BoardAreaRef[]
    answeredAreas: readonly BoardAreaRef[]
    /** Method canvas id whose notes would answer this area's, when it is not on the board. */
    awaitsAnswers: string | undefined
    /** Method canvas id holding what this area's notes answer, when it is not on the board. */
    awaitsNeeds: string | undefined
  }

  const partnersOf = (area: Area, canvas: Canvas): AreaPartners => ({
    answeringAreas: partners.answeredBy(canvas.id, area.id),
    answeredAreas: partners.answers(canvas.id, area.id),
    awaitsAnswers: partners.awaitsAnswersFrom(canvas.id, area.id),
    awaitsNeeds: partners.awaitsNeedsFrom(canvas.id, area.id),
  })

  const whereIs = (note: Note, area: Area): string => `${quoteNote(note.text)} in “${area.title}”`

  const checkNote = (
    note: Note,
    area: Area,
    canvas: Canvas,
    { answeringAreas, answeredAreas, awaitsAnswers, awaitsNeeds }: AreaPartners,
  ): boolean => {
    let answered = true
    for (const rule of fitRules) {
      if (
        rule.need === area.role &&
        !linksTo(note, canvas, rule.answer) &&
        !linksToAreas(note, canvas, answeringAreas)
      ) {
        answered = false
        if (awaitsAnswers === undefined) {
          const missing =
            answeringAreas.length === 0
              ? `no ${fitRoleNames[rule.answer].one}`
              : `nothing from ${describeAreas(answeringAreas, board)}`
          add(
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
        !linksTo(note, canvas, rule.need) &&
        !linksToAreas(note, canvas, answeredAreas) &&
        awaitsNeeds === undefined
      ) {
        const missing =
          answeredAreas.length === 0
            ? `no ${fitRoleNames[rule.need].one}`
            : `nothing in ${describeAreas(answeredAreas, board)}`
        add(
          rule.unusedCode,
          `${sentenceStarts[rule.answer]} ${whereIs(note, area)} is linked to ${missing}, so it may create no value.`,
          canvas.id,
          area.id,
          [note.id],
        )
      }
    }
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
      const otherWhere = `${quoteNote(other.note.text)} in “${other.area?.title ?? ''}”`
      add(
        'mismatched-link',
        `${whereIs(note, area)} is linked to ${otherWhere}, but ${mismatchReason(area.role, roleOf(other))}.`,
        canvas.id,
        area.id,
        [note.id, other.note.id],
      )
    }
    return answered
  }

  for (const canvas of board.canvases) {
    addReadProblems(canvas.id)
    const counts = { pain: { answered: 0, total: 0 }, gain: { answered: 0, total: 0 } }
    for (const area of canvas.areas) {
      if (area.notes.length === 0 && area.sectionId !== null) {
        const optional = chosenAmongAreas.has(canvas.templateId)
        const message = optional
          ? `Area “${area.title}” has no stickies: fine if the team does not pursue it, as one area of this canvas is enough.`
          : `Area “${area.title}” has no stickies yet.`
        add('empty-area', message, canvas.id, area.id, [], optional ? 'info' : 'warning')
      }
      const areaPartners = partnersOf(area, canvas)
      addWaitingArea(area, canvas, areaPartners)
      // No fit rule names context, and a link from a context note is never mismatched.
      if (area.role === 'context') continue
      for (const note of area.notes) {
        const answered = checkNote(note, area, canvas, areaPartners)
        if (area.role === 'pain' || area.role === 'gain') {
          counts[area.role].total += 1
          if (answered) counts[area.role].answered += 1
        }
      }
    }
    for (const note of canvas.strayNotes) {
      add(
        'stray-note',
        `Sticky ${quoteNote(note.text)} lies in no area of “${canvas.title}”, so the fit check skips it.`,
        canvas.id,
        null,
        [note.id],
      )
    }
    if (canvas.areas.some((area) => area.role === 'pain' || area.role === 'gain')) {
      fit.push({
        canvasId: canvas.id,
        painsAnswered: counts.pain.answered,
        painsTotal: counts.pain.total,
        gainsAnswered: counts.gain.answered,
        gainsTotal: counts.gain.total,
      })
    }
  }
  for (const canvasId of [...problemsByCanvas.keys()]) addReadProblems(canvasId)
  return { findings, fit }
}
