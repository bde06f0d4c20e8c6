import { describe, expect, test } from 'vitest'

import { indexNotes } from '../src/fit/note-index'
import type { Board, Canvas } from '../src/model/board'
import { sampleBoard } from './fixtures/sample-board'

function canvasAt(board: Board, position: number): Canvas {
  const canvas = board.canvases[position]
  if (canvas === undefined) throw new Error(`no canvas at ${String(position)}`)
  return canvas
}

describe('indexNotes', () => {
  const board = structuredClone(sampleBoard)
  const avp = canvasAt(board, 0)
  const apiCanvas = canvasAt(board, 1)

  test('finds a note of the canvas a look-up starts on, with its area', () => {
    const found = indexNotes(board).find('5:1', avp)
    expect(found?.note.text).toBe('Take card payments in the checkout')
    expect(found?.canvas).toBe(avp)
    expect(found?.area?.id).toBe(
      avp.areas.find((area) => area.notes.some((n) => n.id === '5:1'))?.id,
    )
  })

  test('finds a note on another canvas of the board', () => {
    const found = indexNotes(board).find('6:2', avp)
    expect(found?.note.text).toBe('Acme Pay API')
    expect(found?.canvas).toBe(apiCanvas)
  })

  test('finds a stray note with no area', () => {
    const found = indexNotes(board).find('5:60', apiCanvas)
    expect(found?.canvas).toBe(avp)
    expect(found?.area).toBeNull()
  })

  test('finds nothing for an id no note has', () => {
    expect(indexNotes(board).find('99:99', avp)).toBeUndefined()
  })

  test('prefers the note on the canvas a look-up starts on when two notes share an id', () => {
    const twin = structuredClone(board)
    const first = canvasAt(twin, 0)
    const second = canvasAt(twin, 1)
    const note = second.areas.flatMap((area) => area.notes).find((n) => n.id === '6:2')
    if (note === undefined) throw new Error('no note 6:2')
    note.id = '5:1'
    const index = indexNotes(twin)
    expect(index.find('5:1', second)?.note.text).toBe('Acme Pay API')
    expect(index.find('5:1', first)?.note.text).toBe('Take card payments in the checkout')
  })
})
