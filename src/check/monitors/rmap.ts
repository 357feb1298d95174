/*
 * rmap consistency (kernel-locking.md §8.3): what the anon_vma rwsem exists
 * to prevent, checked against the model's ground truth.
 *
 * - A walk step that continues from an avc removed from its tree meanwhile
 *   (World reports it as a walk with `missing`): the walker followed a node
 *   that is no longer in the tree, which in the kernel is a walk of a tree
 *   under modification (corruption, use-after-free of the avc).
 * - A walk of an interval tree while another thread has removed an avc from
 *   it and not re-inserted it yet (vma_prepare's
 *   anon_vma_interval_tree_pre_update_vma .. vma_complete's post_update, an
 *   expand_stack, ...): the walker misses that VMA, so try_to_unmap or
 *   try_to_migrate can miss a PTE. The window closes when the avc is
 *   re-inserted or freed, or when the remover drops the root anon_vma rwsem
 *   it held for write at the removal (then the removal was a completed,
 *   properly locked update such as unlink_anon_vmas). A walker holding the
 *   root rwsem never sees a window of a remover that holds it for write; so
 *   any window a walk meets means one side skipped the lock.
 * - A walk of an anon_vma whose root no longer covers the folio being
 *   walked (§8.1-2): folio->mapping moved to another root (UFFDIO_MOVE's
 *   folio_move_anon_rmap) while the walker held only the old root's lock, or
 *   none. The walker searches the old tree with the new folio->index: it
 *   misses references, or computes an address outside the VMA. Moves within
 *   one root (do_wp_page reuse) are fine: the same rwsem covers both.
 * - try_to_unmap()/try_to_migrate() returning success (true; for a void one,
 *   the folio's mapcount at 0) while a PTE of some VMA still maps the folio
 *   (World.peekPte, the ground truth beside the modelled fields).
 */

import type { IRFunction } from "../../lang/ir.ts";
import { ptrIndex, ptrType } from "../../sim/heap.ts";
import type { LockEffect } from "../../model/index.ts";
import type { Thread } from "../../sim/interp.ts";
import { copyArraysInto, copyInto } from "../copy.ts";
import { type RmapFinding, type StepRef, threadOf } from "../finding.ts";
import type { Monitor, MonitorContext } from "../monitor.ts";
import { callTrace, hex } from "./text.ts";
import { CowMap, CowSet } from "../../sim/cow.ts";

const UNMAPPERS = new Set(["try_to_unmap", "try_to_migrate"]);
/** The walkers whose first argument is the folio being walked. */
const WALKERS = new Set(["rmap_walk", "rmap_walk_locked", "rmap_walk_anon"]);
const PAGE_SIZE = 4096;
/** Pages scanned per ground-truth check: tiny scenarios map a handful. */
const SCAN_LIMIT = 1 << 16;

interface Window {
  readonly tid: number;
  readonly name: string;
  readonly avc: number;
  readonly root: number;
  /** The root anon_vma's rwsem, and whether the remover held it for write. */
  readonly lock: number;
  readonly heldWrite: boolean;
  readonly at: StepRef;
}

class RmapMonitor implements Monitor {
  private windows: Window[] = [];
  private readonly removed = new CowMap<number, Window>();
  private readonly unmapping = new Map<number, number[]>();
  private readonly reported = new CowSet<string>();
  /** Per thread: the folios of the rmap walks it is inside. */
  private readonly walking = new Map<number, number[]>();
  /** Per folio: the last step that wrote folio->mapping. */
  private readonly mappedBy = new CowMap<number, Window>();

  constructor(private readonly ctx: MonitorContext) {}

  copyFrom(src: RmapMonitor): void {
    copyInto(this.windows, src.windows);
    this.removed.copyFrom(src.removed);
    copyArraysInto(this.unmapping, src.unmapping);
    this.reported.copyFrom(src.reported);
    copyArraysInto(this.walking, src.walking);
    this.mappedBy.copyFrom(src.mappedBy);
  }

  /** &root_anon_vma->rwsem for an anon_vma's rb_root, 0 if it cannot be found. */
  private rootLock(rbRoot: number): number {
    const { world, classes } = this.ctx;
    const heap = world.heap;
    const owner = classes.ownerOf(rbRoot);
    if (owner?.struct !== "anon_vma") return 0;
    const T = world.typeId("anon_vma");
    if (heap.validity(owner.obj, T) !== "ok") return 0;
    const root = heap.load(owner.obj, heap.field(T, "root"));
    if (heap.validity(root, T) !== "ok") return 0;
    return heap.load(root, heap.field(T, "rwsem"));
  }

