/*
 * The event queue orders by (time, priority, sequence) and nothing else.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventQueue } from "../../src/sim/queue.ts";

function drain(q: EventQueue): [number, number, number][] {
  const out: [number, number, number][] = [];
  while (q.pop()) out.push([q.time, q.prio, q.payload]);
  return out;
}

describe("EventQueue", () => {
  it("pops earlier times first, then lower priorities, then push order", () => {
    const q = new EventQueue(4);
    q.push(10, 1, 0);
    q.push(5, 1, 1);
    q.push(10, 0, 2);
    q.push(10, 1, 3);
    q.push(5, 1, 4);
    expect(drain(q)).toEqual([
      [5, 1, 1],
      [5, 1, 4],
      [10, 0, 2],
      [10, 1, 0],
      [10, 1, 3],
    ]);
  });

  it("reports +Infinity as the next time when empty, as SimPy's peek does", () => {
    const q = new EventQueue();
    expect(q.peekTime()).toBe(Number.POSITIVE_INFINITY);
    expect(q.pop()).toBe(false);
  });

  it("grows past its initial capacity without losing events", () => {
    const q = new EventQueue(4);
    for (let i = 0; i < 1000; i++) q.push(1000 - i, 0, i);
    expect(q.size).toBe(1000);
    const out = drain(q);
    expect(out.map((e) => e[2])).toEqual(Array.from({ length: 1000 }, (_, i) => 999 - i));
  });

  it("returns increasing sequence numbers, and pop exposes the popped one", () => {
    const q = new EventQueue();
    const a = q.push(3, 0, 7);
    const b = q.push(1, 0, 8);
    expect(b).toBeGreaterThan(a);
    q.pop();
    expect([q.seq, q.payload]).toEqual([b, 8]);
  });

  it("matches a stable sort by (time, priority) for any interleaving of pushes and pops", () => {
    const op = fc.oneof(
      fc.record({
        push: fc.constant(true),
        time: fc.integer({ min: 0, max: 20 }),
        prio: fc.integer({ min: 0, max: 2 }),
      }),
      fc.record({ push: fc.constant(false) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const q = new EventQueue(2);
        const model: { time: number; prio: number; id: number }[] = [];
        let id = 0;
        for (const o of ops) {
          if (o.push && "time" in o) {
            q.push(o.time, o.prio, id);
            model.push({ time: o.time, prio: o.prio, id: id++ });
          } else {
            // The reference: a stable sort keeps push order among equal keys.
            model.sort((a, b) => a.time - b.time || a.prio - b.prio);
            const want = model.shift();
            expect(q.pop()).toBe(want !== undefined);
            if (want) expect([q.time, q.prio, q.payload]).toEqual([want.time, want.prio, want.id]);
          }
        }
      }),
      { seed: 20251125 },
    );
  });
});
