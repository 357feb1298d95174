/*
 * Kernel lock semantics without time, for the explorer and replay: the
 * Scheduling a World calls for every lock and RCU builtin when threads are
 * interleaved step by step by a strategy rather than by the timed engine.
 *
 * Without time, optimistic spinning, handoff timeouts and wake-up latency
 * make no difference to which states are reachable; what remains is who may
 * hold a lock, who must wait, and in which order waiters get it:
 *
 * - rwsem (kernel/locking/rwsem.c): down_read's fast path fails whenever a
 *   waiter is queued (RWSEM_FLAG_WAITERS is in READ_FAILED_MASK), so a new
 *   reader never passes a queued writer; down_read_trylock fails for the
 *   same reason; down_write(_trylock) needs a free lock. A waiter that cannot
 *   proceed is queued FIFO (rwsem_add_waiter) and its step returns BLOCKED.
 *   On release the first waiter gets the lock directly: a writer alone; a
 *   reader together with every queued reader (rwsem_mark_wake's phase-fair
 *   batch, MAX_READERS_WAKEUP = 256, skipping writers, which keep their
 *   places).
 * - folio lock (mm/filemap.c): PG_locked as a bit lock with a FIFO wait
 *   queue; folio_unlock hands the bit to the first exclusive waiter
 *   (folio_wake_bit / wake_page_function set it on the waiter's behalf).
 * - spinlocks: a queued spinlock (MCS) is FIFO; a spinning thread is simply
 *   not runnable until the lock is handed to it.
 * - per-VMA locks (mm/mmap_lock.c): readers only trylock (they fail while a
 *   writer holds or waits); vma_start_write waits for readers to leave and is
 *   idempotent for the thread that already write-locked the VMA;
 *   vma_end_write_all(mm) drops the thread's VMA write locks of that mm.
 *   lock_vma_under_rcu (the World finds the VMA without the mmap lock) is
 *   a read trylock of its VMA lock: it fails while the VMA is write-locked,
 *   and the caller falls back to the mmap lock, as in the kernel.
 * - RCU: read sections nest per thread; synchronize_rcu blocks until every
 *   thread that was inside a read section when it started has left it.
 *
 * A thread is runnable unless it waits for a lock that has not been granted
 * to it or for a grace period that has not ended. Unlocking a lock the
 * thread does not hold changes nothing (the lockdep monitor reports it); an
 * assertion never throws: its result (1 held, 0 not) goes to the monitors.
 */

import type { Builtin, LockEffect } from "../model/index.ts";
import { fmix, SEED_HI, SEED_LO } from "./statehash.ts";
import { BLOCKED, type StepResult, type Thread } from "../sim/interp.ts";
import type { Scheduling } from "../sim/world.ts";
import { copyInto } from "./copy.ts";

export type LockKind = "rwsem" | "spin" | "folio" | "vma";
export type WaitMode = "read" | "write";

interface Waiter {
  readonly tid: number;
  readonly mode: WaitMode;
}

interface LockState {
  /** (Changed only by copyFrom, which reuses the records of the state it overwrites.) */
  ptr: number;
  kind: LockKind;
  /** The writer / exclusive owner, 0 when none. */
  writer: number;
  /** Read holders (a thread may appear twice: recursive down_read, which lockdep reports). */
  readers: number[];
  queue: Waiter[];
}

/** Nobody holds it or waits for it: the same as no entry at all. */
function idle(s: LockState): boolean {
  return !s.writer && s.readers.length === 0 && s.queue.length === 0;
}

/** What a thread that is not runnable waits for. */
export type Wait =
  | {
      readonly kind: "lock";
      readonly lock: number;
      readonly lockKind: LockKind;
      readonly mode: WaitMode;
      granted: boolean;
    }
  /** synchronize_rcu: the threads still inside a read section that began before it. */
  | { readonly kind: "rcu"; readonly pending: Set<number> };

/** rwsem.c MAX_READERS_WAKEUP: readers granted by one rwsem_mark_wake(). */
const MAX_READERS_WAKEUP = 256;

/** The lock kind a builtin works on, from the kernel's naming of its lock API. */
export function lockKindOf(b: Builtin): LockKind {
  const n = b.proto.name;
  if (n.startsWith("folio_")) return "folio";
  if (n.startsWith("spin_")) return "spin";
  if (n.startsWith("vma_") || n === "lock_vma_under_rcu") return "vma";
  return "rwsem";
}

