/**
 * How often code called into the fake host, as a plugin calls into Figma's: every property read,
 * property write and method call on the port's objects (figma, page, viewport, nodes, text
 * sublayers). `byName` keys are `OWNER.member` for reads, `OWNER.member=` for writes and
 * `OWNER.member()` for calls, where OWNER is `figma`, `PAGE`, `viewport`, a node type such as
 * `STICKY`, or `STICKY.text` for a text sublayer.
 */
export interface HostCallCounts {
  readonly reads: number
  readonly writes: number
  readonly calls: number
  readonly byName: ReadonlyMap<string, number>
}

/** The counter behind `HostCallCounts`; one increment and one map update per access. */
export class HostCalls implements HostCallCounts {
  reads = 0
  writes = 0
  calls = 0
  readonly byName = new Map<string, number>()

  read(name: string): void {
    this.reads += 1
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1)
  }

  write(name: string): void {
    this.writes += 1
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1)
  }

  call(name: string): void {
    this.calls += 1
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1)
  }

  reset(): void {
    this.reads = 0
    this.writes = 0
    this.calls = 0
    this.byName.clear()
  }
}
