import type { PortDocument } from '../../src/board/figjam-port'
import type { BoardState } from './board-state'

/** Figma's document node: id `0:0`. */
export class FakeDocument implements PortDocument {
  readonly state = { id: '0:0', name: 'Untitled' }

  constructor(private readonly board: BoardState) {}

  get type(): 'DOCUMENT' {
    this.board.hostCalls.read('DOCUMENT.type')
    return 'DOCUMENT'
  }

  get id(): string {
    this.board.hostCalls.read('DOCUMENT.id')
    return this.state.id
  }

  get name(): string {
    this.board.hostCalls.read('DOCUMENT.name')
    return this.state.name
  }

  set name(value: string) {
    this.board.hostCalls.write('DOCUMENT.name=')
    this.state.name = value
  }
}