export class CheckLocks implements Scheduling {
  /**
   * Every lock operated on, in the order first used (only copyFrom drops
   * idle ones). Found by a linear search: a scenario has a handful of locks,
   * and a Map would be emptied and refilled at every branch (copyFrom).
   */
  private readonly lockList: LockState[] = [];
  /**
   * By thread id (small integers: an array, not a Map, since the explorer
   * asks whether each thread is runnable at every state).
   */
  private readonly waits: (Wait | undefined)[] = [];
  private readonly rcuDepth = new Map<number, number>();
  private readonly kinds = new Map<Builtin, LockKind>();
  /** Told of every lock and RCU operation, blocked ones too (the explorer's footprints). */
  onOp: ((lock: number) => void) | undefined;

  // --- Scheduling ------------------------------------------------------------------------

  lock(
    t: Thread,
    b: Builtin,
    effect: LockEffect,
    lock: number,
    _args: readonly number[] = [],
  ): StepResult {
    this.onOp?.(lock);
    this.hashed = false;
    let kind = this.kinds.get(b);
    if (kind === undefined) {
      kind = lockKindOf(b);
      this.kinds.set(b, kind);
    }
    const mode: WaitMode = effect.mode === "read" ? "read" : "write";
    switch (effect.op) {
      case "acquire":
        return this.acquire(t.id, kind, lock, mode);
      case "try":
        return this.tryAcquire(t.id, kind, lock, mode) ? 1 : 0;
      case "release":
        this.release(t.id, lock, mode, b.proto.name === "downgrade_write");
        return 0;
      case "release_all":
        // vma_end_write_all(): the World names each VMA write lock this
        // thread took under the mmap write lock (freed VMAs included).
        this.release(t.id, lock, "write", false);
        return 0;
      case "query": {
        const s = this.find(lock);
        if (!s) return 0;
        // rwsem_is_locked() is count != 0, and the WAITERS bit is in the count.
        if (kind === "rwsem") return s.writer || s.readers.length || s.queue.length ? 1 : 0;
        return s.writer ? 1 : 0;
      }
      case "assert":
        return this.holds(t.id, lock, effect.mode) ? 1 : 0;
    }
  }

  rcu(t: Thread, op: "read_lock" | "read_unlock" | "synchronize"): StepResult {
    this.onOp?.(0); // RCU as one object: a grace period depends on every read section
    this.hashed = false;
    const d = this.rcuDepth.get(t.id) ?? 0;
    switch (op) {
      case "read_lock":
        this.rcuDepth.set(t.id, d + 1);
        return 0;
      case "read_unlock":
        if (d === 0) return 0; // unbalanced: reported by the lockdep monitor
        if (d > 1) this.rcuDepth.set(t.id, d - 1);
        else {
          this.rcuDepth.delete(t.id);
          for (const w of this.waits) if (w?.kind === "rcu") w.pending.delete(t.id);
        }
        return 0;
      case "synchronize": {
        const w = this.waits[t.id];
        if (w?.kind === "rcu") {
          if (w.pending.size > 0) return BLOCKED;
          this.waits[t.id] = undefined;
          return 0;
        }
        // Readers that begin after this point are not waited for. A caller inside
        // its own read section waits for itself: the deadlock the kernel would hit.
        const pending = new Set(this.rcuDepth.keys());
        if (pending.size === 0) return 0;
        this.waits[t.id] = { kind: "rcu", pending };
        return BLOCKED;
      }
    }
  }

  hint(): void {}

  // --- queries for the runner and the monitors ---------------------------------------------

  /** Can thread tid take a step now? */
  runnable(tid: number): boolean {
    const w = this.waits[tid];
    if (!w) return true;
    return w.kind === "lock" ? w.granted : w.pending.size === 0;
  }

  /** What tid is waiting for (its last step returned BLOCKED), if anything. */
  waitOf(tid: number): Wait | undefined {
    return this.waits[tid];
  }

  rcuDepthOf(tid: number): number {
    return this.rcuDepth.get(tid) ?? 0;
  }

  /** Does tid hold lock in this mode ("any": either)? */
  holds(tid: number, lock: number, mode: LockEffect["mode"]): boolean {
    const s = this.find(lock);
    if (!s) return false;
    const w = s.writer === tid;
    const r = s.readers.includes(tid);
    switch (mode) {
      case "read":
        return r;
      case "write":
      case "exclusive":
        return w;
      case "any":
        return w || r;
    }
  }

  /** The holders of lock: writer (0 if none) and readers. */
  holders(lock: number): { writer: number; readers: readonly number[] } {
    const s = this.find(lock);
    return s ? { writer: s.writer, readers: s.readers } : { writer: 0, readers: [] };
  }

