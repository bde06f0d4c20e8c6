import { findCanvasDefinition } from '../canvas/canvas-catalog'
import {
  chooseAtLeastOne,
  type CrossCanvasRule,
  crossCanvasRules,
} from '../canvas/cross-canvas-rules'
import type { Area, Board, Canvas } from '../model/board'
import type { Finding } from '../model/findings'

/**
 * Checks that read across canvases (`crossCanvasRules`, `chooseAtLeastOne`):
 * - `cross-canvas-gap` (warning): an area with notes whose expected areas on another canvas are
 *   empty; concerns the area with notes.
 * - `no-goal-chosen` (warning): a canvas of a `chooseAtLeastOne` template with every area empty.
 * - `cross-canvas-skipped` (info): once per missing template, when rules need a canvas that is not
 *   on the board and a canvas they start from is.
 * An expected area counts as filled when it holds notes on any canvas of its template.
 */
export function checkCrossCanvas(
  board: Board,
  rules: readonly CrossCanvasRule[] = crossCanvasRules,
): Finding[] {
  const byTemplate = new Map<string, Canvas[]>()
  for (const canvas of board.canvases) {
    const canvases = byTemplate.get(canvas.templateId)
    if (canvases === undefined) byTemplate.set(canvas.templateId, [canvas])
    else canvases.push(canvas)
  }
  const filled = (templateId: string, areaId: string): boolean =>
    (byTemplate.get(templateId) ?? []).some((canvas) =>
      canvas.areas.some((area) => area.id === areaId && area.notes.length > 0),
    )

  const findings: Finding[] = []
  const skipped = new Map<string, CrossCanvasRule[]>()
  for (const rule of rules) {
    const starts = byTemplate.get(rule.when.templateId) ?? []
    if (starts.length === 0) continue
    if (!byTemplate.has(rule.expects.templateId)) {
      skipped.set(rule.expects.templateId, [...(skipped.get(rule.expects.templateId) ?? []), rule])
      continue
    }
    const empty = rule.expects.areaIds.filter((areaId) => !filled(rule.expects.templateId, areaId))
    if (empty.length === 0) continue
    for (const canvas of starts) {
      const area = canvas.areas.find((candidate) => candidate.id === rule.when.areaId)
      if (area === undefined || area.notes.length === 0) continue
      findings.push({
        code: 'cross-canvas-gap',
        severity: 'warning',
        message: `“${area.title}” has notes, but ${titlesOf(rule, empty)} on the ${templateTitle(rule.expects.templateId)} ${empty.length === 1 ? 'is' : 'are'} empty. ${rule.reason}`,
        canvasId: canvas.id,
        areaId: area.id,
        noteIds: area.notes.map((note) => note.id),
      })
    }
  }

  for (const requirement of chooseAtLeastOne) {
    for (const canvas of byTemplate.get(requirement.templateId) ?? []) {
      if (canvas.areas.every((area: Area) => area.notes.length === 0)) {
        findings.push({
          code: 'no-goal-chosen',
          severity: 'warning',
          message: requirement.reason,
          canvasId: canvas.id,
          areaId: null,
          noteIds: [],
        })
      }
    }
  }

  for (const [templateId, missingRules] of skipped) {
    const first = board.canvases.find((canvas) =>
      missingRules.some((rule) => rule.when.templateId === canvas.templateId),
    )
    if (first === undefined) continue
    findings.push({
      code: 'cross-canvas-skipped',
      severity: 'info',
      message: `${missingRules.length} cross-canvas ${missingRules.length === 1 ? 'check needs' : 'checks need'} the ${templateTitle(templateId)}, which is not on the board: place it to run ${missingRules.length === 1 ? 'it' : 'them'}.`,
      canvasId: first.id,
      areaId: null,
      noteIds: [],
    })
  }
  return findings
}

function templateTitle(templateId: string): string {
  return findCanvasDefinition(templateId)?.title ?? templateId
}

function areaTitle(templateId: string, areaId: string): string {
  return findCanvasDefinition(templateId)?.areas.find((area) => area.id === areaId)?.title ?? areaId
}

function titlesOf(rule: CrossCanvasRule, areaIds: readonly string[]): string {
  const names = areaIds.map((areaId) => `“${areaTitle(rule.expects.templateId, areaId)}”`)
  return names.length === 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
}
