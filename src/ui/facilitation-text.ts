import type { Translator } from '../locale/translator'

/**
 * Every word of facilitation mode in the panel (the Facilitate tab and its failure titles), from
 * the `facilitation` part of the message catalogues (src/locale/catalogue/<locale>/).
 */
export const facilitationText = (t: Translator) => ({
  tab: t('facilitation.tab'),
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
  failedRead: t('facilitation.failedRead'),
  failedStart: t('facilitation.failedStart'),
  failedMove: t('facilitation.failedMove'),
})
