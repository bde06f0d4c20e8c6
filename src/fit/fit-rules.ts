import type { FitRole } from '../canvas/canvas-definition'
import type { FindingCode } from '../model/findings'

/**
 * One fit rule: a note in a `need` area is answered by a linked note in an `answer` area of the
 * same canvas. Source: Osterwalder's fit rule as the API Canvas method states it:
 * every pain needs a pain reliever, every gain a gain creator, and a reliever or creator that
 * answers nothing may create no value.
 */
export interface FitRule {
  readonly need: FitRole
  readonly answer: FitRole
  /** Reported for a `need` note that no `answer` note is linked to. */
  readonly unansweredCode: Extract<FindingCode, `unanswered-${string}`>
  /** Reported for an `answer` note that is linked to no `need` note. */
  readonly unusedCode: Extract<FindingCode, `unused-${string}`>
}

/** Every rule of the fit check; add rules here, not in the check. */
export const fitRules: readonly FitRule[] = [
  {
    need: 'pain',
    answer: 'pain-reliever',
    unansweredCode: 'unanswered-pain',
    unusedCode: 'unused-pain-reliever',
  },
  {
    need: 'gain',
    answer: 'gain-creator',
    unansweredCode: 'unanswered-gain',
    unusedCode: 'unused-gain-creator',
  },
]

/** True when a note of role `answer` answers a note of role `need` by some fit rule. */
export function answersRole(answer: FitRole, need: FitRole): boolean {
  return fitRules.some((rule) => rule.answer === answer && rule.need === need)
}

/**
 * True when a link between these roles joins kinds that do not answer each other
 * (a pain reliever and a gain, a pain and a gain…). Links from or to `context` notes and links
 * between notes of one role are never mismatched.
 */
export function isMismatchedLink(a: FitRole, b: FitRole): boolean {
  return a !== 'context' && b !== 'context' && a !== b && !answersRole(a, b) && !answersRole(b, a)
}
