import type { SelfTestFact, SelfTestReport } from '../model/self-test-report'
import { reasonOf } from './board-error'
import type { FigJamPort, PortSection } from './figjam-port'
import { SELF_TEST_PROBES } from './self-test-probes'

/**
 * Name of the section the self-test works in, in no language (the main thread carries no
 * catalogue); it is removed when the test ends.
 */
export const SCRATCH_NAME = 'API Canvas 🧪'

/**
 * Checks, in this FigJam, every platform fact the plugin relies on (`SELF_TEST_PROBES`), each
 * on its own nodes inside one scratch section placed at the viewport's centre. Afterwards the
 * scratch section and everything in it is removed and the viewport put back, and the run is
 * closed as one undo step (`figma.commitUndo`), so the board is as it was. A probe that throws
 * is a failed fact with why (`reasonOf`); nothing is thrown.
 * @returns one fact per probe, in order.
 */
export async function runSelfTestAsync(figma: FigJamPort): Promise<SelfTestReport> {
  const { center, zoom } = figma.viewport
  const scratch = figma.createSection()
  const facts: SelfTestFact[] = []
  try {
    figma.currentPage.appendChild(scratch)
    scratch.name = SCRATCH_NAME
    scratch.resizeWithoutConstraints(2000, 1200)
    scratch.x = Math.round(center.x - 1000)
    scratch.y = Math.round(center.y - 600)
    for (const probe of SELF_TEST_PROBES) {
      facts.push(await runProbeAsync(probe, figma, scratch))
    }
  } finally {
    figma.viewport.center = center
    figma.viewport.zoom = zoom
  }
  const cleanedUp = removeScratch(scratch)
  figma.commitUndo()
  return { facts, cleanedUp }
}

async function runProbeAsync(
  probe: (typeof SELF_TEST_PROBES)[number],
  figma: FigJamPort,
  scratch: PortSection,
): Promise<SelfTestFact> {
  const { id } = probe
  try {
    const { holds, seen } = await probe.runAsync(figma, scratch)
    return { id, passed: holds, seen }
  } catch (cause) {
    return { id, passed: false, failure: reasonOf(cause) }
  }
}

function removeScratch(scratch: PortSection): boolean {
  try {
    if (!scratch.removed) scratch.remove()
    return true
  } catch {
    return false
  }
}
