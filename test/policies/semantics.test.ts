/*
 * The built-in policies do what the kernel does, one call at a time, before
 * any interleaving is explored: a fault maps a fresh anon folio under the
 * VMA's anon_vma; folio_referenced finds the young PTE once; fork links the
 * child into the parent's anon_vma tree; UFFDIO_MOVE moves a page to another
 * root and rewrites folio->mapping and folio->index; reclaim unmaps it. No
 * call leaves a lock held or touches freed memory.
 */
import { describe, expect, it } from "vitest";
import { frontEnd } from "../../src/lang/index.ts";
import { SequentialRunner } from "../../src/sim/sequential.ts";
import { NULL_OBSERVER, type Observer, PTE_PRESENT, PTE_YOUNG } from "../../src/sim/world.ts";
import { fileReader } from "../../src/policy-files.ts";

const read = fileReader(process.cwd());

const VM_READ = 0x1;
const VM_WRITE = 0x2;
const VM_MAYWRITE = 0x20;
const VM_UFFD_MISSING = 0x200;
const FOLIOREF_RECLAIM = 0;
const SRC = 0x100000;
const DST = 0x400000;

function setup(policy: string) {
  const r = frontEnd(policy, read);
  if (!r.ir) throw new Error(r.diagnostics.map((d) => d.message).join("\n"));
  const problems: string[] = [];
  const observer: Observer = {
    ...NULL_OBSERVER,
    badAccess: (_t, what, _p, v) => problems.push(`${what}: ${v}`),
    assertion: (_t, kind, macro) => problems.push(`${kind} ${macro}`),
  };
  const run = new SequentialRunner(r.ir, observer);
  const w = run.world;
  const h = w.heap;
  const set = (o: number, s: string, f: string, v: number) =>
    h.store(o, h.field(w.typeId(s), f), v);
  const get = (o: number, s: string, f: string) => h.load(o, h.field(w.typeId(s), f));
  const vma = (mm: number, start: number, pages: number) =>
    w.mmapAnon(mm, start, pages, VM_READ | VM_WRITE | VM_MAYWRITE | VM_UFFD_MISSING);
  const locksHeld = () =>
    [...run.sched.held.values()].filter((x) => x.writer || x.readers.length).length;
  return { run, w, get, set, vma, problems, locksHeld };
}

