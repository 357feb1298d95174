/*
 * Use-after-free and bad pointers, KASAN-style. The World reports every use
 * of a pointer that is not a live object of the expected type: freed (the
 * slot is free), stale (the slot was reused: the pointer's allocation tag is
 * old, as arm64 MTE would see it), wild, or NULL.
 *
 * SLAB_TYPESAFE_BY_RCU caches (GlobalDef.typesafeByRcu: anon_vma,
 * vm_area_struct) guarantee that memory stays an object of that type until a
 * grace period has passed: a lockless reader inside rcu_read_lock() may touch
 * a freed or recycled anon_vma (folio_lock_anon_vma_read trylocks its rwsem,
 * folio_get_anon_vma tries atomic_inc_not_zero on its refcount) as long as
 * it re-checks afterwards. Such an access is legal inside an RCU read section
 * of that thread and a use-after-free outside one. The model zeroes freed
 * memory, so the lock or counter reached through such a pointer comes back
 * NULL on the next step; that NULL is the legal access's echo, not a bug.
 * Page tables (ptdesc, freed by free_pgtables) and every other object are
 * never type-safe.
 */

import { GLOBALS } from "../../model/index.ts";
import { ptrType, type Validity } from "../../sim/heap.ts";
import type { Thread } from "../../sim/interp.ts";
import { type KasanFinding, type StepRef, threadOf } from "../finding.ts";
import type { Monitor, MonitorContext } from "../monitor.ts";
import { callTrace, hex } from "./text.ts";
import { CowMap, CowSet } from "../../sim/cow.ts";

const TYPESAFE = new Set(
  GLOBALS.filter((g) => g.typesafeByRcu && g.objects).map((g) => g.objects!),
);

interface Event {
  readonly tid: number;
  readonly name: string;
  readonly at: StepRef;
}

class KasanMonitor implements Monitor {
  private readonly allocated = new CowMap<number, Event>();
  private readonly freed = new CowMap<number, Event>();
  /** Thread id -> step of its last legal type-safe access to freed memory. */
  private readonly echo = new CowMap<number, number>();
  private readonly reported = new CowSet<string>();

  constructor(private readonly ctx: MonitorContext) {}

  copyFrom(src: KasanMonitor): void {
    this.allocated.copyFrom(src.allocated);
    this.freed.copyFrom(src.freed);
    this.echo.copyFrom(src.echo);
    this.reported.copyFrom(src.reported);
  }

  alloc(t: Thread, ptr: number): void {
    this.allocated.set(ptr, { tid: t.id, name: t.name, at: this.ctx.here(t) });
  }

  free(t: Thread, ptr: number): void {
    this.freed.set(ptr, { tid: t.id, name: t.name, at: this.ctx.here(t) });
  }

  /** The struct a pointer is meant to be, and the object that owns it if it is embedded. */
  private structOf(ptr: number): { struct: string; typesafe: boolean } {
    const heap = this.ctx.world.heap;
    const type = ptrType(ptr);
    let struct = "?";
    try {
      struct = heap.layout(type).name;
    } catch {
      return { struct, typesafe: false };
    }
    if (TYPESAFE.has(struct)) return { struct, typesafe: true };
    const owner = this.ctx.classes.ownerOf(ptr);
    return { struct, typesafe: owner !== undefined && TYPESAFE.has(owner.struct) };
  }

  badAccess(t: Thread, what: string, ptr: number, v: Validity, write: boolean): void {
    const ctx = this.ctx;
    if (v === "ok") return;
    if (v === "null") {
      const e = this.echo.get(t.id);
      if (e !== undefined && ctx.step - e <= 1) return;
    }
    const { struct, typesafe } =
      v === "freed" || v === "stale" ? this.structOf(ptr) : { struct: "?", typesafe: false };
    const doubleFree = what === "kmem_cache_free";
    if (!doubleFree && typesafe && ctx.locks.rcuDepthOf(t.id) > 0) {
      this.echo.set(t.id, ctx.step);
      return;
    }
    const bug = doubleFree
      ? "double-free"
      : v === "null"
        ? "null-ptr-deref"
        : v === "wild"
          ? "wild-memory-access"
          : struct === "ptdesc"
            ? "use-after-free"
            : "slab-use-after-free";
    const here = ctx.here(t);
    const key = `${bug}:${here.file}:${here.line}:${what}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const freed = this.freed.get(ptr);
    const allocated = this.allocated.get(ptr);
    const threads = [threadOf(t, here)];
    if (freed && freed.tid !== t.id)
      threads.push({ thread: freed.tid, name: freed.name, steps: [freed.at] });
    else if (freed) threads[0] = threadOf(t, freed.at, here);
    const why =
      v === "stale"
        ? `the ${struct} was freed${freed ? ` at ${freed.at.file}:${freed.at.line}` : ""} and its memory reused`
        : v === "freed"
          ? `the ${struct} was freed${freed ? ` at ${freed.at.file}:${freed.at.line}` : ""}`
          : v === "null"
            ? "the pointer is NULL"
            : "the pointer leads to no object of that type";
    const rcu = typesafe
      ? " outside an RCU read section (SLAB_TYPESAFE_BY_RCU only protects readers inside one)"
      : "";
    const f: KasanFinding = {
      kind: "kasan",
      title: `BUG: KASAN: ${bug} in ${here.fn}`,
      message: `${t.name} ${write ? "writes" : "reads"} ${what} at ${here.file}:${here.line}: ${why}${rcu}`,
      threads,
      fatal: v === "null" || v === "wild",
      bug,
      what,
      address: ptr,
      struct,
      write,
      at: here,
      ...(allocated
        ? { allocated: { thread: allocated.tid, name: allocated.name, at: allocated.at } }
        : {}),
      ...(freed ? { freed: { thread: freed.tid, name: freed.name, at: freed.at } } : {}),
    };
    ctx.report(f);
  }
}

export function kasanMonitor(ctx: MonitorContext): Monitor {
  return new KasanMonitor(ctx);
}

export function formatKasan(f: KasanFinding): string {
  const bar = "=".repeat(66);
  const t = f.threads[0]!;
  const out = [
    bar,
    f.title,
    `${f.write ? "Write" : "Read"} of size 4 at addr ${hex(f.address)} by task ${t.name}/${t.thread}`,
    `(${f.what})`,
    "",
    `CPU: 0 PID: ${t.thread} Comm: ${t.name} lockbench`,
    "Call trace:",
    ...callTrace(f.at),
    "",
  ];
  if (f.allocated)
    out.push(`Allocated by task ${f.allocated.thread}:`, ...callTrace(f.allocated.at), "");
  if (f.freed) out.push(`Freed by task ${f.freed.thread}:`, ...callTrace(f.freed.at), "");
  if (f.struct !== "?")
    out.push(
      `The buggy address belongs to the object at ${hex(f.address)}`,
      ` which belongs to the cache ${f.struct}`,
    );
  out.push(bar);
  return out.join("\n");
}
