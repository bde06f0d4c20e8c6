/** The `create*` methods a test can make fail. */
export type FaultableMethod =
  'createSection' | 'createSticky' | 'createText' | 'createShapeWithText' | 'createConnector'

/**
 * Planned failures of `create*` calls: after `afterCalls` more successful calls the method
 * throws once, then works again.
 */
export class CreationFaults {
  private readonly planned = new Map<FaultableMethod, { remaining: number; error: Error }>()

  /** @throws Error for `afterCalls` that is not a whole number ≥ 0. */
  plan(method: FaultableMethod, afterCalls: number, error: Error): void {
    if (!Number.isInteger(afterCalls) || afterCalls < 0) {
      throw new Error(`failNext: afterCalls must be a whole number ≥ 0, got ${afterCalls}`)
    }
    this.planned.set(method, { remaining: afterCalls, error })
  }

  /** @throws the planned error when `method`'s turn to fail has come. */
  check(method: FaultableMethod): void {
    const plan = this.planned.get(method)
    if (plan === undefined) return
    if (plan.remaining === 0) {
      this.planned.delete(method)
      throw plan.error
    }
    plan.remaining -= 1
  }
}
