import type { BoardState } from './board-state'
import { pluginDataEntrySize } from './fake-readings'
import type { FakeContainer, FakeSceneNode } from './fake-scene-node'
import { removeStuckNodes } from './stickables'

/** The plain data of a node. Test code reads it without counting host calls. */
export interface NodeState {
  readonly id: string
  name: string
  /** Position relative to the parent section, or absolute on the page, px. */
  x: number
  y: number
  parent: FakeContainer | null
  removed: boolean
  /** Absolute bounds at the moment of removal, kept to draw dangling connectors; else null. */
  boxAtRemoval: Rect | null
  /** Private plugin data of the plugin under test (its current id). */
  readonly pluginData: Map<string, string>
  /** Shared plugin data: namespace → key → value. */
  readonly sharedPluginData: Map<string, Map<string, string>>
}

/** The plugin id the fake's private plugin data is stored under (the manifest's `id`). */
export const FAKE_PLUGIN_ID = 'api-canvas-figjam'

/** Fresh base state for a node at (0, 0) with no parent yet. */
export function newNodeState(id: string, name: string): NodeState {
  return {
    id,
    name,
    x: 0,
    y: 0,
    parent: null,
    removed: false,
    boxAtRemoval: null,
    pluginData: new Map(),
    sharedPluginData: new Map(),
  }
}

/** Figma's error for touching a removed node, e.g. `in get_x: The node with id "1:2" does not exist`. */
export function nodeDoesNotExist(member: string, id: string): Error {
  return new Error(`in ${member}: The node with id "${id}" does not exist`)
}

/** @throws Error `in <member>: Expected a finite number...` for NaN or ±Infinity. */
export function requireFinite(member: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw new Error(`in ${member}: Expected a finite number, got ${String(value)}`)
  }
}

/**
 * Sets `box` to `width`×`height` px, as Figma's `resize` and `resizeWithoutConstraints` do.
 * @throws Error `in <member>: ...` unless both sides are finite and at least 0.01 px.
 */
export function resizeBox(
  member: string,
  box: { width: number; height: number },
  width: number,
  height: number,
): void {
  requireFinite(member, width)
  requireFinite(member, height)
  if (width < 0.01 || height < 0.01) {
    throw new Error(`in ${member}: Width and height must be at least 0.01`)
  }
  box.width = width
  box.height = height
}

/**
 * What every fake scene node shares: id, name, position relative to the parent, bounds, plugin
 * data and removal. Port members count as host calls and throw once the node is removed
 * (`removed` and `id` excepted); `state` and the other members are the uncounted test side.
 */
export abstract class FakeNode<S extends NodeState = NodeState> {
  /** Figma's `type`, readable without counting. */
  abstract readonly nodeType: SceneNode['type']

  constructor(
    readonly board: BoardState,
    readonly state: S,
  ) {}

  /** `state.id`, typed alike for every kind of node. */
  registryId(): string {
    return this.state.id
  }

  /** Size in px. */
  abstract size(): { width: number; height: number }

  /** Child nodes, for sections and groups; empty for every other node. */
  childNodes(): readonly FakeSceneNode[] {
    return []
  }

  /** Position relative to the parent, px. */
  localPosition(): Vector {
    return { x: this.state.x, y: this.state.y }
  }

  /** Moves the node relative to its parent, px. */
  moveLocal(x: number, y: number): void {
    this.state.x = x
    this.state.y = y
  }

  /** Absolute bounds on the page, px; for a removed node where it was when removed. */
  absoluteBox(): Rect {
    if (this.state.boxAtRemoval !== null) return this.state.boxAtRemoval
    const origin = this.state.parent?.absoluteOrigin() ?? { x: 0, y: 0 }
    const local = this.localPosition()
    const { width, height } = this.size()
    return { x: origin.x + local.x, y: origin.y + local.y, width, height }
  }

  /** True when `ancestor` is this node's parent, grandparent and so on. */
  isDescendantOf(ancestor: FakeSceneNode): boolean {
    for (let parent = this.state.parent; parent !== null; parent = parent.state.parent) {
      if (parent === ancestor) return true
    }
    return false
  }

  /** True while the node exists and hangs in the page tree. */
  isOnPage(): boolean {
    if (this.state.removed) return false
    let container = this.state.parent
    while (container !== null && container !== this.board.page) container = container.state.parent
    return container === this.board.page
  }

  /** This node as a member of the scene-node union. */
  abstract asSceneNode(): FakeSceneNode

  /**
   * Moves the node into `container`'s children at `index` (default: the end, on top); x/y stay
   * as they are. A group it leaves empty deletes itself.
   */
  attachTo(container: FakeContainer, index = container.state.children.length): void {
    const previous = this.state.parent
    this.unlink()
    container.state.children.splice(index, 0, this.asSceneNode())
    this.state.parent = container
    removeIfEmptyGroup(previous)
  }

  /** Takes the node out of its parent's children; a group it leaves empty deletes itself. */
  detach(): void {
    const previous = this.state.parent
    this.unlink()
    removeIfEmptyGroup(previous)
  }

