import type { FigJamPort, PortSceneNode } from '../../src/board/figjam-port'
import { BoardState } from './board-state'
import { CreationFaults, type FaultableMethod } from './creation-faults'
import { endpointNodeId, FakeConnector } from './fake-connector'
import type { FakeDocument } from './fake-document'
import type { FakePage } from './fake-page'
import { type FakeReadings, STRICTEST_READINGS } from './fake-readings'
import type { FakeSceneNode } from './fake-scene-node'
import { FakeSection } from './fake-section'
import { FakeShapeWithText } from './fake-shape-with-text'
import { FakeSticky } from './fake-sticky'
import { FakeText } from './fake-text'
import { FakeTimer } from './fake-timer'
import { FakeViewport } from './fake-viewport'
import { DEFAULT_AVAILABLE_FONTS } from './font-library'
import type { HostCallCounts } from './host-calls'
import type { NodeChanges } from './node-changes'
import { FakePerson } from './person'

export interface FakeFigJamOptions {
  /** The user running the plugin: author of stickies the plugin creates. Default "Test User". */
  userName?: string
  /**
   * Fonts `loadFontAsync` can load. Default Inter Regular, Medium, Semi Bold and Bold, and the
   * default fonts of `readings`.
   */
  availableFonts?: readonly FontName[]
  /**
   * Which reading of Figma's docs to take where they leave room; each one left out comes from
   * the profile the suite runs under (`useFakeProfile`), else from `STRICTEST_READINGS`.
   */
  readings?: Partial<FakeReadings>
  /** Screen size in px behind `viewport.bounds`. Default 1440×900. */
  viewportSize?: { width: number; height: number }
}

/**
 * An in-memory FigJam: a `FigJamPort` that enforces Figma's documented rules (fonts loaded
 * before text writes, coordinates relative to the parent section, fixed sticky sizes, connector
 * ends on existing nodes, removed nodes throwing) and counts every call into it, plus test-side
 * helpers that neither count nor check fonts.
 */
export interface FakeFigJam extends FigJamPort {
  readonly currentPage: FakePage
  readonly viewport: FakeViewport
  createSection(): FakeSection
  createSticky(): FakeSticky
  createText(): FakeText
  createShapeWithText(): FakeShapeWithText
  createConnector(): FakeConnector
  getNodeByIdAsync(id: string): Promise<FakeSceneNode | FakePage | FakeDocument | null>

  /** The page, without counting a host call. */
  readonly page: FakePage
  /** Actions of people in FigJam's UI: add stickies, connect, drag, delete… */
  readonly person: FakePerson
  /** `options.userName`. */
  readonly userName: string
  /** How often `loadFontAsync` was called per font, keyed `"Inter Medium"`. */
  readonly fontLoads: ReadonlyMap<string, number>
  /** Calls into the host so far (live). */
  readonly hostCalls: HostCallCounts
  resetHostCalls(): void
  /** How often `commitUndo` was called. */
  readonly undoCommits: number
  /** The page's `nodechange` events: `asRemote` for other people's changes, `flush` to deliver. */
  readonly changes: NodeChanges
  /**
   * Makes `method` throw `error` (default `in <method>: Injected failure`) after `afterCalls`
   * more successful calls; once, then it works again. No node is created by the failing call.
   */
  failNext(method: FaultableMethod, afterCalls: number, error?: Error): void
  /** Every node on the page, depth first in z-order (a section before its children). */
  allNodes(): FakeSceneNode[]
  /** `allNodes().length`. */
  nodeCount(): number
  /** The node with `id`, removed ones included (unlike `getNodeByIdAsync`). */
  nodeById(id: string): FakeSceneNode | undefined
  /** Connectors on the page with an end on `node` (Figma's `attachedConnectors`; not in the port). */
  attachedConnectors(node: PortSceneNode): FakeConnector[]
  /** The readings this board takes. */
  readonly readings: FakeReadings
  /** `figma.timer`, present when `readings.timerAvailable`; its `advance` lets time pass. */
  readonly timer?: FakeTimer
  /**
   * What publishing the plugin does to its data: Figma assigns a new plugin id, and private plugin
   * data written under the old id cannot be read any more (shared plugin data stays).
   * https://developers.figma.com/docs/plugins/api/node-properties (setPluginData: "Data will
   * become inaccessible if your plugin ID changes")
   */
  publishUnderNewId(): void
}

let suiteReadings: FakeReadings = STRICTEST_READINGS

/** The readings boards take by default from now on (`useFakeProfile` sets and resets them). */
export function setDefaultReadings(readings: FakeReadings): void {
  suiteReadings = readings
}

/** A new, empty board with one page. */
export function createFakeFigJam(options: FakeFigJamOptions = {}): FakeFigJam {
  return new FakeFigJamHost(options)
}

