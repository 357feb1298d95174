/*
 * Each thread's held locks in acquisition order, as lockdep's held_locks
 * stack: what lockdep, balance and might_sleep reports list, and what the
 * dependency graph is built from. rcu_read_lock() is held as the pseudo-lock
 * lockdep names `rcu_read_lock`, once per nesting level.
 *
 * Kept from completed lock events (Observer.lock), after the monitors saw
 * each event, so a monitor always sees the state before it.
 */

import type { IRProgram } from "../lang/ir.ts";
import type { Builtin, LockEffect } from "../model/index.ts";
import type { Thread } from "../sim/interp.ts";
import { copyArraysInto } from "./copy.ts";
import type { LockRef, StepRef } from "./finding.ts";
import type { LockClasses } from "./lockclass.ts";
import { lockKindOf } from "./locks.ts";
import type { LockView } from "./monitor.ts";

export interface HeldLock extends LockRef {
  readonly subclass: number;
  readonly tryLock: boolean;
  /** The object the lock lives in (the folio itself for PG_locked), for "held lock freed". */
  readonly owner: number;
}

/** The values of the arguments of the builtin thread t is executing. */
export function builtinArgs(t: Thread): number[] {
  const fr = t.top;
  const ins = fr.fn.code[fr.pc];
  return ins?.op === "builtin" ? ins.args.map((r) => fr.regs[r]!) : [];
}

const NOTHING_HELD: readonly HeldLock[] = Object.freeze([]);

export class HeldLocks {
  private readonly held = new Map<number, HeldLock[]>();

  constructor(
    readonly program: IRProgram,
    private readonly classes: LockClasses,
    private readonly locks: LockView,
    private readonly here: (t: Thread) => StepRef,
  ) {}

  of(tid: number): readonly HeldLock[] {
    return this.held.get(tid) ?? NOTHING_HELD;
  }

  /** Every thread's held locks. */
  all(): ReadonlyMap<number, readonly HeldLock[]> {
    return this.held;
  }

  /**
   * The last describe(): lockdep describes the lock of an event and then
   * this class does, at the same step (the same `at`, which here() interns
   * per step), so the second is the first's record.
   */
  private described:
    | { tid: number; b: Builtin; effect: LockEffect; lock: number; d: HeldLock }
    | undefined;

  /** The lock a lock builtin names, as it would be held (class, subclass, where). */
  describe(t: Thread, b: Builtin, effect: LockEffect, lock: number): HeldLock {
    const at = this.here(t);
    const c = this.described;
    if (c && c.d.at === at && c.tid === t.id && c.b === b && c.effect === effect && c.lock === lock)
      return c.d;
    const d = this.make(t, b, effect, lock, at);
    this.described = { tid: t.id, b, effect, lock, d };
    return d;
  }

  private make(t: Thread, b: Builtin, effect: LockEffect, lock: number, at: StepRef): HeldLock {
    const kind = lockKindOf(b);
    // spin_lock_nested(lock, subclass), down_write_nested(sem, subclass).
    const subclass = b.proto.name.endsWith("_nested") ? (builtinArgs(t)[1] ?? 0) : 0;
    // Frozen: shared, never copied, when the explorer copies an execution (copy.ts).
    return Object.freeze({
      ptr: lock,
      cls: this.classes.name(lock, kind, subclass),
      kind,
      read: effect.mode === "read",
      at,
      subclass,
      tryLock: effect.op === "try",
      owner: kind === "folio" ? lock : (this.classes.ownerOf(lock)?.obj ?? 0),
    });
  }

  /** Index of the most recent entry for lock in tid's stack, -1 if none. */
  find(tid: number, lock: number): number {
    const h = this.of(tid);
    for (let i = h.length - 1; i >= 0; i--)
      if (h[i]!.ptr === lock && h[i]!.kind !== "rcu") return i;
    return -1;
  }

  lock(t: Thread, b: Builtin, effect: LockEffect, lock: number, result: number): void {
    const h = this.stack(t.id);
    switch (effect.op) {
      case "acquire": {
        const d = this.describe(t, b, effect, lock);
        // vma_start_write() on a VMA this thread already write-locked is a no-op.
        if (d.kind === "vma" && this.find(t.id, lock) >= 0) return;
        h.push(d);
        return;
      }
      case "try":
        if (result !== 0) h.push(this.describe(t, b, effect, lock));
        return;
      case "release": {
        const i = this.find(t.id, lock);
        if (i < 0) return;
        if (b.proto.name === "downgrade_write") h[i] = Object.freeze({ ...h[i]!, read: true });
        else h.splice(i, 1);
        return;
      }
      case "release_all": {
        // vma_end_write_all(mm): the lock side knows which VMA locks belong to mm.
        const keep = h.filter((e) => e.kind !== "vma" || this.locks.holds(t.id, e.ptr, "any"));
        h.splice(0, h.length, ...keep);
        return;
      }
      case "query":
      case "assert":
        return;
    }
  }

  rcu(t: Thread, op: "read_lock" | "read_unlock" | "synchronize"): void {
    const h = this.stack(t.id);
    if (op === "read_lock") {
      h.push(
        Object.freeze({
          ptr: 0,
          cls: "rcu_read_lock",
          kind: "rcu",
          read: true,
          at: this.here(t),
          subclass: 0,
          tryLock: false,
          owner: 0,
        }),
      );
    } else if (op === "read_unlock") {
      for (let i = h.length - 1; i >= 0; i--) {
        if (h[i]!.kind === "rcu") {
          h.splice(i, 1);
          return;
        }
      }
    }
  }

  rcuDepth(tid: number): number {
    let n = 0;
    for (const e of this.of(tid)) if (e.kind === "rcu") n++;
    return n;
  }

  /** Hold src's stacks (HeldLocks are frozen and shared), for Execution.copyFrom. */
  copyFrom(src: HeldLocks): void {
    copyArraysInto(this.held, src.held);
  }

  private stack(tid: number): HeldLock[] {
    let h = this.held.get(tid);
    if (!h) {
      h = [];
      this.held.set(tid, h);
    }
    return h;
  }
}
