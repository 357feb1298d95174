/*
 * Data races as KCSAN defines them (Documentation/dev-tools/kcsan.rst): two
 * accesses to the same modelled location, at least one a write, not ordered
 * by happens-before, at least one plain (not READ_ONCE/WRITE_ONCE/atomic).
 * KCSAN samples with watchpoints and misses most races; here every access is
 * checked against the last accesses of every other thread (vector clocks, as
 * in FastTrack), so within one execution nothing is missed.
 *
 * Happens-before comes from:
 * - locks: every release (up_read/up_write, spin_unlock, folio_unlock,
 *   vma_end_*) is a release of the lock word and every acquisition (including
 *   a successful trylock) an acquire of it, rwsem readers too (they RMW the
 *   same count);
 * - RCU: a reader's rcu_read_unlock() happens before a synchronize_rcu()
 *   that returns after it; the start of synchronize_rcu() happens before any
 *   read section that begins later (the two halves of the grace-period
 *   guarantee);
 * - value-returning atomics that the kernel documents as fully ordered
 *   (atomic_inc_not_zero, atomic_dec_and_test: Documentation/atomic_t.txt)
 *   act as release+acquire of their counter; atomic_inc/dec/read/set are
 *   unordered;
 * - publication (Observer.order): vma_mark_attached() releases the VMA's
 *   vm_refcnt and a lookup that finds the VMA acquires it, so what was
 *   written to a VMA before it went into the maple tree happens before
 *   whatever a thread that found it there does with it;
 * - thread start: threads start after the sequential setup, which is not
 *   watched.
 */

import type { IRProgram } from "../../lang/ir.ts";
import type { Builtin, LockEffect } from "../../model/index.ts";
import type { Thread } from "../../sim/interp.ts";
import type { Access } from "../../sim/world.ts";
import type { AccessRef, RaceFinding } from "../finding.ts";
import type { Monitor, MonitorContext } from "../monitor.ts";
import { callTrace, hex } from "./text.ts";
import { CowMap, CowSet } from "../../sim/cow.ts";
import { copyInto } from "../copy.ts";

type Clock = number[];

/*
 * A location's history: each thread's last accesses to it (any write, plain
 * write, any read, plain read), one entry of ENTRY numbers per thread in
 * the order threads first touched it, in one array of small integers: an
 * access updates numbers, it builds no object. A record is its thread's
 * clock then (0: none), its site and step (MonitorContext.site, a StepRef
 * when reported), and for the any-write and any-read records whether it
 * was marked (the plain ones are plain).
 */
const TID = 0;
const W = 1; // clock, site, step, marked
const PW = 5; // clock, site, step
const R = 8; // clock, site, step, marked
const PR = 12; // clock, site, step
const ENTRY = 15;
const BLANK: readonly number[] = Array.from({ length: ENTRY }, () => 0);
const NO_ENTRIES: readonly number[] = [];

/** An access of a race: whose, where, what. */
interface Acc {
  readonly tid: number;
  readonly site: number;
  readonly step: number;
  readonly write: boolean;
  readonly marked: boolean;
}

/**
 * Write thread tid's access into its entry of a location's history (the
 * entry at index e): the any-write or any-read record, and the plain one
 * too for a plain access.
 */
function record(
  per: number[],
  e: number,
  tid: number,
  write: boolean,
  marked: boolean,
  clock: number,
  site: number,
  step: number,
): void {
  per[e + TID] = tid;
  const any = e + (write ? W : R);
  per[any] = clock;
  per[any + 1] = site;
  per[any + 2] = step;
  per[any + 3] = marked ? 1 : 0;
  if (!marked) {
    const plain = e + (write ? PW : PR);
    per[plain] = clock;
    per[plain + 1] = site;
    per[plain + 2] = step;
  }
}

/** Epochs of RaceMonitor's copy-on-write arrays: unique numbers, nothing else. */
let epochs = 0;
const nextEpoch = () => ++epochs;

/** Field names as small numbers, for location keys (append-only, shared by every copy). */
const FIELD_IDS = new Map<string, number>();

function fieldId(field: string): number {
  let id = FIELD_IDS.get(field);
  if (id === undefined) {
    id = FIELD_IDS.size;
    FIELD_IDS.set(field, id);
  }
  return id;
}

/** Location slots: per field id, object (pointer >>> 3) -> slot; shared by every copy. */
interface Locations {
  readonly byField: Map<number, number>[];
  count: number;
}

