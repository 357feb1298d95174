/*
 * The simulated heap: tagged pointers tell live, freed, stale (freed and
 * reused) and wild pointers apart, and the incremental state hash depends
 * only on the heap's contents, not on the order of the writes that made them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL } from "../../src/model/index.ts";
import { Heap, ptrType } from "../../src/sim/heap.ts";

const heap = () => new Heap(MODEL.structs.values());

describe("Heap", () => {
  it("allocates zeroed objects with their embedded locks", () => {
    const h = heap();
    const av = h.alloc(h.typeOf("anon_vma"));
    expect(h.validity(av)).toBe("ok");
    expect(h.load(av, h.field(ptrType(av), "root"))).toBe(0);
    const rwsem = h.load(av, h.field(ptrType(av), "rwsem"));
    expect(h.validity(rwsem, h.typeOf("rw_semaphore"))).toBe("ok");
    // Object pointers leave the low bits free for FOLIO_MAPPING_ANON.
    expect(av & 3).toBe(0);
  });

  it("tells a freed object, a reused slot (stale tag) and a wild pointer apart", () => {
    const h = heap();
    const t = h.typeOf("anon_vma");
    const a = h.alloc(t);
    const lock = h.load(a, h.field(t, "rwsem"));
    h.free(a);
    expect(h.validity(a)).toBe("freed");
    expect(h.validity(lock)).toBe("freed");
    const b = h.alloc(t); // SLAB_TYPESAFE_BY_RCU: the same slot comes back at once
    expect(b).not.toBe(a);
    expect(h.validity(a)).toBe("stale");
    expect(h.validity(b)).toBe("ok");
    expect(h.validity(a | 1)).toBe("wild");
    expect(h.validity(b, h.typeOf("folio"))).toBe("wild");
  });

  it("hashes contents, not history", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -5, max: 5 })), {
          maxLength: 30,
        }),
        (writes) => {
          const h1 = heap();
          const h2 = heap();
          const t = h1.typeOf("vm_area_struct");
          const objs1 = [h1.alloc(t), h1.alloc(t)];
          const objs2 = [h2.alloc(t), h2.alloc(t)];
          const f = h1.field(t, "vm_start");
          // h1 applies every write; h2 applies only the last value per object.
          const last = new Map<number, number>();
          for (const [o, v] of writes) {
            h1.store(objs1[o % 2]!, f, v);
            last.set(o % 2, v);
          }
          for (const [o, v] of last) h2.store(objs2[o]!, f, v);
          expect([h1.hashLo, h1.hashHi]).toEqual([h2.hashLo, h2.hashHi]);
        },
      ),
    );
  });

  it("changes the hash when any word changes", () => {
    const h = heap();
    const t = h.typeOf("folio");
    const f = h.alloc(t);
    const before = [h.hashLo, h.hashHi];
    h.store(f, h.field(t, "index"), 7);
    expect([h.hashLo, h.hashHi]).not.toEqual(before);
    h.store(f, h.field(t, "index"), 0);
    expect([h.hashLo, h.hashHi]).toEqual(before);
  });
});
