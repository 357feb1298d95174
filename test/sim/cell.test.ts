/*
 * One matrix cell end to end: the shipped workloads build their object graph
 * with the policy's own paths and run under the timed engine. The cells are
 * shortened (20 ms, 5 ms warm-up) to keep the suite fast; the behaviour they
 * check does not need the full 100 ms.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frontEnd } from "../../src/lang/index.ts";
import { type CellResult, runCell } from "../../src/sim/cell.ts";
import { SequentialRunner } from "../../src/sim/sequential.ts";
import { PTE_PRESENT, PTE_WRITE } from "../../src/sim/world.ts";
import { loadMachine } from "../../src/workload/machine.ts";
import { loadWorkload } from "../../src/workload/workload.ts";
import { fileReader } from "../../src/policy-files.ts";

const read = fileReader(process.cwd());
const machine = loadMachine(
  "workloads/machines/arm64-mobile-8.yaml",
  readFileSync("workloads/machines/arm64-mobile-8.yaml", "utf8"),
);
const workload = (name: string) =>
  loadWorkload(`workloads/${name}.yaml`, readFileSync(`workloads/${name}.yaml`, "utf8"));
const policy = (v: string) => {
  const r = frontEnd(`policies/linux-${v}.policy`, read);
  if (!r.ir) throw new Error(r.diagnostics.map((d) => d.message).join("\n"));
  return r.ir;
};

const SHORT = { durationNs: 20e6, warmupNs: 5e6 };
const uffd = workload("uffd-move");
const cell = (v: string, seed: number) =>
  runCell({ ir: policy(v), workload: uffd, machine, seed, ...SHORT });

const calls = (r: CellResult, call: string) =>
  r.paths.filter((p) => p.call === call).reduce((n, p) => n + p.calls, 0);
const writes = (r: CellResult, cls: string) =>
  r.report.locks.filter((l) => l.name === cls).reduce((n, l) => n + l.write.acquisitions, 0);

describe("runCell: uffd-move on arm64-mobile-8", () => {
  const old = cell("v6.18", 1);
  const neu = cell("v6.19", 1);

  it("builds the zygote -> app graph the workload describes", () => {
    // zygote faults 1% of each 2048-page VMA; the app writes all of java_heap.
    expect(old.setup).toMatchObject({ instances: 2, vmas: 4, faulted: 2 * 20, private: 2048 });
    expect(old.setup.faultErrors).toBe(0);
    expect(neu.setup).toEqual(old.setup);
  });

  it("moves pages on both versions, and the moves succeed", () => {
    for (const r of [old, neu]) {
      expect(calls(r, "move_pages")).toBeGreaterThan(0);
      const returns = r.paths.flatMap((p) => p.returns);
      const moved = returns.filter(([v]) => v > 0).reduce((n, [, c]) => n + c, 0);
      // Every single-page move returns PAGE_SIZE: the stripe never meets a hole.
      expect(moved).toBe(calls(r, "move_pages"));
      expect(returns.every(([v]) => v === 4096)).toBe(true);
      const ui = r.paths.find((p) => p.pool === "ui")!;
      expect(ui.latency.count).toBe(ui.calls);
      expect(ui.latency.max).toBeGreaterThanOrEqual(ui.latency.p99);
      expect(ui.latency.p99).toBeGreaterThanOrEqual(ui.latency.p50);
      expect(ui.latency.p50).toBeGreaterThan(0);
    }
  });

  it("v6.18 write-locks the anon_vma on the MOVE path; v6.19 does not", () => {
    // Setup runs before the engine starts, so every engine acquisition is a
    // move's. Both spaces got their anon_vma at setup (zygote faulted them;
    // the app's copies at fork), so __anon_vma_prepare takes no write lock here.
    // v6.18 takes it once per move (lock stats include the warm-up's moves too).
    expect(writes(old, "&anon_vma->rwsem")).toBeGreaterThanOrEqual(calls(old, "move_pages"));
    expect(writes(neu, "&anon_vma->rwsem")).toBe(0);
  });

  it("accounts every pool's threads", () => {
    for (const r of [old, neu]) {
      expect(r.threads.map((t) => [t.pool, t.threads])).toEqual([
        ["ui", 1],
        ["gc", 3],
      ]);
      for (const t of r.threads) expect(t.cpuNs).toBeGreaterThan(0);
    }
  });

  it("is deterministic: same seed, byte-identical JSON", () => {
    expect(JSON.stringify(cell("v6.18", 1))).toBe(JSON.stringify(old));
    expect(JSON.stringify(cell("v6.18", 2))).not.toBe(JSON.stringify(old));
  });
});

describe("runCell: reclaim on arm64-mobile-8", () => {
  it("runs v6.19 with reclaim, faults and COW", () => {
    const r = runCell({
      ir: policy("v6.19"),
      workload: workload("reclaim"),
      machine,
      seed: 3,
      ...SHORT,
    });
    // zygote (1), 6 apps, 6 helpers; the children share pages with their parents.
    expect(r.setup.instances).toBe(13);
    expect(r.setup.shared).toBeGreaterThan(0);
    expect(r.setup.faultErrors).toBe(0);
    expect(calls(r, "shrink_folio_list_one")).toBeGreaterThan(0);
    expect(calls(r, "shrink_active_folio")).toBeGreaterThan(0);
    expect(calls(r, "do_page_fault")).toBeGreaterThan(0);
  });
});

describe("World.copyPte: a fork's COW-shared page", () => {
  it("write-protects both PTEs; the child's write copies, the parent's then reuses", () => {
    const run = new SequentialRunner(policy("v6.19"));
    const w = run.world;
    const h = w.heap;
    const set = (o: number, s: string, f: string, v: number) =>
      h.store(o, h.field(w.typeId(s), f), v);
    const count = (f: number, field: string) =>
      h.load(h.load(f, h.field(w.typeId("folio"), field)), 0);
    const ADDR = 0x200000;
    const parent = w.allocObject("mm_struct");
    const child = w.allocObject("mm_struct");
    const pv = w.allocObject("vm_area_struct");
    set(pv, "vm_area_struct", "vm_mm", parent);
    set(pv, "vm_area_struct", "vm_start", ADDR);
    set(pv, "vm_area_struct", "vm_end", ADDR + 16 * 4096);
    set(pv, "vm_area_struct", "vm_pgoff", ADDR >>> 12);
    set(pv, "vm_area_struct", "vm_flags", 0x1 | 0x2 | 0x20);
    set(pv, "vm_area_struct", "vm_page_prot", 0x1 | 0x2);
    expect(run.call("do_page_fault", parent, ADDR, 1)).toBe(0);
    expect(run.call("dup_mmap_one", child, parent, pv)).not.toBe(0);
    const folio = w.copyPte(parent, child, ADDR);
    expect(folio).toBe(w.folioOfPte(w.peekPte(parent, ADDR)));
    expect(w.folioOfPte(w.peekPte(child, ADDR))).toBe(folio);
    for (const mm of [parent, child]) expect(w.peekPte(mm, ADDR) & PTE_WRITE).toBe(0);
    expect(count(folio, "_mapcount")).toBe(2);
    expect(count(folio, "_refcount")).toBe(2);
    // Nothing to copy where the parent has no PTE.
    expect(w.copyPte(parent, child, ADDR + 4096)).toBe(0);

    // The child's write: do_wp_page copies (the page is no longer exclusive).
    expect(run.call("do_page_fault", child, ADDR, 1)).toBe(0);
    const copy = w.folioOfPte(w.peekPte(child, ADDR));
    expect(copy).not.toBe(folio);
    expect(w.peekPte(child, ADDR) & (PTE_PRESENT | PTE_WRITE)).toBe(PTE_PRESENT | PTE_WRITE);
    expect(count(folio, "_mapcount")).toBe(1);
    // The parent's write makes its PTE writable again. (Whether by reuse or by
    // a copy is the policy's call: its wp_page_copy keeps the old mapping's
    // reference, so the refcount check in wp_can_reuse_anon_folio fails.)
    expect(run.call("do_page_fault", parent, ADDR, 1)).toBe(0);
    expect(w.peekPte(parent, ADDR) & (PTE_PRESENT | PTE_WRITE)).toBe(PTE_PRESENT | PTE_WRITE);
  });
});

describe("runCell: android-jank on arm64-mobile-8", () => {
  it("runs mprotect split/merge, fork and munmap ops to completion", () => {
    const r = runCell({
      ir: policy("v6.18"),
      workload: workload("android-jank"),
      machine,
      seed: 1,
      ...SHORT,
    });
    // mprotect splits java_heap and merges it back: each call returns 0 and
    // none is left waiting on a VMA lock it already holds.
    const mprotect = r.paths.filter((p) => p.call === "do_mprotect_pkey");
    expect(mprotect.reduce((n, p) => n + p.calls, 0)).toBeGreaterThan(0);
    for (const p of mprotect) expect(p.returns.every(([v]) => v === 0)).toBe(true);
    const bg = r.threads.find((t) => t.pool === "bg_runtime")!;
    expect(bg.dstate.max).toBeLessThan(1e6);
    // zygote spawns (dup_mmap_one returns the child's VMA) and kills (munmap of it).
    const forks = r.paths.find((p) => p.call === "dup_mmap_one")!;
    expect(forks.calls).toBeGreaterThan(0);
    expect(forks.returns.every(([v]) => v !== 0)).toBe(true);
    expect(calls(r, "do_munmap")).toBeGreaterThan(0);
  });
});