  tree(
    t: Thread,
    op: "insert" | "remove" | "walk",
    root: number,
    avc: number,
    missing: boolean,
  ): void {
    switch (op) {
      case "insert":
        this.windows = this.windows.filter((w) => !(w.avc === avc && w.root === root));
        return;
      case "remove": {
        if (missing) return;
        const lock = this.rootLock(root);
        const w: Window = {
          tid: t.id,
          name: t.name,
          avc,
          root,
          lock,
          heldWrite: lock !== 0 && this.ctx.locks.holds(t.id, lock, "write"),
          at: this.ctx.here(t),
        };
        this.windows.push(w);
        this.removed.set(avc, w);
        return;
      }
      case "walk": {
        this.checkOwner(t, root);
        if (missing) {
          const r = this.removed.get(avc);
          this.report(
            t,
            "walk_removed",
            r,
            `the walk continued from an anon_vma_chain removed from its interval tree${r ? ` by ${r.name} at ${r.at.file}:${r.at.line}` : ""}`,
          );
          return;
        }
        for (const w of this.windows) {
          if (w.root !== root || w.tid === t.id) continue;
          const walkerHolds = w.lock !== 0 && this.ctx.locks.holds(t.id, w.lock, "any");
          this.report(
            t,
            "walk_during_update",
            w,
            `the walk of the interval tree ran while ${w.name} had an anon_vma_chain removed from it ` +
              `(at ${w.at.file}:${w.at.line}, not yet re-inserted): ` +
              (walkerHolds
                ? `${w.name} did not hold the root anon_vma rwsem for write`
                : "the walker does not hold the root anon_vma rwsem") +
              ", so a VMA mapping the folio can be missed",
          );
        }
        return;
      }
    }
  }

  access(t: Thread, a: { obj: number; struct: string; field: string }, write: boolean): void {
    if (!write || a.struct !== "folio" || a.field !== "mapping") return;
    this.mappedBy.set(a.obj, {
      tid: t.id,
      name: t.name,
      avc: 0,
      root: 0,
      lock: 0,
      heldWrite: false,
      at: this.ctx.here(t),
    });
  }

  /** The root anon_vma of an anon_vma, 0 if it is not a live one. */
  private rootOf(av: number): number {
    const heap = this.ctx.world.heap;
    const T = this.ctx.world.typeId("anon_vma");
    if (heap.validity(av, T) !== "ok") return 0;
    return heap.load(av, heap.field(T, "root"));
  }

  /** A walk of rb_root by t: does the tree's root anon_vma still cover the folio t walks? */
  private checkOwner(t: Thread, rbRoot: number): void {
    const folio = this.walking.get(t.id)?.at(-1);
    if (folio === undefined || rbRoot === 0) return;
    const { world, classes } = this.ctx;
    const heap = world.heap;
    const F = world.typeId("folio");
    if (heap.validity(folio, F) !== "ok") return;
    const mapping = heap.load(folio, heap.field(F, "mapping"));
    if ((mapping & 3) !== 1) return; // unmapped or not anon: nothing left to miss
    const owner = classes.ownerOf(rbRoot);
    if (owner?.struct !== "anon_vma") return;
    const walkedRoot = this.rootOf(owner.obj);
    const folioRoot = this.rootOf(mapping - 1);
    if (walkedRoot === 0 || folioRoot === 0 || walkedRoot === folioRoot) return;
    const by = this.mappedBy.get(folio);
    this.report(
      t,
      "stale_anon_vma",
      by && by.tid !== t.id ? by : undefined,
      `the walk uses an anon_vma whose root no longer covers the folio: folio->mapping now points ` +
        `under another root${by ? ` (written by ${by.name} at ${by.at.file}:${by.at.line})` : ""}, ` +
        "so the walk searches the old interval tree with the new folio->index and misses its mappings",
    );
  }

  free(_t: Thread, ptr: number): void {
    if (this.windows.length === 0) return; // mostly: no new array per free
    this.windows = this.windows.filter((w) => w.avc !== ptr);
  }

  lock(t: Thread, _b: unknown, effect: LockEffect, lock: number): void {
    if (effect.op !== "release" || this.windows.length === 0) return;
    this.windows = this.windows.filter((w) => !(w.tid === t.id && w.heldWrite && w.lock === lock));
  }

