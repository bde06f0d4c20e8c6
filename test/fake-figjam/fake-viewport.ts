import type { PortViewport } from '../../src/board/figjam-port'
import { requireFinite } from './fake-node'
import type { HostCalls } from './host-calls'

/**
 * `figma.viewport`: `center` (absolute, px) and `zoom` (1 = 100 %) are read/write; `bounds` is
 * the page area the screen shows, `viewportSize` px divided by the zoom, around the centre.
 */
export class FakeViewport implements PortViewport {
  readonly state = { center: { x: 0, y: 0 }, zoom: 1 }

  constructor(
    private readonly hostCalls: HostCalls,
    readonly viewportSize: { readonly width: number; readonly height: number },
  ) {}

  get center(): Vector {
    this.hostCalls.read('viewport.center')
    return { ...this.state.center }
  }

  /** @throws Error for a non-finite coordinate. */
  set center(value: Vector) {
    this.hostCalls.write('viewport.center=')
    requireFinite('set_center', value.x)
    requireFinite('set_center', value.y)
    this.state.center = { x: value.x, y: value.y }
  }

  get zoom(): number {
    this.hostCalls.read('viewport.zoom')
    return this.state.zoom
  }

  /** @throws Error for a zoom that is not a finite number above 0. */
  set zoom(value: number) {
    this.hostCalls.write('viewport.zoom=')
    requireFinite('set_zoom', value)
    if (value <= 0) throw new Error(`in set_zoom: Zoom must be greater than 0, got ${value}`)
    this.state.zoom = value
  }

  get bounds(): Rect {
    this.hostCalls.read('viewport.bounds')
    return this.visibleRect()
  }

  /** What `bounds` returns, without counting a host call. */
  visibleRect(): Rect {
    const { center, zoom } = this.state
    const width = this.viewportSize.width / zoom
    const height = this.viewportSize.height / zoom
    return { x: center.x - width / 2, y: center.y - height / 2, width, height }
  }
}
