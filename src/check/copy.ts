/*
 * Copies of the explorer's bookkeeping for Execution.copyFrom (monitor
 * histories, held-lock stacks, lock queues). Each owner copies its own
 * structures (Monitor.copyFrom): records it never mutates are shared, so a
 * copy costs an array copy per container, not a walk over every object.
 */

/**
 * Overwrite `to` with the elements of `from`, in its own storage (no spread:
 * a long schedule would overflow the argument stack). The length is set
 * only when it changes: setting it is a call into the runtime even then,
 * and the explorer copies a few arrays per branch.
 */
export function copyInto<T>(to: T[], from: readonly T[]): void {
  const n = from.length;
  for (let i = 0; i < n; i++) to[i] = from[i]!;
  if (to.length !== n) to.length = n;
}

/**
 * Make `to` hold what `from` holds, an array per key, copying each array
 * into the one `to` already has for that key (elements are shared: records
 * neither side changes). Execution.copyFrom's owners copy this way instead
 * of building a Map and its arrays per branch.
 */
export function copyArraysInto<K, T>(to: Map<K, T[]>, from: ReadonlyMap<K, readonly T[]>): void {
  for (const k of to.keys()) if (!from.has(k)) to.delete(k);
  for (const [k, a] of from) {
    const mine = to.get(k);
    if (mine) copyInto(mine, a);
    else to.set(k, a.slice());
  }
}