/** Atomics with full ordering (Documentation/atomic_t.txt: value-returning RMW ops). */
const FULLY_ORDERED = new Set(["atomic_inc_not_zero", "atomic_dec_and_test"]);

/** Per program, the builtin tables of RaceMonitor (the explorer builds monitors by the hundred). */
const BUILTINS = new WeakMap<IRProgram, { ordered: Uint8Array; synchronize: Uint8Array }>();

/** The sync key of a word an atomic RMW or an Observer.order event releases and acquires. */
function wordKey(a: Access): string {
  return `${a.obj}:${a.field}`;
}

const RCU_UNLOCKS = "rcu:unlock";
const RCU_GP_START = "rcu:gp-start";

class RaceMonitor implements Monitor {
  /** By thread id. */
  private readonly clocks: (Clock | undefined)[] = [];
  /** Per lock (or atomic, or RCU half): its clock. Shared with copies; a release replaces one. */
  private readonly syncs = new CowMap<string | number, readonly number[]>();
  /**
   * Location slot -> its history (ENTRY numbers per thread). An array of
   * them, so a copy is one slice; the slots are numbered by `slots` (field
   * id -> object -> slot), append-only and shared with every copy. The
   * object is its pointer without the low bits (always zero in an access),
   * a small integer as a Map key.
   */
  private readonly last: (number[] | undefined)[] = [];
  private slots: Locations = { byField: [], count: 0 };
  /** The field of the last access and its objects' slots in `slots` (undefined: none yet). */
  private lastField = "";
  private lastObjects: Map<number, number> | undefined;
  /**
   * Per slot, the epoch its array was made in: an array made in this
   * instance's current epoch is its own and is updated in place; any other
   * may be shared with a copy (copyFrom() starts a new epoch on both sides)
   * and is copied first.
   */
  private readonly madeIn: number[] = [];
  private epoch = nextEpoch();
  private readonly reported = new CowSet<string>();

  /** Per builtin id: 1 for the fully ordered atomics. */
  private readonly ordered: Uint8Array;
  /** Per builtin id: 1 for synchronize_rcu. */
  private readonly synchronize: Uint8Array;

  constructor(private readonly ctx: MonitorContext) {
    let b = BUILTINS.get(ctx.program);
    if (!b) {
      const all = ctx.program.builtins;
      b = {
        ordered: Uint8Array.from(all, (x) => (FULLY_ORDERED.has(x.proto.name) ? 1 : 0)),
        synchronize: Uint8Array.from(all, (x) => (x.proto.name === "synchronize_rcu" ? 1 : 0)),
      };
      BUILTINS.set(ctx.program, b);
    }
    this.ordered = b.ordered;
    this.synchronize = b.synchronize;
  }

  copyFrom(src: RaceMonitor): void {
    const theirs = src.clocks;
    for (let tid = 0; tid < theirs.length; tid++) {
      const c = theirs[tid];
      const mine = this.clocks[tid];
      if (!c) this.clocks[tid] = undefined;
      else if (mine) copyInto(mine, c);
      else this.clocks[tid] = c.slice();
    }
    if (this.clocks.length !== theirs.length) this.clocks.length = theirs.length;
    this.syncs.copyFrom(src.syncs);
    this.slots = src.slots;
    this.lastObjects = undefined;
    // Every location's history is shared from now on: both sides copy before
    // they write (a new epoch owns nothing, whatever madeIn says).
    copyInto(this.last, src.last);
    src.epoch = nextEpoch();
    this.epoch = nextEpoch();
    this.reported.copyFrom(src.reported);
  }

  private clock(tid: number): Clock {
    let c = this.clocks[tid];
    if (!c) {
      c = [];
      c[tid] = 1;
      this.clocks[tid] = c;
    }
    return c;
  }

  private acquire(tid: number, key: string | number): void {
    const s = this.syncs.get(key);
    if (!s) return;
    const c = this.clock(tid);
    for (let i = 0; i < s.length; i++) if ((s[i] ?? 0) > (c[i] ?? 0)) c[i] = s[i]!;
  }

  private release(tid: number, key: string | number): void {
    const c = this.clock(tid);
    const s = this.syncs.get(key)?.slice() ?? [];
    for (let i = 0; i < c.length; i++) if ((c[i] ?? 0) > (s[i] ?? 0)) s[i] = c[i]!;
    this.syncs.set(key, s);
    c[tid] = (c[tid] ?? 0) + 1;
  }