// The proposal and the unsafe fixtures too: their bugs need a second thread, not a different sequential result.
for (const policy of [
  "policies/linux-v6.18.policy",
  "policies/linux-v6.19.policy",
  "policies/proposals/anon-vma-flag.policy",
  "test/fixtures/policies/seed-diff.policy",
  "test/fixtures/policies/folio-lock-only.policy",
]) {
  describe(policy, () => {
    it("faults, walks, forks, moves and reclaims like the kernel", () => {
      const { run, w, get, set, vma, problems, locksHeld } = setup(policy);
      const mm = w.allocObject("mm_struct");
      const src = vma(mm, SRC, 16);

      // A write fault maps a fresh exclusive anon folio under the VMA's new anon_vma.
      expect(run.call("do_page_fault", mm, SRC, 1)).toBe(0);
      const pte = w.peekPte(mm, SRC);
      expect(pte & PTE_PRESENT).toBe(PTE_PRESENT);
      const folio = w.folioOfPte(pte);
      const anonVma = get(src, "vm_area_struct", "anon_vma");
      expect(anonVma).not.toBe(0);
      expect(get(anonVma, "anon_vma", "root")).toBe(anonVma);
      expect(get(folio, "folio", "mapping")).toBe(anonVma | 1);
      expect(get(folio, "folio", "index")).toBe(SRC >>> 12);

      // folio_referenced finds the young PTE once and clears it.
      const flags = w.allocObject("cell");
      expect(w.peekPte(mm, SRC) & PTE_YOUNG).toBe(PTE_YOUNG);
      expect(run.call("folio_referenced", folio, 0, flags)).toBe(1);
      expect(run.call("folio_referenced", folio, 0, flags)).toBe(0);

      // fork: the child's VMA gets its own anon_vma under the parent's root.
      const child = w.allocObject("mm_struct");
      const cvma = run.call("dup_mmap_one", child, mm, src);
      expect(cvma).not.toBe(0);
      const cav = get(cvma, "vm_area_struct", "anon_vma");
      expect(cav).not.toBe(anonVma);
      expect(get(cav, "anon_vma", "root")).toBe(anonVma);
      expect(
        w.treeEntries(w.heap.load(anonVma, w.heap.field(w.typeId("anon_vma"), "rb_root"))),
      ).toHaveLength(2);

      // UFFDIO_MOVE of the page to a VMA with another root.
      const dst = vma(mm, DST, 16);
      const ctx = w.allocObject("userfaultfd_ctx");
      set(ctx, "userfaultfd_ctx", "mm", mm);
      expect(run.call("move_pages", ctx, DST, SRC, 4096, 0)).toBe(4096);
      expect(w.peekPte(mm, SRC)).toBe(0);
      expect(w.folioOfPte(w.peekPte(mm, DST))).toBe(folio);
      const dstAv = get(dst, "vm_area_struct", "anon_vma");
      expect(get(dstAv, "anon_vma", "root")).toBe(dstAv);
      expect(get(folio, "folio", "mapping")).toBe(dstAv | 1);
      expect(get(folio, "folio", "index")).toBe(DST >>> 12);

      // A batch: three more pages, one move_pages call, one PTE table on each side.
      for (let i = 1; i <= 3; i++) expect(run.call("do_page_fault", mm, SRC + i * 4096, 1)).toBe(0);
      const batch = [1, 2, 3].map((i) => w.folioOfPte(w.peekPte(mm, SRC + i * 4096)));
      expect(run.call("move_pages", ctx, DST + 4096, SRC + 4096, 3 * 4096, 0)).toBe(3 * 4096);
      batch.forEach((f, i) => {
        expect(w.peekPte(mm, SRC + (i + 1) * 4096)).toBe(0);
        expect(w.folioOfPte(w.peekPte(mm, DST + (i + 1) * 4096))).toBe(f);
        expect(get(f, "folio", "index")).toBe((DST >>> 12) + i + 1);
      });

      // Reclaim finds it through its new anon_vma and unmaps it.
      expect(run.call("shrink_folio_list_one", folio)).toBe(FOLIOREF_RECLAIM);
      expect(w.peekPte(mm, DST)).toBe(0);

      expect(problems).toEqual([]);
      expect(locksHeld()).toBe(0);
    });

    it("splits, merges back and unmaps VMAs, updating the interval tree", () => {
      const { run, w, get, vma, problems, locksHeld } = setup(policy);
      const mm = w.allocObject("mm_struct");
      const v = vma(mm, SRC, 16);
      expect(run.call("do_page_fault", mm, SRC, 1)).toBe(0);
      const av = get(v, "vm_area_struct", "anon_vma");
      const rbRoot = w.heap.load(av, w.heap.field(w.typeId("anon_vma"), "rb_root"));
      const flags = get(v, "vm_area_struct", "vm_flags");

      // mprotect the last 8 pages read-only: vma_modify() splits with new_below,
      // so the new VMA is the head and `v` keeps [start, end) with the new flags.
      expect(
        run.call("do_mprotect_pkey", 0, v, SRC + 8 * 4096, SRC + 16 * 4096, flags & ~VM_WRITE),
      ).toBe(0);
      expect(get(v, "vm_area_struct", "vm_start")).toBe(SRC + 8 * 4096);
      expect(get(v, "vm_area_struct", "vm_pgoff")).toBe((SRC >>> 12) + 8);
      expect(get(v, "vm_area_struct", "vm_flags")).toBe(flags & ~VM_WRITE);
      const head = w
        .treeEntries(rbRoot)
        .map((avc) => get(avc, "anon_vma_chain", "vma"))
        .find((x) => x !== v)!;
      expect(get(head, "vm_area_struct", "vm_end")).toBe(SRC + 8 * 4096);
      expect(w.treeEntries(rbRoot)).toHaveLength(2);
      // The folio at SRC is still found through the head VMA.
      expect(w.folioOfPte(w.peekPte(mm, SRC))).not.toBe(0);

      // mprotect it back: v is merged into head (vma_expand), and v is freed.
      expect(run.call("do_mprotect_pkey", head, v, SRC + 8 * 4096, SRC + 16 * 4096, flags)).toBe(0);
      expect(get(head, "vm_area_struct", "vm_end")).toBe(SRC + 16 * 4096);
      expect(w.heap.validity(v)).not.toBe("ok");
      expect(w.treeEntries(rbRoot)).toHaveLength(1);

      // munmap: PTEs zapped, the page table freed, the VMA unlinked from the tree.
      const merged = w.treeEntries(rbRoot).map((avc) => get(avc, "anon_vma_chain", "vma"))[0]!;
      expect(merged).toBe(head);
      expect(run.call("do_munmap", mm, head)).toBe(0);
      expect(w.peekPte(mm, SRC)).toBe(0);
      expect(w.treeEntries(rbRoot)).toHaveLength(0);
      expect(problems).toEqual([]);
      expect(locksHeld()).toBe(0);
    });
  });
}
