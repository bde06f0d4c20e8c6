import type { FitRole } from '../canvas/canvas-definition'

/** The fit role of one section of a method canvas. */
export interface MethodFitRole {
  /** Canvas id in the method data (`canvasData.json`). */
  readonly canvas: string
  /** Section id of that canvas. */
  readonly section: string
  readonly role: FitRole
}

/**
 * Sections of today's APIOps Cycles method that take part in the fit check; every other section
 * is `context`. Pains and gains live in the Customer Journey Canvas, their answers (pain relieving
 * and gain enabling features) in the API Value Proposition Canvas; the
 * Business Impact Canvas pairs risks with mitigations the way pains pair with pain relievers.
 */
export const methodFitRoles: readonly MethodFitRole[] = [
  { canvas: 'customerJourneyCanvas', section: 'pains', role: 'pain' },
  { canvas: 'customerJourneyCanvas', section: 'gains', role: 'gain' },
  { canvas: 'apiValuePropositionCanvas', section: 'painRelievingFeatures', role: 'pain-reliever' },
  { canvas: 'apiValuePropositionCanvas', section: 'gainEnablingFeatures', role: 'gain-creator' },
  { canvas: 'businessImpactCanvas', section: 'risksAndCriticality', role: 'pain' },
  {
    canvas: 'businessImpactCanvas',
    section: 'mitigationsAndDecisionImpact',
    role: 'pain-reliever',
  },
]

/** Fit role of a method section by `methodFitRoles`; `context` when the table does not name it. */
export function methodFitRole(
  canvasId: string,
  sectionId: string,
  roles: readonly MethodFitRole[] = methodFitRoles,
): FitRole {
  return (
    roles.find((entry) => entry.canvas === canvasId && entry.section === sectionId)?.role ??
    'context'
  )
}
