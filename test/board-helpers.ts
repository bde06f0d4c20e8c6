import type { FigJamPort } from '../src/board/figjam-port'
import { placeCanvasesAsync, type PlacedCanvas } from '../src/board/place-canvases-async'
import { PLUGIN_DATA_NAMESPACE, type PluginDataKey } from '../src/board/plugin-data'
import { BODY_FONT, TITLE_FONT } from '../src/board/plugin-fonts'
import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import type { CanvasDefinition } from '../src/canvas/canvas-definition'
import type { RelaunchTexts } from '../src/canvas/relaunch-texts'
import { createFakeFigJam, type FakeFigJam } from './fake-figjam/fake-figjam'
import type { FakeSceneNode } from './fake-figjam/fake-scene-node'
import type { FakeSection } from './fake-figjam/fake-section'

/**
 * The plugin's marker `key` on a fake node (shared plugin data under the plugin's namespace,
 * else private plugin data, as the adapter reads it), read without counting host calls.
 */
export function markerOf(node: FakeSceneNode, key: PluginDataKey): string {
  const shared = node.state.sharedPluginData.get(PLUGIN_DATA_NAMESPACE)?.get(key) ?? ''
  return shared === '' ? (node.state.pluginData.get(key) ?? '') : shared
}

/** Sets the plugin's marker `key` on a fake node, as another plugin or a script could. */
export function setMarker(node: FakeSceneNode, key: PluginDataKey, value: string): void {
  const entries =
    node.state.sharedPluginData.get(PLUGIN_DATA_NAMESPACE) ?? new Map<string, string>()
  entries.set(key, value)
  node.state.sharedPluginData.set(PLUGIN_DATA_NAMESPACE, entries)
}

/** Plugin data `role` of a fake node, read without counting host calls. */
export function roleOf(node: FakeSceneNode): string {
  return markerOf(node, 'role')
}

/** Every section on the board with plugin data role `role`, in z-order. */
export function sectionsWithRole(fake: FakeFigJam, role: string): FakeSection[] {
  return fake
    .allNodes()
    .filter((node): node is FakeSection => node.nodeType === 'SECTION' && roleOf(node) === role)
}

/** The only canvas section on the board; fails the test when there is not exactly one. */
export function onlyCanvas(fake: FakeFigJam): FakeSection {
  const canvases = sectionsWithRole(fake, 'canvas')
  const [canvas] = canvases
  if (canvases.length !== 1 || canvas === undefined) {
    throw new Error(`expected one canvas section, found ${String(canvases.length)}`)
  }
  return canvas
}

/** The area section of `areaId` inside `canvas`. */
export function areaSection(canvas: FakeSection, areaId: string): FakeSection {
  const found = canvas.state.children.find(
    (node): node is FakeSection =>
      node.nodeType === 'SECTION' && markerOf(node, 'areaId') === areaId,
  )
  if (found === undefined) {
    throw new Error(`no area section "${areaId}"`)
  }
  return found
}

/** A plain snapshot of the whole board, to compare before and after an operation. */
export function boardSnapshot(fake: FakeFigJam): string {
  return JSON.stringify(
    fake.allNodes().map((node) => ({
      id: node.state.id,
      type: node.nodeType,
      name: node.state.name,
      box: node.absoluteBox(),
      parent: node.state.parent?.state.id ?? null,
      pluginData: [...node.state.pluginData.entries()],
      shared: [...node.state.sharedPluginData].map(([space, entries]) => [space, [...entries]]),
    })),
  )
}

/** Whether two rectangles share any area. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/**
 * Places one empty canvas of `definition` as the panel does (`placeCanvasesAsync` with that
 * canvas alone, no notes, no connectors), its relaunch buttons described by `relaunch` (none:
 * without descriptions).
 * @throws Error as `placeCanvasesAsync` does; the page is then as it was.
 */
export async function placeTemplateAsync(
  figma: FigJamPort,
  definition: CanvasDefinition,
  relaunch?: RelaunchTexts,
): Promise<PlacedCanvas> {
  const [placed] = await placeCanvasesAsync(figma, {
    canvases: [{ definition, notes: [] }],
    connectors: [],
    ...(relaunch === undefined ? {} : { relaunch: [relaunch] }),
  })
  if (placed === undefined) throw new Error(`${definition.title} was not placed`)
  return placed
}

/** A fake board with one API Value Proposition Canvas placed on it. */
export async function boardWithAvpAsync(): Promise<{ fake: FakeFigJam; canvas: FakeSection }> {
  const fake = createFakeFigJam()
  const placed = await placeTemplateAsync(fake, apiValuePropositionCanvas)
  const canvas = sectionsWithRole(fake, 'canvas').find((node) => node.state.id === placed.canvasId)
  if (canvas === undefined) throw new Error('canvas not placed')
  return { fake, canvas }
}

/**
 * What `fake.fontLoads` holds after one placement: the plugin's title and body fonts once each,
 * and with `withStickies` the font FigJam gives new stickies (`readings.stickyFont`) once too.
 */
export function pluginFontLoads(fake: FakeFigJam, withStickies: boolean): Record<string, number> {
  const fonts = [TITLE_FONT, BODY_FONT, ...(withStickies ? [fake.readings.stickyFont] : [])]
  return Object.fromEntries(fonts.map((font) => [`${font.family} ${font.style}`, 1]))
}
