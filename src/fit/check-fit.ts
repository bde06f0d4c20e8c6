import type { FitRole } from '../canvas/canvas-definition'
import type { Area, Board, Canvas, Note, ReadProblem } from '../model/board'
import type { CheckResult, Finding, FindingCode, FitSummary, Severity } from '../model/findings'
import { fitRoleNames, fitRules, isMismatchedLink } from './fit-rules'
import { indexNotes, type IndexedNote } from './note-index'
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
} as const satisfies Partial<Record<FindingCode, Severity>>

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

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

/**
 * Checks the fit of every canvas on the board (../shared/DOMAIN.md §1; rules in `fitRules`).
 * Pains and gains are answered only by relievers and creators linked to them on the same canvas.
 *
 * Findings come canvas by canvas in board order: the canvas's read problems, then its areas in
 * fill order (`empty-area`, then each note's findings in reading order), then its stray notes.
 * Read problems about canvases not on the board come last. A link is reported once per pair of
 * notes. `fit` has one summary per canvas that has a pain or a gain area, in board order.
 */
export function checkFit(board: Board): CheckResult {
  const index = indexNotes(board)
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
  ): void => {
    findings.push({ code, severity: severities[code], message, canvasId, areaId, noteIds })
  }

  const addReadProblems = (canvasId: string): void => {
    for (const problem of problemsByCanvas.get(canvasId) ?? []) {
      add('read-problem', problem.message, problem.canvasId, problem.areaId, [])
    }
    problemsByCanvas.delete(canvasId)
  }

  const linksTo = (note: Note, canvas: Canvas, role: FitRole): boolean =>
    note.links.some((link) => {
      const other = index.get(link.noteId)
      return other !== undefined && other.canvas.id === canvas.id && roleOf(other) === role
    })

  const checkNote = (note: Note, area: Area, canvas: Canvas): boolean => {
    let answered = true
    const where = `${quoteNote(note.text)} in “${area.title}”`
    for (const rule of fitRules) {
      if (rule.need === area.role && !linksTo(note, canvas, rule.answer)) {
        answered = false
        add(
          rule.unansweredCode,
          `${capitalize(fitRoleNames[rule.need].one)} ${where} has no ${fitRoleNames[rule.answer].one} linked to it.`,
          canvas.id,
          area.id,
          [note.id],
        )
      }
      if (rule.answer === area.role && !linksTo(note, canvas, rule.need)) {
        add(
          rule.unusedCode,
          `${capitalize(fitRoleNames[rule.answer].one)} ${where} is linked to no ${fitRoleNames[rule.need].one}, so it may create no value.`,
          canvas.id,
          area.id,
          [note.id],
        )
      }
    }
    for (const link of note.links) {
      const other = index.get(link.noteId)
      if (other === undefined || !isMismatchedLink(area.role, roleOf(other))) continue
      const pair = note.id < link.noteId ? `${note.id} ${link.noteId}` : `${link.noteId} ${note.id}`
      if (reportedPairs.has(pair)) continue
      reportedPairs.add(pair)
      const otherWhere = `${quoteNote(other.note.text)} in “${other.area?.title ?? ''}”`
      add(
        'mismatched-link',
        `${where} is linked to ${otherWhere}, but ${mismatchReason(area.role, roleOf(other))}.`,
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
      if (area.notes.length === 0) {
        add('empty-area', `Area “${area.title}” has no stickies yet.`, canvas.id, area.id, [])
      }
      for (const note of area.notes) {
        const answered = checkNote(note, area, canvas)
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
