import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { startLiveFit } from '../src/board/live-fit'
import { readBoardAsync } from '../src/board/read-board-async'
import { checkBoard } from '../src/fit/check-board'
import type { Board } from '../src/model/board'
import { generateBoardAsync } from './generate-board'
import { tallyHostCalls } from './measure'

/** The targets for dot votes and the live fit. */
const TARGETS = { stickyReads: 6, stampReads: 2, changeCalls: 200, changeMs: 50, pasteReads: 3 }

const hostCallTotal = (counts: { reads: number; writes: number; calls: number }): number =>
  counts.reads + counts.writes + counts.calls

/** Reads a 20,000-sticky board with a stamp on each of its first 5,000 stickies. */
async function stampReadsAsync() {
  const { figma, stickies } = await generateBoardAsync({ stickies: 20_000, canvases: 200 })
  for (const sticky of stickies.slice(0, 5_000)) figma.person.addStamp('+1', sticky)
  figma.resetHostCalls()
  const board = await readBoardAsync(figma, 'page')
  const tally = tallyHostCalls(figma.hostCalls)
  let stampReads = 0
  for (const [name, count] of figma.hostCalls.byName) {
    if (name.startsWith('STAMP.')) stampReads += count
  }
  let votes = 0
  for (const canvas of board.canvases) {
    for (const area of canvas.areas) for (const note of area.notes) votes += note.votes?.total ?? 0
  }
  return { perSticky: tally.stickyReads / 20_000, perStamp: stampReads / 5_000, votes }
}

/** Waits until `condition` holds, giving timers a turn between looks. */
async function untilAsync(condition: () => boolean): Promise<void> {
  while (!condition()) {
    await new Promise((resolve) => {
      setTimeout(resolve, 1)
    })
  }
}

/**
 * One sticky edited by another person on a 5,000-sticky board in live mode: host calls and
 * main-thread time from the event to the panel's new findings (the update on the main thread
 * plus `checkBoard` in the panel), for the first change (which reads the canvases' bounds once)
 * and a later one. Then a paste of 500 stickies in one turn: how often the board is read again.
 */
async function liveAsync() {
  const { figma, stickies } = await generateBoardAsync({ stickies: 5_000, canvases: 50 })
  const boards: Board[] = []
  const live = startLiveFit(figma, {
    scope: 'page',
    board: await readBoardAsync(figma, 'page'),
    onBoard: (board) => boards.push(board),
    debounceMs: 0,
    maxWaitMs: 0,
  })
  const change = async (index: number) => {
    const sticky = stickies[index]
    if (sticky === undefined) throw new Error('no sticky')
    figma.changes.asRemote(() => {
      figma.person.editText(sticky, `Edited sticky ${String(index)}`)
    })
    const before = boards.length
    figma.resetHostCalls()
    const start = process.cpuUsage()
    figma.changes.flush()
    await untilAsync(() => boards.length > before)
    const last = boards.at(-1)
    if (last !== undefined) checkBoard(last)
    const cpu = process.cpuUsage(start)
    return { calls: hostCallTotal(figma.hostCalls), ms: (cpu.user + cpu.system) / 1000 }
  }
  const first = await change(10)
  const later = await change(2_010)
  const box = stickies[0]?.absoluteBox() ?? { x: 0, y: 0 }
  const reReadsBefore = live.reReads
  const updatesBefore = live.updates
  for (let index = 0; index < 500; index += 1) {
    figma.person.addSticky({ text: `Pasted ${String(index)}`, x: box.x + index, y: box.y })
  }
  figma.changes.flush()
  await untilAsync(() => live.updates > updatesBefore)
  await new Promise((resolve) => {
    setTimeout(resolve, 20)
  })
  live.stop()
  return { first, later, pasteReReads: live.reReads - reReadsBefore }
}

const stamps = await stampReadsAsync()
const live = await liveAsync()
const fixed = (value: number): string => value.toFixed(2)
const lines = [
  '# Live fit and dot votes: benchmark results',
  '',
  'Written by `npm run bench` (bench/live-bench.ts) in the in-memory FigJam, which counts every',
  'host call. Times are main-thread CPU time of one run (the update on the main thread and the',
  'check in the panel), without the debounce wait.',
  '',
  '| What | Measured | Target |',
  '| --- | ---: | ---: |',
  `| Read 20,000 stickies with 5,000 stamps: host reads per sticky | ${fixed(stamps.perSticky)} | ≤ ${String(TARGETS.stickyReads)} |`,
  `| … host reads per stamp | ${fixed(stamps.perStamp)} | ≤ ${String(TARGETS.stampReads)} |`,
  `| … votes counted (the rest of the 5,000 stamps landed on a stamp of an overlapping sticky) | ${String(stamps.votes)} | — |`,
  `| One-sticky change, 5,000 stickies, first change: host calls | ${String(live.first.calls)} | ≤ ${String(TARGETS.changeCalls)} |`,
  `| … main-thread and panel time, ms | ${fixed(live.first.ms)} | ≤ ${String(TARGETS.changeMs)} |`,
  `| One-sticky change, later change: host calls | ${String(live.later.calls)} | ≤ ${String(TARGETS.changeCalls)} |`,
  `| … main-thread and panel time, ms | ${fixed(live.later.ms)} | ≤ ${String(TARGETS.changeMs)} |`,
  `| Paste of 500 stickies: re-reads of the board | ${String(live.pasteReReads)} | ≤ ${String(TARGETS.pasteReads)} |`,
  '',
]
writeFileSync(fileURLToPath(new URL('live-results.md', import.meta.url)), lines.join('\n'))
console.log(lines.join('\n'))
