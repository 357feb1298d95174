/*
 * Step footprints, for the explorer's sleep sets: two steps commute unless
 * one writes what the other touches, a lock operation counts as a write of
 * its lock, and a footprint is a set (a loop over a PTE table reads one
 * field 512 times and keeps one key).
 */
import { describe, expect, it } from "vitest";
import { FootprintRecorder, type FootprintTable, independent } from "../../src/check/footprint.ts";

/** One search's table: footprints with the same keys are one. */
const table: FootprintTable = new Map();

function footprint(record: (r: FootprintRecorder) => void) {
  const r = new FootprintRecorder(table);
  r.reset();
  record(r);
  return r.take();
}

describe("footprints", () => {
  it("reads of one field commute; a write of it does not commute with a read", () => {
    const read = footprint((r) => r.field("folio", "mapping", false));
    const write = footprint((r) => r.field("folio", "mapping", true));
    const other = footprint((r) => r.field("folio", "index", true));
    expect(independent(read, read)).toBe(true);
    expect(independent(read, write)).toBe(false);
    expect(independent(write, read)).toBe(false);
    expect(independent(write, other)).toBe(true);
  });

  it("a lock operation is a write of its lock, and RCU one lock of its own", () => {
    expect(
      independent(
        footprint((r) => r.lock(0x40)),
        footprint((r) => r.lock(0x40)),
      ),
    ).toBe(false);
    expect(
      independent(
        footprint((r) => r.lock(0x40)),
        footprint((r) => r.lock(0x80)),
      ),
    ).toBe(true);
    expect(
      independent(
        footprint((r) => r.lock(0)),
        footprint((r) => r.lock(0)),
      ),
    ).toBe(false);
  });

  it("keeps one key for a field read again and again, so a long loop costs one", () => {
    const once = footprint((r) => r.field("pte_t", "pte", false));
    const many = footprint((r) => {
      for (let i = 0; i < 512; i++) r.field("pte_t", "pte", false);
    });
    expect(many).toBe(once); // interned: the same keys, the same footprint
    expect(many === "all" ? -1 : many.length).toBe(1);
    const write = footprint((r) => {
      r.field("pte_t", "pte", false);
      r.field("pte_t", "pte", true);
      r.field("pte_t", "pte", false);
    });
    expect(write === "all" ? -1 : write.length).toBe(3);
    expect(independent(write, once)).toBe(false);
  });

  it("a step that touched everything commutes with nothing", () => {
    const all = footprint((r) => r.everything());
    expect(all).toBe("all");
    expect(
      independent(
        all,
        footprint((r) => r.field("folio", "index", false)),
      ),
    ).toBe(false);
  });
});