  private unlink(): void {
    const siblings = this.state.parent?.state.children
    const index = siblings?.indexOf(this.asSceneNode()) ?? -1
    if (siblings !== undefined && index >= 0) siblings.splice(index, 1)
    this.state.parent = null
  }

  /** Removes the node and its subtree, keeping where each was for drawing. */
  markRemoved(): void {
    this.state.boxAtRemoval = this.absoluteBox()
    this.state.removed = true
    for (const child of [...this.childNodes()]) child.markRemoved()
    removeStuckNodes(this)
    this.detach()
    const page = this.board.page.state
    page.selection = page.selection.filter((node) => node.state.id !== this.state.id)
  }

  protected read(member: string): void {
    this.board.hostCalls.read(`${this.nodeType}.${member}`)
    if (this.state.removed) throw nodeDoesNotExist(`get_${member}`, this.state.id)
  }

  protected write(member: string): void {
    this.board.hostCalls.write(`${this.nodeType}.${member}=`)
    if (this.state.removed) throw nodeDoesNotExist(`set_${member}`, this.state.id)
  }

  protected call(member: string): void {
    this.board.hostCalls.call(`${this.nodeType}.${member}()`)
    if (this.state.removed) throw nodeDoesNotExist(member, this.state.id)
  }

  get id(): string {
    this.board.hostCalls.read(`${this.nodeType}.id`)
    return this.state.id
  }

  get removed(): boolean {
    this.board.hostCalls.read(`${this.nodeType}.removed`)
    return this.state.removed
  }

  remove(): void {
    this.call('remove')
    this.board.changes.deleted(this.asSceneNode())
    this.markRemoved()
  }

  get name(): string {
    this.read('name')
    return this.state.name
  }

  set name(value: string) {
    this.write('name')
    this.state.name = value
  }

  get x(): number {
    this.read('x')
    return this.localPosition().x
  }

  set x(value: number) {
    this.write('x')
    requireFinite('set_x', value)
    this.board.changes.changed(this.asSceneNode(), 'x')
    this.moveLocal(value, this.localPosition().y)
  }

  get y(): number {
    this.read('y')
    return this.localPosition().y
  }

  set y(value: number) {
    this.write('y')
    requireFinite('set_y', value)
    this.board.changes.changed(this.asSceneNode(), 'y')
    this.moveLocal(this.localPosition().x, value)
  }

  get width(): number {
    this.read('width')
    return this.size().width
  }

  get height(): number {
    this.read('height')
    return this.size().height
  }

  get absoluteBoundingBox(): Rect {
    this.read('absoluteBoundingBox')
    return this.absoluteBox()
  }

  getPluginData(key: string): string {
    this.call('getPluginData')
    return this.state.pluginData.get(key) ?? ''
  }

  /**
   * Stores `value` under `key`; an empty value removes the key.
   * @throws Error when plugin id, key and value pass 100 kB (`readings.pluginDataLimit`).
   */
  setPluginData(key: string, value: string): void {
    this.call('setPluginData')
    this.checkEntrySize('setPluginData', [FAKE_PLUGIN_ID, key, value])
    setEntry(this.state.pluginData, key, value)
  }

  getSharedPluginData(namespace: string, key: string): string {
    this.call('getSharedPluginData')
    checkNamespace('getSharedPluginData', namespace)
    return this.state.sharedPluginData.get(namespace)?.get(key) ?? ''
  }

  /**
   * Stores `value` under `namespace` and `key`, readable by every plugin; an empty value removes
   * the key.
   * @throws Error for a namespace of fewer than 3 alphanumeric characters, or when namespace,
   *   key and value pass 100 kB (`readings.pluginDataLimit`).
   */
  setSharedPluginData(namespace: string, key: string, value: string): void {
    this.call('setSharedPluginData')
    checkNamespace('setSharedPluginData', namespace)
    this.checkEntrySize('setSharedPluginData', [namespace, key, value])
    const entries = this.state.sharedPluginData.get(namespace) ?? new Map<string, string>()
    setEntry(entries, key, value)
    this.state.sharedPluginData.set(namespace, entries)
  }

  private checkEntrySize(member: string, parts: readonly string[]): void {
    const { size, max } = pluginDataEntrySize(this.board.readings.pluginDataLimit, parts)
    if (size > max) {
      throw new Error(
        `in ${member}: Plugin data entry is ${size} long, more than the ${max} allowed`,
      )
    }
  }
}

function setEntry(entries: Map<string, string>, key: string, value: string): void {
  if (value === '') entries.delete(key)
  else entries.set(key, value)
}

/**
 * "The namespace must be at least 3 alphanumeric characters"
 * (https://developers.figma.com/docs/plugins/api/node-properties, setSharedPluginData).
 */
export function checkNamespace(member: string, namespace: string): void {
  if (!/^[A-Za-z0-9]{3,}$/.test(namespace)) {
    throw new Error(`in ${member}: Namespace must be at least 3 alphanumeric characters`)
  }
}

/** Figma deletes a group left without children (GroupNode docs). */
function removeIfEmptyGroup(container: FakeContainer | null): void {
  if (
    container?.nodeType === 'GROUP' &&
    !container.state.removed &&
    container.state.children.length === 0
  ) {
    container.markRemoved()
  }
}