  /**
   * The threads tid waits for: the holders it conflicts with and the waiters
   * queued ahead of it (they get the lock first), or the readers a
   * synchronize_rcu still waits out. Empty when tid is runnable.
   */
  waitsFor(tid: number): number[] {
    const w = this.waits[tid];
    if (!w) return [];
    if (w.kind === "rcu") return [...w.pending].sort((a, b) => a - b);
    if (w.granted) return [];
    const s = this.find(w.lock)!;
    const out = new Set<number>();
    if (s.writer) out.add(s.writer);
    if (w.mode === "write") for (const r of s.readers) out.add(r);
    for (const q of s.queue) {
      if (q.tid === tid) break;
      out.add(q.tid);
    }
    return [...out];
  }

  /**
   * Everything that decides future lock behaviour, as the two 32-bit lanes
   * of the explorer's state hash (independent seeds). Entries are
   * hashed one by one and summed, so the maps' insertion orders (which differ
   * between paths to one state) do not matter; readers and a synchronize_rcu's
   * pending readers are sets, summed too; a queue is FIFO, hashed in order.
   * No allocation (the result is reused): this runs for every explored state.
   */
  stateHash(): { readonly lo: number; readonly hi: number } {
    if (this.hashed) return this.hashOut;
    const s0 = SEED_LO;
    const s1 = SEED_HI;
    let lo = 0;
    let hi = 0;
    const list = this.lockList;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      if (idle(s)) continue;
      let e0 = fmix(fmix(s0 ^ s.ptr) ^ s.writer);
      let e1 = fmix(fmix(s1 ^ s.ptr) ^ s.writer);
      let r0 = 0;
      let r1 = 0;
      for (const r of s.readers) {
        r0 = (r0 + fmix(s0 ^ (r + 0x1000))) | 0;
        r1 = (r1 + fmix(s1 ^ (r + 0x1000))) | 0;
      }
      e0 = fmix(e0 ^ r0 ^ (s.readers.length << 24));
      e1 = fmix(e1 ^ r1 ^ (s.readers.length << 24));
      for (const q of s.queue) {
        const w = q.tid * 2 + (q.mode === "write" ? 1 : 0);
        e0 = fmix(e0 ^ w);
        e1 = fmix(e1 ^ w);
      }
      lo = (lo + fmix(e0 ^ s.queue.length)) | 0;
      hi = (hi + fmix(e1 ^ s.queue.length)) | 0;
    }
    for (const [tid, depth] of this.rcuDepth) {
      if (depth === 0) continue;
      lo = (lo + fmix(fmix(s0 ^ 0x7e57 ^ tid) ^ depth)) | 0;
      hi = (hi + fmix(fmix(s1 ^ 0x7e57 ^ tid) ^ depth)) | 0;
    }
    for (let tid = 0; tid < this.waits.length; tid++) {
      const w = this.waits[tid];
      if (!w) continue;
      let e0 = fmix(s0 ^ 0x3a17 ^ tid);
      let e1 = fmix(s1 ^ 0x3a17 ^ tid);
      if (w.kind === "lock") {
        const g = w.granted ? 3 : 1;
        e0 = fmix(fmix(e0 ^ w.lock) ^ g);
        e1 = fmix(fmix(e1 ^ w.lock) ^ g);
      } else {
        let p0 = 0;
        let p1 = 0;
        for (const p of w.pending) {
          p0 = (p0 + fmix(s0 ^ (p + 0x2000))) | 0;
          p1 = (p1 + fmix(s1 ^ (p + 0x2000))) | 0;
        }
        e0 = fmix(e0 ^ p0 ^ (w.pending.size << 24) ^ 2);
        e1 = fmix(e1 ^ p1 ^ (w.pending.size << 24) ^ 2);
      }
      lo = (lo + e0) | 0;
      hi = (hi + e1) | 0;
    }
    this.hashOut.lo = lo;
    this.hashOut.hi = hi;
    this.hashed = true;
    return this.hashOut;
  }

  private readonly hashOut = { lo: 0, hi: 0 };
  /**
   * hashOut holds for the state as it is: only lock(), rcu() and copyFrom()
   * change it, and most steps call none of them.
   */
  private hashed = false;

  /** Become a copy of src (the explorer branching from a state without replaying to it). */
  copyFrom(src: CheckLocks): void {
    // Only the locks someone holds or waits for: an idle entry is the same
    // as none (entry() makes one again on the next operation). Into the
    // records of the state being overwritten (nothing else refers to them):
    // the explorer copies thousands of times a second.
    let n = 0;
    for (const l of src.lockList) {
      if (idle(l)) continue;
      let c = this.lockList[n];
      if (c) {
        c.ptr = l.ptr;
        c.kind = l.kind;
        c.writer = l.writer;
        copyInto(c.readers, l.readers);
        copyInto(c.queue, l.queue); // Waiters are immutable
      } else {
        c = {
          ptr: l.ptr,
          kind: l.kind,
          writer: l.writer,
          readers: l.readers.slice(),
          queue: l.queue.slice(),
        };
        this.lockList[n] = c;
      }
      n++;
    }
    if (this.lockList.length !== n) this.lockList.length = n;
    const theirs = src.waits;
    for (let tid = 0; tid < theirs.length; tid++) {
      const w = theirs[tid];
      this.waits[tid] =
        w === undefined
          ? undefined
          : w.kind === "lock"
            ? { ...w }
            : { kind: "rcu", pending: new Set(w.pending) };
    }
    if (this.waits.length !== theirs.length) this.waits.length = theirs.length;
    // (Map.clear() makes a new table even for an empty map: most states have no reader.)
    if (this.rcuDepth.size > 0) this.rcuDepth.clear();
    for (const [tid, d] of src.rcuDepth) this.rcuDepth.set(tid, d);
    this.hashed = false;
  }

  /** No lock held or waited for, no RCU reader: what a finished setup leaves. */
  quiescent(): boolean {
    for (const s of this.lockList) if (!idle(s)) return false;
    return (
      this.waits.every((w) => w === undefined) && [...this.rcuDepth.values()].every((d) => d === 0)
    );
  }

  // --- rules -----------------------------------------------------------------------------

  private entry(lock: number, kind: LockKind): LockState {
    let s = this.find(lock);
    if (!s) {
      s = { ptr: lock, kind, writer: 0, readers: [], queue: [] };
      this.lockList.push(s);
    }
    return s;
  }

  private find(lock: number): LockState | undefined {
    const list = this.lockList;
    for (let i = 0; i < list.length; i++) if (list[i]!.ptr === lock) return list[i];
    return undefined;
  }

  /** Fast path of down_read/down_write/spin_lock/folio_lock: no queue, no conflicting holder. */
  private canTake(s: LockState, mode: WaitMode): boolean {
    if (s.writer !== 0 || s.queue.length > 0) return false;
    return mode === "read" || s.readers.length === 0;
  }

  private take(s: LockState, tid: number, mode: WaitMode): void {
    if (mode === "read") s.readers.push(tid);
    else s.writer = tid;
  }

  private acquire(tid: number, kind: LockKind, lock: number, mode: WaitMode): StepResult {
    const w = this.waits[tid];
    if (w?.kind === "lock" && w.lock === lock) {
      // The same step again: it completes once the lock was handed over.
      if (!w.granted) return BLOCKED;
      this.waits[tid] = undefined;
      return 0;
    }
    const s = this.entry(lock, kind);
    // __is_vma_write_locked(): a VMA this thread already write-locked stays so.
    if (kind === "vma" && mode === "write" && s.writer === tid) return 0;
    if (this.canTake(s, mode)) {
      this.take(s, tid, mode);
      return 0;
    }
    s.queue.push({ tid, mode });
    this.waits[tid] = { kind: "lock", lock, lockKind: kind, mode, granted: false };
    return BLOCKED;
  }

  private tryAcquire(tid: number, kind: LockKind, lock: number, mode: WaitMode): boolean {
    const s = this.entry(lock, kind);
    if (!this.canTake(s, mode)) return false;
    this.take(s, tid, mode);
    return true;
  }

  private release(tid: number, lock: number, mode: WaitMode, downgrade: boolean): void {
    const s = this.find(lock);
    if (!s) return;
    if (mode === "read") {
      const i = s.readers.indexOf(tid);
      if (i < 0) return;
      s.readers.splice(i, 1);
    } else {
      if (s.writer !== tid) return;
      s.writer = 0;
      // downgrade_write(): the writer keeps it for read and wakes queued readers.
      if (downgrade) s.readers.push(tid);
    }
    this.grant(s);
  }

  /**
   * Hand the lock to the head of its queue (rwsem_wake / folio_wake_bit /
   * the MCS queue): a writer alone once the lock is free; a reader with every
   * queued reader once no writer holds it.
   */
  private grant(s: LockState): void {
    const head = s.queue[0];
    if (!head) return;
    if (head.mode === "write") {
      if (s.writer !== 0 || s.readers.length > 0) return;
      s.queue.shift();
      s.writer = head.tid;
      this.granted(head.tid);
      return;
    }
    if (s.writer !== 0) return;
    const rest: Waiter[] = [];
    let woken = 0;
    for (const q of s.queue) {
      if (q.mode === "read" && woken < MAX_READERS_WAKEUP) {
        s.readers.push(q.tid);
        this.granted(q.tid);
        woken++;
      } else rest.push(q);
    }
    s.queue = rest;
  }

  private granted(tid: number): void {
    const w = this.waits[tid];
    if (w?.kind === "lock") w.granted = true;
  }
}
