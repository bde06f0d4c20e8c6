import type { PortSceneNode, PortSection } from '../../src/board/figjam-port'
import { appendChild } from './append-child'
import type { BoardState } from './board-state'
import { type SpaceState, withOwnSpace } from './container-mixins'
import { FakeFilledNode, type FilledNodeState } from './fake-filled-node'
import { newNodeState, resizeBox } from './fake-node'
import type { FakeSceneNode } from './fake-scene-node'
import type { FakeSticky } from './fake-sticky'
import { checkedPaints, solidPaint } from './paints'

export interface SectionState extends FilledNodeState, SpaceState {
  /** What the last `setRelaunchData` call set: command → description. */
  relaunchData: Readonly<Record<string, string>>
}

/** Figma's limit on a relaunch button's description (BaseNodeMixin.setRelaunchData). */
const MAX_RELAUNCH_DESCRIPTION = 1000

/**
 * A FigJam section: created 100×100, white, named "Section", on top of the page. Sections nest;
 * children's x/y are relative to the section, so moving a section moves its children.
 */
export class FakeSection extends withOwnSpace(FakeFilledNode<SectionState>) implements PortSection {
  readonly nodeType = 'SECTION'

  constructor(board: BoardState) {
    super(board, {
      ...newNodeState(board.newId(), 'Section'),
      fills: checkedPaints([solidPaint('#FFFFFF')]),
      width: 100,
      height: 100,
      children: [],
      relaunchData: {},
    })
  }

  asSceneNode(): this {
    return this
  }

  get type(): 'SECTION' {
    this.read('type')
    return 'SECTION'
  }

  /** @throws Error for a removed node, or the section itself or one of its ancestors. */
  appendChild(child: PortSceneNode): void {
    this.call('appendChild')
    appendChild(this.board, this, child)
  }

  /** Stickies or sections (as `criteria.types` says) anywhere inside, in pre-order. */
  findAllWithCriteria<T extends ('STICKY' | 'SECTION')[]>(criteria: {
    types: T
  }): ({ type: T[number] } & (FakeSticky | FakeSection))[] {
    this.call('findAllWithCriteria')
    const types: readonly string[] = criteria.types
    const found: ({ type: T[number] } & (FakeSticky | FakeSection))[] = []
    const wanted = (
      node: FakeSceneNode,
    ): node is { type: T[number] } & (FakeSticky | FakeSection) =>
      (node.nodeType === 'STICKY' || node.nodeType === 'SECTION') && types.includes(node.nodeType)
    const visit = (nodes: readonly FakeSceneNode[]): void => {
      for (const node of nodes) {
        if (wanted(node)) found.push(node)
        visit(node.childNodes())
      }
    }
    visit(this.state.children)
    return found
  }

  /** Sets the size in px without moving children. @throws Error for a side below 0.01 px. */
  resizeWithoutConstraints(width: number, height: number): void {
    this.call('resizeWithoutConstraints')
    resizeBox('resizeWithoutConstraints', this.state, width, height)
  }

  /**
   * Replaces the relaunch data (each call drops the buttons of the last one).
   * @throws Error for a description longer than 1000 characters.
   */
  setRelaunchData(data: { [command: string]: string }): void {
    this.call('setRelaunchData')
    for (const [command, description] of Object.entries(data)) {
      if (description.length > MAX_RELAUNCH_DESCRIPTION) {
        throw new Error(
          `in setRelaunchData: The description of "${command}" is longer than 1000 characters`,
        )
      }
    }
    this.state.relaunchData = Object.freeze({ ...data })
  }

  /** What the last `setRelaunchData` call set (or a person's duplicate copied). */
  getRelaunchData(): { [command: string]: string } {
    this.call('getRelaunchData')
    return { ...this.state.relaunchData }
  }
}
