import { findCanvasDefinition } from '../canvas/canvas-catalog'
import {
  chooseAtLeastOne,
  type CrossCanvasRule,
  crossCanvasRules,
} from '../canvas/cross-canvas-rules'
import type { MessageKey } from '../locale/catalogues'
import { joinList } from '../locale/list-format'
import { type Translator, translator } from '../locale/translator'
import type { Area, Board, Canvas } from '../model/board'
import type { Finding } from '../model/findings'
import { canvasLocale } from './fit-locale'

/** The `fit` catalogue's wording of each cross-canvas rule's reason, by rule id. */
const REASONS: Readonly<Record<string, MessageKey>> = {
  'revenue-goal-needs-revenue-streams': 'fit.reasonRevenueGoal',
  'reach-goal-needs-channels-and-segments': 'fit.reasonReachGoal',
  'sales-goal-needs-channels-and-relationships': 'fit.reasonSalesGoal',
  'integration-goal-needs-resources-and-partners': 'fit.reasonIntegrationGoal',
  'innovation-goal-needs-key-activities': 'fit.reasonInnovationGoal',
  'use-cases-principle-needs-tasks': 'fit.reasonUseCases',
  'feedback-principle-needs-relationships': 'fit.reasonFeedback',
  'revenue-principle-needs-revenue-streams': 'fit.reasonRevenuePrinciple',
  'consumer-centred-principle-needs-segments': 'fit.reasonConsumerCentred',
}

/** A rule's reason in the language of `t`; a rule the catalogue does not know keeps its own. */
const reasonOf = (rule: CrossCanvasRule, t: Translator): string => {
  const key = REASONS[rule.id]
  return key === undefined ? rule.reason : t(key)
}

const translatorOf = (canvas: Canvas): Translator => translator(canvasLocale(canvas))

/**
 * Checks that read across canvases (`crossCanvasRules`, `chooseAtLeastOne`):
 * - `cross-canvas-gap` (warning): an area with notes whose expected areas on another canvas are
 *   empty; concerns the area with notes.
 * - `no-goal-chosen` (warning): a canvas of a `chooseAtLeastOne` template with every area empty.
 * - `cross-canvas-skipped` (info): once per missing template, when rules need a canvas that is not
 *   on the board and a canvas they start from is.
 * An expected area counts as filled when it holds notes on any canvas of its template. Each
 * finding is worded in the language of the canvas it concerns (`canvasLocale`).
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
      const t = translatorOf(canvas)
      findings.push({
        code: 'cross-canvas-gap',
        severity: 'warning',
        message: t('fit.crossCanvasGap', {
          area: area.title,
          areas: titlesOf(rule, empty, t),
          canvas: templateTitle(rule.expects.templateId),
          count: empty.length,
          reason: reasonOf(rule, t),
        }),
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
          message: translatorOf(canvas)('fit.noGoalChosen'),
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
      message: translatorOf(first)('fit.crossCanvasSkipped', {
        count: missingRules.length,
        canvas: templateTitle(templateId),
      }),
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

/** The quoted titles of `areaIds`, joined as the language of `t` joins "A, B and C". */
function titlesOf(rule: CrossCanvasRule, areaIds: readonly string[], t: Translator): string {
  const names = areaIds.map((areaId) => `“${areaTitle(rule.expects.templateId, areaId)}”`)
  return joinList(t, names, 'conjunction')
}