class FakeFigJamHost implements FakeFigJam {
  readonly person: FakePerson
  readonly userName: string
  readonly timer?: FakeTimer
  undoCommits = 0
  private readonly board: BoardState
  private readonly faults = new CreationFaults()
  private readonly fakeViewport: FakeViewport
  private skipInvisible = false

  constructor(options: FakeFigJamOptions) {
    this.userName = options.userName ?? 'Test User'
    const readings = { ...suiteReadings, ...options.readings }
    const fonts = options.availableFonts ?? [
      ...DEFAULT_AVAILABLE_FONTS,
      readings.stickyFont,
      readings.textFont,
      readings.shapeFont,
    ]
    this.board = new BoardState(this.userName, fonts, readings)
    this.person = new FakePerson(this.board)
    this.fakeViewport = new FakeViewport(
      this.board.hostCalls,
      options.viewportSize ?? { width: 1440, height: 900 },
    )
    if (readings.timerAvailable) this.timer = new FakeTimer(this.board.hostCalls)
  }

  get page(): FakePage {
    return this.board.page
  }

  get readings(): FakeReadings {
    return this.board.readings
  }

  publishUnderNewId(): void {
    for (const node of this.allNodes()) node.state.pluginData.clear()
  }

  /** `figma.command`: `readings.command`, which may be undefined. */
  get command(): string | undefined {
    this.board.hostCalls.read('figma.command')
    return this.board.readings.command
  }

  get fontLoads(): ReadonlyMap<string, number> {
    return this.board.fonts.loads
  }

  get changes(): NodeChanges {
    return this.board.changes
  }

  get hostCalls(): HostCallCounts {
    return this.board.hostCalls
  }

  resetHostCalls(): void {
    this.board.hostCalls.reset()
  }

  failNext(method: FaultableMethod, afterCalls: number, error?: Error): void {
    this.faults.plan(method, afterCalls, error ?? new Error(`in ${method}: Injected failure`))
  }

  allNodes(): FakeSceneNode[] {
    return this.board.page.descendants()
  }

  nodeCount(): number {
    return this.allNodes().length
  }

  nodeById(id: string): FakeSceneNode | undefined {
    return this.board.nodeWithId(id)
  }

  attachedConnectors(node: PortSceneNode): FakeConnector[] {
    const id = this.board.resolve(node, 'attachedConnectors').state.id
    return this.allNodes().filter(
      (candidate): candidate is FakeConnector =>
        candidate.nodeType === 'CONNECTOR' &&
        (endpointNodeId(candidate.state.start) === id ||
          endpointNodeId(candidate.state.end) === id),
    )
  }

  get currentPage(): FakePage {
    this.board.hostCalls.read('figma.currentPage')
    return this.board.page
  }

  get viewport(): FakeViewport {
    this.board.hostCalls.read('figma.viewport')
    return this.fakeViewport
  }

  get skipInvisibleInstanceChildren(): boolean {
    this.board.hostCalls.read('figma.skipInvisibleInstanceChildren')
    return this.skipInvisible
  }

  set skipInvisibleInstanceChildren(value: boolean) {
    this.board.hostCalls.write('figma.skipInvisibleInstanceChildren=')
    this.skipInvisible = value
  }

  loadFontAsync(fontName: FontNameInput): Promise<void> {
    this.board.hostCalls.call('figma.loadFontAsync()')
    return this.board.fonts.loadAsync(fontName)
  }

  commitUndo(): void {
    this.board.hostCalls.call('figma.commitUndo()')
    this.undoCommits += 1
  }

  createSection(): FakeSection {
    this.creating('createSection')
    return this.board.addToPage(new FakeSection(this.board))
  }

  createSticky(): FakeSticky {
    this.creating('createSticky')
    return this.board.addToPage(new FakeSticky(this.board))
  }

  createText(): FakeText {
    this.creating('createText')
    return this.board.addToPage(new FakeText(this.board))
  }

  createShapeWithText(): FakeShapeWithText {
    this.creating('createShapeWithText')
    return this.board.addToPage(new FakeShapeWithText(this.board))
  }

  createConnector(): FakeConnector {
    this.creating('createConnector')
    return this.board.addToPage(new FakeConnector(this.board))
  }

  async getNodeByIdAsync(id: string): Promise<FakeSceneNode | FakePage | FakeDocument | null> {
    this.board.hostCalls.call('figma.getNodeByIdAsync()')
    await Promise.resolve()
    if (id === this.board.document.state.id) return this.board.document
    if (id === this.board.page.state.id) return this.board.page
    const node = this.board.nodeWithId(id)
    return node === undefined || node.state.removed ? null : node
  }

  private creating(method: FaultableMethod): void {
    this.board.hostCalls.call(`figma.${method}()`)
    this.faults.check(method)
  }
}
