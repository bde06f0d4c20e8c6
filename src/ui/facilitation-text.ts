import type { Translator } from '../locale/translator'

/**
 * The words of the Facilitate tab's plan, walk and summary, from the `facilitation` part of the
 * message catalogues (src/locale/catalogue/<locale>/); its tab label and failure titles are
 * worded where the other tabs and notices are.
 */
export const facilitationText = (t: Translator) => ({
  intro: t('facilitation.intro'),
  noCanvas: t('facilitation.noCanvas'),
  canvas: t('facilitation.canvas'),
  plan: t('facilitation.plan'),
  damaged: t('facilitation.damaged'),
  start: t('facilitation.start'),
  step: (index: number, count: number, minutes: number, timer: boolean): string =>
    t(timer ? 'facilitation.stepTimer' : 'facilitation.stepNoTimer', {
      area: index + 1,
      count,
      minutes,
    }),
  stickies: (count: number): string => t('facilitation.stickies', { count }),
  back: t('facilitation.back'),
  next: t('facilitation.next'),
  finish: t('facilitation.finish'),
  stop: t('facilitation.stop'),
  summary: t('facilitation.summary'),
  topUnanswered: t('facilitation.topUnanswered'),
})
