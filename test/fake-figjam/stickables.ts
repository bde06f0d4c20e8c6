/** A node that can be stuck to a host and is removed with it. */
export interface Stickable {
  markRemoved(): void
}

const stuckByHost = new WeakMap<object, Set<Stickable>>()

/**
 * Records that `stickable` is stuck to `host` (or to nothing, for null), replacing what it was
 * stuck to before.
 */
export function stick(stickable: Stickable, from: object | null, to: object | null): void {
  if (from !== null) stuckByHost.get(from)?.delete(stickable)
  if (to === null) return
  const stuck = stuckByHost.get(to) ?? new Set<Stickable>()
  stuck.add(stickable)
  stuckByHost.set(to, stuck)
}

/**
 * Removes every stickable stuck to `host`, as FigJam deletes the stamps on a deleted sticky:
 * `stuckNodes` move with their host ("If the stickable host moves all nodes that are in
 * stuckNodes move along with it", https://developers.figma.com/docs/plugins/api/properties/nodes-stucknodes).
 */
export function removeStuckNodes(host: object): void {
  const stuck = stuckByHost.get(host)
  if (stuck === undefined) return
  stuckByHost.delete(host)
  for (const stickable of stuck) stickable.markRemoved()
}
