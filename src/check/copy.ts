/*
 * Copies of the explorer's bookkeeping for Execution.copyFrom (monitor
 * histories, held-lock stacks, lock queues). Each owner copies its own
 * structures (Monitor.save): records it never mutates are shared, so a copy
 * costs a Map or array copy per container, not a walk over every object.
 */

/** A Map's copy; each value copied by f, or shared (immutable values) without one. */
export function copyMap<K, V>(m: ReadonlyMap<K, V>, f?: (v: V) => V): Map<K, V> {
  if (!f) return new Map(m);
  const out = new Map<K, V>();
  for (const [k, v] of m) out.set(k, f(v));
  return out;
}

/** An array's copy, for Map values that are arrays of immutable records. */
export const copyArray = <T>(a: readonly T[]): T[] => a.slice();

/**
 * Overwrite `to` with the elements of `from`, in its own storage. The
 * length is set only when it changes: setting it is a call into the
 * runtime even then, and the explorer copies a few arrays per branch.
 */
export function copyInto<T>(to: T[], from: readonly T[]): void {
  const n = from.length;
  for (let i = 0; i < n; i++) to[i] = from[i]!;
  if (to.length !== n) to.length = n;
}
