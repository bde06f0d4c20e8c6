import type { Translator } from '../locale/translator'
import type { Board, ReadProblem } from '../model/board'
import type { Finding, FindingCode, Severity } from '../model/findings'
import { readProblemText } from '../model/read-problem-text'

/** The severity of each finding the fit check reports, unless a finding says otherwise. */
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

/** A finding code the fit check reports. */
export type FitFindingCode = keyof typeof severities

/** The fit check's findings in the order they are added, and the board's read problems. */
export class FitFindings {
  readonly findings: Finding[] = []
  private readonly problemsByCanvas = new Map<string, ReadProblem[]>()

  constructor(board: Board) {
    for (const problem of board.problems) {
      const problems = this.problemsByCanvas.get(problem.canvasId) ?? []
      problems.push(problem)
      this.problemsByCanvas.set(problem.canvasId, problems)
    }
  }

  /** Adds a finding with the code's usual severity unless `severity` is given. */
  add(
    code: FitFindingCode,
    message: string,
    canvasId: string,
    areaId: string | null,
    noteIds: string[],
    severity: Severity = severities[code],
  ): void {
    this.findings.push({ code, severity, message, canvasId, areaId, noteIds })
  }

  /**
   * Adds the read problems of canvas `canvasId` as `read-problem` findings worded by `t`
   * (`readProblemText`), once.
   */
  addReadProblems(canvasId: string, t: Translator): void {
    for (const problem of this.problemsByCanvas.get(canvasId) ?? []) {
      this.add('read-problem', readProblemText(problem, t), problem.canvasId, problem.areaId, [])
    }
    this.problemsByCanvas.delete(canvasId)
  }

  /** Adds the read problems of canvases not added yet (canvases not on the board), worded by `t`. */
  addRemainingReadProblems(t: Translator): void {
    for (const canvasId of [...this.problemsByCanvas.keys()]) this.addReadProblems(canvasId, t)
  }
}
