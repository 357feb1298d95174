/*
 * Deep copy of the explorer's bookkeeping (monitor histories, held-lock
 * stacks, lock queues) for Execution.copyFrom. Containers (Map, Set, arrays,
 * typed arrays) and records are copied, once each, so what two monitors
 * share stays shared in the copy; frozen objects are immutable by contract
 * (StepRefs, HeldLocks: see finding.ts) and are shared, not copied, which
 * is what makes a copy cheaper than structuredClone's serialisation.
 */

export function deepCopy<T>(v: T, memo: Map<object, unknown> = new Map()): T {
  if (typeof v !== "object" || v === null || Object.isFrozen(v)) return v;
  const done = memo.get(v);
  if (done !== undefined) return done as T;
  if (v instanceof Map) {
    const m = new Map();
    memo.set(v, m);
    for (const [k, x] of v) m.set(deepCopy(k, memo), deepCopy(x, memo));
    return m as T;
  }
  if (v instanceof Set) {
    const s = new Set();
    memo.set(v, s);
    for (const x of v) s.add(deepCopy(x, memo));
    return s as T;
  }
  if (Array.isArray(v)) {
    const a = new Array(v.length);
    memo.set(v, a);
    for (let i = 0; i < v.length; i++) a[i] = deepCopy(v[i], memo);
    return a as T;
  }
  if (ArrayBuffer.isView(v)) {
    const c = (v as unknown as Int32Array).slice();
    memo.set(v, c);
    return c as T;
  }
  const o = Object.create(Object.getPrototypeOf(v)) as Record<string, unknown>;
  memo.set(v, o);
  for (const k of Object.keys(v)) o[k] = deepCopy((v as Record<string, unknown>)[k], memo);
  return o as T;
}
