import type { Board } from '../../src/model/board'
import { sampleBoard } from '../fixtures/sample-board'
import { readNote } from '../note-factory'

/**
 * The sample workshop plus one pain reliever nobody linked yet, whose words match the pain
 * "Fees are hard to predict | they differ per card type and country…" (5:22).
 */
export function workshopBoard(): Board {
  const board = structuredClone(sampleBoard)
  const relievers = board.canvases[0]?.areas.find((area) => area.id === 'painRelievers')
  if (relievers === undefined) throw new Error('sample board has no pain relievers')
  relievers.notes.push(
    readNote('5:43', 'Fee calculator per card type and country', {
      author: 'Eva',
      position: { x: 624, y: 1112 },
    }),
  )
  return board
}