  beforeStep(t: Thread, fn: Thread["top"]["fn"], pc: number): void {
    const ins = fn.code[pc]!;
    if (ins.op === "builtin" && this.synchronize[ins.id] === 1) this.release(t.id, RCU_GP_START);
  }

  /**
   * Is t's step a fully ordered atomic? Its accesses come while the step
   * runs, its frame still at the builtin (a retried step too).
   */
  private fullyOrdered(t: Thread): boolean {
    const fr = t.top;
    const ins = fr.fn.code[fr.pc]!;
    return ins.op === "builtin" && this.ordered[ins.id] === 1;
  }

  lock(t: Thread, b: Builtin, effect: LockEffect, lock: number, result: number): void {
    switch (effect.op) {
      case "acquire":
        this.acquire(t.id, lock);
        return;
      case "try":
        if (result !== 0) this.acquire(t.id, lock);
        return;
      case "release":
        this.release(t.id, lock);
        if (b.proto.name === "downgrade_write") this.acquire(t.id, lock);
        return;
      case "release_all":
        // The VMA write locks the lock side has just dropped (held.ts drops them after us).
        for (const h of this.ctx.held.of(t.id))
          if (h.kind === "vma" && !this.ctx.locks.holds(t.id, h.ptr, "any"))
            this.release(t.id, h.ptr);
        return;
      case "query":
      case "assert":
        return;
    }
  }

  rcu(t: Thread, op: "read_lock" | "read_unlock" | "synchronize"): void {
    if (op === "read_lock") this.acquire(t.id, RCU_GP_START);
    else if (op === "read_unlock") this.release(t.id, RCU_UNLOCKS);
    else this.acquire(t.id, RCU_UNLOCKS);
  }

  order(t: Thread, a: Access, op: "release" | "acquire"): void {
    const key = wordKey(a);
    if (op === "release") this.release(t.id, key);
    else this.acquire(t.id, key);
  }

  access(t: Thread, a: Access, write: boolean, marked: boolean): void {
    const atomicFull = marked && this.fullyOrdered(t);
    const key = atomicFull ? wordKey(a) : "";
    if (atomicFull) this.acquire(t.id, key);
    const c = this.clock(t.id);
    // A step that reads a table reads one field again and again.
    let objects = this.lastObjects;
    if (a.field !== this.lastField || !objects) {
      const id = fieldId(a.field);
      objects = this.slots.byField[id];
      if (!objects) {
        objects = new Map();
        this.slots.byField[id] = objects;
      }
      this.lastField = a.field;
      this.lastObjects = objects;
    }
    let slot = objects.get(a.obj >>> 3);
    if (slot === undefined) {
      slot = this.slots.count++;
      objects.set(a.obj >>> 3, slot);
    }
    const old: readonly number[] = this.last[slot] ?? NO_ENTRIES;
    // The first earlier access of another thread (in the order threads first
    // touched the location) that this one is not ordered after. A plain access
    // conflicts with any write (and, if a write, any read); a marked one only
    // with plain ones.
    let found = -1; // the record's index in old
    let mine = -1; // this thread's entry
    for (let e = 0; e < old.length; e += ENTRY) {
      const u = old[e + TID]!;
      if (u === t.id) {
        mine = e;
        continue;
      }
      if (found >= 0) continue;
      const seen = c[u] ?? 0;
      const w = e + (marked ? PW : W);
      if (old[w]! > seen) {
        found = w;
        continue;
      }
      if (write) {
        const r = e + (marked ? PR : R);
        if (old[r]! > seen) found = r;
      }
    }
    const clock = c[t.id]!;
    const step = this.ctx.step;
    const site = this.ctx.site(t);
    if (found >= 0) {
      const entry = found - (found % ENTRY);
      const kind = found - entry;
      this.race(
        a,
        {
          tid: old[entry + TID]!,
          site: old[found + 1]!,
          step: old[found + 2]!,
          write: kind === W || kind === PW,
          marked: (kind === W || kind === R) && old[found + 3] === 1,
        },
        { tid: t.id, site, step, write, marked },
      );
    }
    if (old.length === 0) {
      // A location no thread had touched: its history is this access alone,
      // the same for every location the step touches first (zap_page_range
      // reads a whole PTE table), so they share one array, copied before any
      // of them is written (madeIn 0 is no epoch).
      this.last[slot] = this.firstAccess(t.id, write, marked, clock, site, step);
      this.madeIn[slot] = 0;
      if (atomicFull) this.release(t.id, key);
      return;
    }
    // Update this thread's entry. Copy on write: copies of the monitor share
    // the array. One made in this epoch is this instance's own and grows in
    // place; any other is copied, with room for a new entry if one is needed.
    let per: number[];
    if (this.madeIn[slot] === this.epoch) {
      per = this.last[slot]!;
      if (mine < 0) {
        mine = per.length;
        for (let k = 0; k < ENTRY; k++) per.push(0);
      }
    } else {
      if (mine < 0) {
        mine = old.length;
        per = old.concat(BLANK);
      } else per = old.slice();
      this.last[slot] = per;
      this.madeIn[slot] = this.epoch;
    }
    record(per, mine, t.id, write, marked, clock, site, step);
    if (atomicFull) this.release(t.id, key);
  }

