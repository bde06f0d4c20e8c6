/**
 * Every word of facilitation mode in the panel (the Facilitate tab and its failure titles), in
 * one place so they can move to a message catalogue as they are.
 */
export const facilitationText = {
  tab: 'Facilitate',
  intro: 'FigJam’s timer runs the minutes set for each area.',
  noCanvas: 'Place a canvas first.',
  canvas: 'Canvas',
  plan: 'Minutes per area',
  damaged: 'The saved plan was damaged; this is the default plan.',
  start: 'Facilitate',
  step: (index: number, count: number, minutes: number, timer: boolean): string =>
    `Area ${String(index + 1)} of ${String(count)} · ${timer ? `timer ${String(minutes)} min` : 'no timer here'}`,
  stickies: (count: number): string => `${String(count)} stickies in this area`,
  back: 'Back',
  next: 'Next',
  finish: 'Finish',
  stop: 'Stop',
  summary: 'Summary',
  topUnanswered: 'Top-voted unanswered',
  failedRead: 'The plan could not be read.',
  failedStart: 'Facilitation could not start.',
  failedMove: 'Facilitation could not move on.',
}
