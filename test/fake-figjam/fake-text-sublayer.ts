import type { PortTextSublayer } from '../../src/board/figjam-port'
import { type FakeNode, nodeDoesNotExist } from './fake-node'
import { type SublayerContent, writeCharacters, writeFontName, writeFontSize } from './text-content'

/**
 * The text layer of a sticky or shape (`node.text`). Its host calls count under
 * `STICKY.text.<member>` or `SHAPE_WITH_TEXT.text.<member>`; it throws once its node is removed.
 */
export class FakeTextSublayer implements PortTextSublayer {
  private readonly hostName: string

  constructor(
    private readonly owner: FakeNode,
    readonly content: SublayerContent,
  ) {
    this.hostName = `${owner.nodeType}.text`
  }

  get characters(): string {
    this.read('characters')
    return this.content.characters
  }

  /** @throws Error unless the sublayer's font was loaded. */
  set characters(value: string) {
    this.write('characters')
    writeCharacters(this.owner.board.fonts, this.content, value)
  }

  get fontName(): FontName {
    this.read('fontName')
    return this.content.fontName
  }

  /** @throws Error unless the new font was loaded. */
  set fontName(value: FontName | PluginAPI['mixed']) {
    this.write('fontName')
    writeFontName(this.owner.board.fonts, this.content, value)
  }

  get fontSize(): number {
    this.read('fontSize')
    return this.content.fontSize
  }

  /** @throws Error unless the sublayer's font was loaded, or for a size below 1 px. */
  set fontSize(value: number | PluginAPI['mixed']) {
    this.write('fontSize')
    writeFontSize(this.owner.board.fonts, this.content, value)
  }

  get hasMissingFont(): boolean {
    this.read('hasMissingFont')
    return !this.owner.board.fonts.isAvailable(this.content.fontName)
  }

  private read(member: string): void {
    this.owner.board.hostCalls.read(`${this.hostName}.${member}`)
    if (this.owner.state.removed) throw nodeDoesNotExist(`get_${member}`, this.owner.state.id)
  }

  private write(member: string): void {
    this.owner.board.hostCalls.write(`${this.hostName}.${member}=`)
    if (this.owner.state.removed) throw nodeDoesNotExist(`set_${member}`, this.owner.state.id)
  }
}