  /** The last history firstAccess() made, and what it records. */
  private first: number[] = [];

  /**
   * A location's history holding one access (never to be changed in place):
   * the one made last if it records the same access.
   */
  private firstAccess(
    tid: number,
    write: boolean,
    marked: boolean,
    clock: number,
    site: number,
    step: number,
  ): number[] {
    const f = this.first;
    const any = write ? W : R;
    const plain = write ? PW : PR;
    if (
      f.length === ENTRY &&
      f[TID] === tid &&
      f[any] === clock &&
      f[any + 1] === site &&
      f[any + 2] === step &&
      f[any + 3] === (marked ? 1 : 0) &&
      f[plain] === (marked ? 0 : clock) &&
      f[write ? R : W] === 0
    )
      return f;
    const per = BLANK.slice();
    record(per, 0, tid, write, marked, clock, site, step);
    this.first = per;
    return per;
  }

  private race(a: Access, x: Acc, y: Acc): void {
    const { ctx } = this;
    const full = (acc: Acc) => ({
      ...acc,
      at: ctx.at(acc.site, acc.step),
      name: ctx.thread(acc.tid)?.name ?? `thread ${acc.tid}`,
    });
    const first = full(x);
    const second = full(y);
    const sites = [first.at, second.at].map((s) => `${s.file}:${s.line}`).sort();
    const key = `${a.struct}.${a.field}:${sites.join("|")}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const ref = (x: typeof first): AccessRef => ({
      thread: x.tid,
      name: x.name,
      write: x.write,
      marked: x.marked,
      at: x.at,
    });
    const fns = [first.at.fn, second.at.fn].sort();
    const verb = (x: typeof first) =>
      `${x.marked ? "marked " : "plain "}${x.write ? "write" : "read"}`;
    this.ctx.report({
      kind: "race",
      title: `BUG: KCSAN: data-race in ${fns[0]} / ${fns[1]}`,
      message:
        `${second.name}'s ${verb(second)} of ${a.struct}.${a.field} at ${second.at.file}:${second.at.line} ` +
        `races with ${first.name}'s ${verb(first)} at ${first.at.file}:${first.at.line}: no lock, RCU or ` +
        "atomic orders them",
      threads: [
        { thread: first.tid, name: first.name, steps: [first.at] },
        { thread: second.tid, name: second.name, steps: [second.at] },
      ],
      fatal: false,
      location: `${a.struct}.${a.field}`,
      address: a.obj,
      accesses: [ref(first), ref(second)],
    });
  }
}

export function raceMonitor(ctx: MonitorContext): Monitor {
  return new RaceMonitor(ctx);
}

export function formatRace(f: RaceFinding): string {
  const bar = "=".repeat(66);
  const block = (x: AccessRef, cpu: number) => [
    `${x.write ? "write" : "read"}${x.marked ? " (marked)" : ""} to ${hex(f.address)} (${f.location}) of 4 bytes by task ${x.thread} on cpu ${cpu}:`,
    ...callTrace(x.at),
    "",
  ];
  const [a, b] = f.accesses;
  return [
    bar,
    f.title,
    "",
    ...block(a, 0),
    ...block(b, 1),
    "Reported by Kernel Concurrency Sanitizer on:",
    `CPU: 1 PID: ${b.thread} Comm: ${b.name} lockbench`,
    bar,
  ].join("\n");
}
