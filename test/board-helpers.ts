import { placeTemplateAsync } from '../src/board/place-template-async'
import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import { createFakeFigJam, type FakeFigJam } from './fake-figjam/fake-figjam'
import type { FakeSceneNode } from './fake-figjam/fake-scene-node'
import type { FakeSection } from './fake-figjam/fake-section'

/** Plugin data `role` of a fake node, read without counting host calls. */
export function roleOf(node: FakeSceneNode): string {
  return node.state.pluginData.get('role') ?? ''
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
      node.nodeType === 'SECTION' && node.state.pluginData.get('areaId') === areaId,
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
    })),
  )
}

/** Whether two rectangles share any area. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** A fake board with one API Value Proposition Canvas placed on it. */
export async function boardWithAvpAsync(): Promise<{ fake: FakeFigJam; canvas: FakeSection }> {
  const fake = createFakeFigJam()
  const placed = await placeTemplateAsync(fake, apiValuePropositionCanvas)
  const canvas = sectionsWithRole(fake, 'canvas').find((node) => node.state.id === placed.canvasId)
  if (canvas === undefined) throw new Error('canvas not placed')
  return { fake, canvas }
}