  enter(t: Thread, fn: IRFunction, args: readonly number[]): void {
    if (WALKERS.has(fn.name)) {
      const s = this.walking.get(t.id) ?? [];
      s.push(args[0] ?? 0);
      this.walking.set(t.id, s);
    }
    if (!UNMAPPERS.has(fn.name)) return;
    const s = this.unmapping.get(t.id) ?? [];
    s.push(args[0] ?? 0);
    this.unmapping.set(t.id, s);
  }

  leave(t: Thread, fn: IRFunction, value: number): void {
    if (WALKERS.has(fn.name)) this.walking.get(t.id)?.pop();
    if (!UNMAPPERS.has(fn.name)) return;
    const folio = this.unmapping.get(t.id)?.pop() ?? 0;
    const { world } = this.ctx;
    const heap = world.heap;
    const F = world.typeId("folio");
    if (heap.validity(folio, F) !== "ok") return;
    const mapcount = heap.load(heap.load(folio, heap.field(F, "_mapcount")), 0);
    const success = fn.sig.ret.kind === "void" ? mapcount === 0 : value !== 0;
    // The quick pass first: a simulated run unmaps thousands of folios, and
    // the exact scan walks every VMA's pages.
    if (!success || !world.mayMapFolio(folio)) return;
    const left = this.mappedAt(folio);
    if (!left) return;
    this.report(
      t,
      "unmap_left_pte",
      undefined,
      `${fn.name}() reported success but the PTE at ${hex(left.addr)} of mm ${hex(left.mm)} ` +
        `(VMA ${hex(left.start)}-${hex(left.end)}) still maps the folio: its rmap walk missed that VMA`,
    );
  }

  /** Ground truth: a PTE of any live VMA that maps folio. */
  private mappedAt(
    folio: number,
  ): { mm: number; addr: number; start: number; end: number } | undefined {
    const { world } = this.ctx;
    const heap = world.heap;
    const V = world.typeId("vm_area_struct");
    const f = (vma: number, n: string) => heap.load(vma, heap.field(V, n));
    let budget = SCAN_LIMIT;
    for (const vma of heap.live(V)) {
      const mm = f(vma, "vm_mm");
      if (heap.validity(mm, world.typeId("mm_struct")) !== "ok") continue;
      const start = f(vma, "vm_start");
      const end = f(vma, "vm_end");
      for (let addr = start; addr < end && budget-- > 0; addr += PAGE_SIZE) {
        const p = world.folioOfPte(world.peekPte(mm, addr));
        if (p !== 0 && ptrType(p) === ptrType(folio) && ptrIndex(p) === ptrIndex(folio))
          return { mm, addr, start, end };
      }
    }
    return undefined;
  }

  private report(
    t: Thread,
    variant: RmapFinding["variant"],
    other: Window | undefined,
    detail: string,
  ): void {
    const here = this.ctx.here(t);
    const key = `${variant}:${here.file}:${here.line}:${other ? `${other.at.file}:${other.at.line}` : ""}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const threads = [threadOf(t, here)];
    if (other) threads.push({ thread: other.tid, name: other.name, steps: [other.at] });
    const titles: Record<RmapFinding["variant"], string> = {
      walk_removed: "rmap: walk of an anon_vma interval tree under modification",
      walk_during_update: "rmap: walk of an anon_vma interval tree during a VMA update",
      unmap_left_pte: "rmap: folio still mapped after a successful unmap",
      stale_anon_vma: "rmap: walk of an anon_vma that no longer owns the folio",
    };
    this.ctx.report({
      kind: "rmap",
      variant,
      title: titles[variant],
      message: `${t.name} at ${here.file}:${here.line}: ${detail}`,
      threads,
      fatal: false,
      at: here,
      ...(other ? { other: { thread: other.tid, name: other.name, at: other.at } } : {}),
      detail,
    });
  }
}

export function rmapMonitor(ctx: MonitorContext): Monitor {
  return new RmapMonitor(ctx);
}

export function formatRmap(f: RmapFinding): string {
  const t = f.threads[0]!;
  const out = [
    "------------[ cut here ]------------",
    `WARNING: CPU: 0 PID: ${t.thread} at ${f.at.file}:${f.at.line} ${f.at.fn}`,
    f.title,
    f.detail,
    `CPU: 0 PID: ${t.thread} Comm: ${t.name} lockbench`,
    "Call trace:",
    ...callTrace(f.at),
  ];
  if (f.other) out.push("", `${f.other.name}/${f.other.thread}:`, ...callTrace(f.other.at));
  out.push("---[ end trace 0000000000000000 ]---");
  return out.join("\n");
}
