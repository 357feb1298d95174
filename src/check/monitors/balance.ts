/*
 * Lock balance, as sparse's context checking and lockdep's
 * "lock held when returning to user space!" see it:
 * - a function that returns holding locks it took during the call, more than
 *   its `__acquires(x)` / `__cond_acquires(x)` annotations declare (one lock
 *   per annotation), is a "context imbalance ... wrong count at exit";
 * - a thread whose entry function (its system call) returns holding any
 *   lock, or inside an RCU read section, leaves the kernel with it held,
 *   whatever the annotations say.
 * Locks are compared by identity of the held entry, so a function that drops
 * one lock and takes another is still caught.
 */

import type { IRFunction } from "../../lang/ir.ts";
import type { Thread } from "../../sim/interp.ts";
import { copyArraysInto } from "../copy.ts";
import { type BalanceFinding, threadOf } from "../finding.ts";
import type { HeldLock } from "../held.ts";
import type { Monitor, MonitorContext } from "../monitor.ts";
import { callTrace, heldList } from "./text.ts";
import { CowSet } from "../../sim/cow.ts";

const ACQUIRES = new Set(["__acquires", "__cond_acquires"]);

const NONE: readonly HeldLock[] = [];

/** Locks a function's annotations allow it to return holding: one per __acquires()/__cond_acquires(). */
const ACQUIRED = new WeakMap<IRFunction, number>();

function acquires(fn: IRFunction): number {
  let n = ACQUIRED.get(fn);
  if (n === undefined) {
    n = fn.attributes.filter((a) => ACQUIRES.has(a.name)).length;
    ACQUIRED.set(fn, n);
  }
  return n;
}

/**
 * Held at return but not at entry (downgrade_write() replaces the entry but
 * not the hold: the same lock and acquisition), VMA write locks aside: one
 * lives until mmap_write_unlock() by design (the kernel gives
 * vma_start_write() no sparse annotation).
 */
function isFresh(h: HeldLock, before: readonly HeldLock[]): boolean {
  return (
    !(h.kind === "vma" && !h.read) &&
    !before.some((b) => b === h || (b.ptr === h.ptr && b.at === h.at))
  );
}

function countFresh(now: readonly HeldLock[], before: readonly HeldLock[]): number {
  let n = 0;
  for (let i = 0; i < now.length; i++) if (isFresh(now[i]!, before)) n++;
  return n;
}

/** Is every entry of a one of b (the same held entries, by identity)? */
function within(a: readonly HeldLock[], b: readonly HeldLock[]): boolean {
  for (let i = 0; i < a.length; i++) if (!b.includes(a[i]!)) return false;
  return true;
}

class BalanceMonitor implements Monitor {
  /** Per thread, per active frame: the held entries at entry. */
  private readonly entry = new Map<number, (readonly HeldLock[])[]>();
  private readonly reported = new CowSet<string>();

  constructor(private readonly ctx: MonitorContext) {}

  copyFrom(src: BalanceMonitor): void {
    copyArraysInto(this.entry, src.entry); // the lists at entry are never changed: shared
    this.reported.copyFrom(src.reported);
  }

  enter(t: Thread): void {
    let s = this.entry.get(t.id);
    if (!s) {
      s = [];
      this.entry.set(t.id, s);
    }
    const held = this.ctx.held.of(t.id);
    s.push(held.length === 0 ? NONE : [...held]);
  }

  leave(t: Thread, fn: IRFunction): void {
    const before = this.entry.get(t.id)?.pop() ?? NONE;
    const now = this.ctx.held.of(t.id);
    const exit = t.frames.length === 1;
    // Most calls return holding what they held at entry, or nothing: decided
    // without building the list of fresh holds (this runs at every return).
    if (exit ? now.length === 0 : within(now, before)) return;
    // Only leaving the kernel with a VMA write lock held is wrong (isFresh).
    // (Counted first: a lock wrapper returns holding what it took at every
    // call, so the list is built only when there is something to report.)
    const allowed = acquires(fn);
    if (!exit && countFresh(now, before) <= allowed) return;
    const fresh = now.filter((h) => isFresh(h, before));
    const here = this.ctx.here(t);
    const key = `${exit ? "exit" : "fn"}:${fn.name}:${here.file}:${here.line}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const shown = exit ? now : fresh;
    const names = shown.map((h) => h.cls).join(", ");
    const f: BalanceFinding = {
      kind: "balance",
      variant: exit ? "exit" : "function",
      title: exit
        ? "WARNING: lock held when returning to user space!"
        : `context imbalance in '${fn.name}' - wrong count at exit`,
      message: exit
        ? `${t.name}'s ${fn.name}() returns holding ${names}`
        : `${fn.name}() returns holding ${names}, taken during the call` +
          (allowed > 0
            ? `; its annotations allow ${allowed}`
            : "; annotate it __acquires()/__cond_acquires() if the caller is meant to release"),
      threads: [threadOf(t, ...shown.map((h) => h.at), here)],
      fatal: false,
      fn: fn.name,
      at: here,
      held: [...shown],
    };
    this.ctx.report(f);
  }
}

export function balanceMonitor(ctx: MonitorContext): Monitor {
  return new BalanceMonitor(ctx);
}

export function formatBalance(f: BalanceFinding): string {
  const t = f.threads[0]!;
  if (f.variant === "exit") {
    const bar = "=".repeat(48);
    return [
      bar,
      f.title,
      "lockbench",
      "-".repeat(48),
      `${t.name}/${t.thread} is leaving the kernel with locks still held!`,
      ...heldList(f.held, t.name, t.thread),
    ].join("\n");
  }
  return [
    `${f.at.file}:${f.at.line}: warning: ${f.title}`,
    ...heldList(f.held, t.name, t.thread),
    "Call trace:",
    ...callTrace(f.at),
  ].join("\n");
}
