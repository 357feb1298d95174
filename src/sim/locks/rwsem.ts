/*
 * struct rw_semaphore as kernel/locking/rwsem.c implements it (v5.3+
 * rearchitecture by Waiman Long and Peter Zijlstra, as in v6.18/v6.19).
 *
 * The count word is modelled field by field: the writer-locked bit (writer),
 * the reader count (readers), WAITERS (the wait list is non-empty) and HANDOFF
 * (handoff). The owner word keeps RWSEM_READER_OWNED (readerOwned; a reader
 * sets it and up_read() does not clear it, so spinners may see a stale reader
 * owner) and RWSEM_NONSPINNABLE (nonspinnable).
 *
 * Rules, each cited at its function below:
 * - fast paths fail on READ_FAILED_MASK (writer | waiters | handoff): a read
 *   trylock fails while a writer holds the lock OR anyone is queued, even if
 *   only readers hold it;
 * - the wait list is FIFO; sleeps are TASK_UNINTERRUPTIBLE (D state);
 * - writers spin optimistically (OSQ, one spinner polls the owner) while the
 *   owner is a running writer; on a reader-owned lock for at most
 *   (10 + readers/2) us, capped at 25 us, then set NONSPINNABLE and sleep;
 * - readers do not spin; they steal only when no writer holds it, no HANDOFF,
 *   and not already owned by other readers;
 * - a waiter queued longer than RWSEM_WAIT_TIMEOUT jiffies sets HANDOFF; the
 *   first waiter then gets the lock next (no stealing), and a writer with
 *   handoff spins on a running writer owner instead of sleeping;
 * - a wake with a reader first in line grants every queued reader (up to
 *   MAX_READERS_WAKEUP) in one batch, skipping writers; a writer first in line
 *   is only woken and must win rwsem_try_write_lock itself.
 *
 * Costs: each fast-path operation is one atomic RMW on the semaphore's cache
 * line (a failed read trylock only reads it). The failed fast-path attempt of
 * a contended acquisition is folded into its wait. A spinner that sees the
 * lock freed acquires after the line travels from the releasing CPU plus one
 * RMW. The wait_lock round trips of the slow path are not charged separately.
 */

import type { RwsemOp } from "../program.ts";
import { type HostedLock, type LockHost, SimError } from "./host.ts";
import { LockAccounting, type LockClassStats } from "./stats.ts";

/** include/linux/rwsem.h / rwsem.c: RWSEM_WAIT_TIMEOUT = DIV_ROUND_UP(HZ, 250) jiffies (>= 4 ms). */
export function rwsemWaitTimeout(hz: number): number {
  return Math.ceil(hz / 250);
}

/** rwsem.c MAX_READERS_WAKEUP: readers granted per wake-up call. */
export const MAX_READERS_WAKEUP = 0x100;

/**
 * rwsem_rspin_threshold(): (20 + readers) * NSEC_PER_USEC / 2, i.e.
 * (10 + readers/2) us, readers capped at 30 (25 us).
 */
export function rspinThresholdNs(readers: number): number {
  return ((20 + Math.min(readers, 30)) * 1000) / 2;
}

/** rwsem_owner_state(). */
const OWNER_NULL = 0;
const OWNER_WRITER = 1;
const OWNER_READER = 2;
const OWNER_NONSPINNABLE = 3;

/** rwsem_wake_type. */
const WAKE_ANY = 0;
const WAKE_READERS = 1;
const WAKE_READ_OWNED = 2;

/** Where a thread is inside a slow path. */
type Phase = "spin" | "queued" | "handoff";

interface Waiter {
  readonly tid: number;
  readonly write: boolean;
  readonly site: number;
  phase: Phase;
  /** waiter->timeout: jiffies + RWSEM_WAIT_TIMEOUT when queued. */
  timeout: number;
  /** waiter->handoff_set. */
  handoffSet: boolean;
  /** A reader granted by rwsem_mark_wake (waiter->task cleared). */
  granted: boolean;
  /** Optimistic spinning: previous owner state and reader-spin deadline. */
  prevOwner: number;
  rspinUntil: number;
}

export class Rwsem implements HostedLock {
  private writer = -1;
  private readers = 0;
  private handoff = false;
  private readerOwned = false;
  private nonspinnable = false;
  /** The wait list, FIFO. */
  private readonly queue: Waiter[] = [];
  /** The OSQ: optimistic spinners in arrival order; the head polls the owner. */
  private readonly osq: Waiter[] = [];
  private readonly waits = new Map<number, Waiter>();
  private readonly readerSet = new Set<number>();
  private readonly acct: LockAccounting;
  private readonly waitTimeout: number;

  constructor(
    readonly id: number,
    readonly cls: LockClassStats,
    private readonly line: number,
    private readonly host: LockHost,
    hz: number,
  ) {
    this.acct = new LockAccounting(cls);
    this.waitTimeout = rwsemWaitTimeout(hz);
  }

  /** Snapshot for tests and monitors. */
  state(): {
    writer: number;
    /** Readers holding it, including those granted and not yet running. */
    readerCount: number;
    /** Readers that have returned from down_read with it. */
    readers: readonly number[];
    waiters: readonly { tid: number; write: boolean }[];
    handoff: boolean;
    spinners: readonly number[];
    nonspinnable: boolean;
  } {
    return {
      writer: this.writer,
      readerCount: this.readers,
      readers: [...this.readerSet].sort((a, b) => a - b),
      waiters: this.queue.map((w) => ({ tid: w.tid, write: w.write })),
      handoff: this.handoff,
      spinners: this.osq.map((w) => w.tid),
      nonspinnable: this.nonspinnable,
    };
  }

  op(t: number, op: RwsemOp, site: number): void {
    switch (op) {
      case "down_read":
        return this.downRead(t, site);
      case "down_read_trylock":
        return this.downReadTrylock(t, site);
      case "up_read":
        return this.upRead(t);
      case "down_write":
        return this.downWrite(t, site);
      case "down_write_trylock":
        return this.downWriteTrylock(t, site);
      case "up_write":
        return this.upWrite(t);
      case "downgrade_write":
        return this.downgrade(t);
      case "rwsem_is_locked":
        return this.isLocked(t);
    }
  }

  resume(t: number): void {
    const w = this.waits.get(t);
    if (!w)
      throw new SimError(`thread ${t} resumed in rwsem ${this.cls.name} it is not waiting on`);
    if (!w.write) {
      // rwsem_down_read_slowpath: sleep until waiter.task is cleared.
      if (w.granted) this.readerGot(t, w);
      else this.host.block(t);
    } else {
      switch (w.phase) {
        case "spin":
          this.spinStep(w);
          break;
        case "queued":
        case "handoff":
          this.writerLoop(w);
          break;
      }
    }
    this.watch();
  }

  offCpu(t: number): void {
    // rwsem_spin_on_owner() stops when !owner_on_cpu(owner): let the spinners look.
    if (t === this.writer) this.kickSpinners(this.host.cpuOf(t));
  }

  // --- readers -------------------------------------------------------------

  /** The fast path of down_read / down_read_trylock: no READ_FAILED_MASK bit set. */
  private readFastOk(): boolean {
    return this.writer < 0 && this.queue.length === 0 && !this.handoff;
  }

  private grantRead(t: number, site: number): void {
    this.readers++;
    this.readerSet.add(t);
    // rwsem_set_reader_owned keeps NONSPINNABLE.
    this.readerOwned = true;
    this.acct.acquired(t, this.host.cpuOf(t), true, site, this.host.now);
    this.host.lockEvent?.(t, this.id, "acquired");
  }

  /** __down_read: add the reader bias; a READ_FAILED bit sends us to the slow path. */
  private downRead(t: number, site: number): void {
    const cost = this.host.access(t, this.line, "atomic");
    if (this.readFastOk()) {
      this.grantRead(t, site);
      this.host.finish(t, cost, 1);
      return this.kickSpinners(this.host.cpuOf(t));
    }
    this.contended(t, true, site);
    // rwsem_down_read_slowpath(): rcnt includes our own bias.
    const rcnt = this.readers + 1;
    const queueIt = this.readerOwned && rcnt > 1 && this.writer < 0;
    if (!queueIt && this.writer < 0 && !this.handoff) {
      // Reader optimistic lock stealing; the first reader wakes queued readers.
      this.grantRead(t, site);
      if (rcnt === 1 && this.queue.length > 0) this.markWake(WAKE_READ_OWNED);
      this.host.finish(t, cost, 1);
      return this.kickSpinners(this.host.cpuOf(t));
    }
    const w = this.newWaiter(t, false, site);
    if (this.queue.length === 0 && this.writer < 0) {
      // Empty list and no writer: our bias already holds the lock.
      this.waits.delete(t);
      this.grantRead(t, site);
      return this.host.finish(t, cost, 1);
    }
    this.enqueue(w);
    // The bias is removed; rwsem_cond_wake_waiter() may grant us at once.
    this.condWake();
    if (w.granted) return this.readerGot(t, w, cost);
    this.host.block(t);
    this.watch();
  }

  /** A queued reader resumes with the lock granted by rwsem_mark_wake. */
  private readerGot(t: number, w: Waiter, cost = 0): void {
    this.waits.delete(t);
    this.readerSet.add(t);
    this.acct.acquired(t, this.host.cpuOf(t), true, w.site, this.host.now);
    this.host.lockEvent?.(t, this.id, "acquired");
    this.host.finish(t, cost, 1);
  }

  /** __down_read_trylock: cmpxchg only while no READ_FAILED bit is set. */
  private downReadTrylock(t: number, site: number): void {
    if (this.readFastOk()) {
      const cost = this.host.access(t, this.line, "atomic");
      this.grantRead(t, site);
      this.acct.trylock(site, true);
      this.host.finish(t, cost, 1);
      return this.kickSpinners(this.host.cpuOf(t));
    }
    const cost = this.host.access(t, this.line, "read");
    this.acct.trylock(site, false);
    this.host.lockEvent?.(t, this.id, "trylock_failed");
    this.host.finish(t, cost, 0);
  }

  /** __up_read: the last reader out wakes the waiters (RWSEM_WAKE_ANY). */
  private upRead(t: number): void {
    if (!this.readerSet.delete(t))
      throw new SimError(
        `up_read of ${this.cls.name} by thread ${t}, which does not hold it for read`,
      );
    const cost = this.host.access(t, this.line, "atomic");
    this.readers--;
    this.acct.released(t, true, this.host.now);
    this.host.lockEvent?.(t, this.id, "released");
    if (this.readers === 0 && this.writer < 0 && this.queue.length > 0) {
      this.nonspinnable = false; // clear_nonspinnable()
      this.markWake(WAKE_ANY);
    }
    this.host.finish(t, cost, 0);
    if (this.readers === 0) this.kickSpinners(this.host.cpuOf(t));
    this.watch();
  }

  // --- writers -------------------------------------------------------------

  private grantWrite(t: number, site: number): void {
    this.writer = t;
    // rwsem_set_owner(): owner = current, which clears READER_OWNED and NONSPINNABLE.
    this.readerOwned = false;
    this.nonspinnable = false;
    this.acct.acquired(t, this.host.cpuOf(t), false, site, this.host.now);
    this.host.lockEvent?.(t, this.id, "acquired");
  }

  /** __down_write_trylock: cmpxchg 0 -> WRITER_LOCKED; any bit set fails it. */
  private countIsZero(): boolean {
    return this.writer < 0 && this.readers === 0 && this.queue.length === 0 && !this.handoff;
  }

  private downWriteTrylock(t: number, site: number): void {
    const cost = this.host.access(t, this.line, "atomic");
    if (this.countIsZero()) {
      this.grantWrite(t, site);
      this.acct.trylock(site, true);
      this.host.finish(t, cost, 1);
      return this.kickSpinners(this.host.cpuOf(t));
    }
    this.acct.trylock(site, false);
    this.host.lockEvent?.(t, this.id, "trylock_failed");
    this.host.finish(t, cost, 0);
  }

  private downWrite(t: number, site: number): void {
    const cost = this.host.access(t, this.line, "atomic");
    if (this.countIsZero()) {
      this.grantWrite(t, site);
      this.host.finish(t, cost, 1);
      return this.kickSpinners(this.host.cpuOf(t));
    }
    this.contended(t, false, site);
    const w = this.newWaiter(t, true, site);
    // rwsem_down_write_slowpath(): optimistic spinning first, if allowed.
    if (this.canSpinOnOwner(t)) {
      w.phase = "spin";
      this.osq.push(w);
      this.spinStep(w);
    } else {
      this.queueWriter(w);
    }
    this.watch();
  }

  /**
   * rwsem_can_spin_on_owner(): not when need_resched(), not when
   * NONSPINNABLE, not when a writer owns it and is off CPU.
   */
  private canSpinOnOwner(t: number): boolean {
    if (this.host.needResched(t)) return false;
    if (this.nonspinnable) return false;
    if (this.writer >= 0 && !this.host.onCpu(this.writer)) return false;
    return true;
  }

  private ownerState(): number {
    if (this.nonspinnable) return OWNER_NONSPINNABLE;
    if (this.readerOwned) return OWNER_READER;
    return this.writer >= 0 ? OWNER_WRITER : OWNER_NULL;
  }

  /**
   * One evaluation of rwsem_optimistic_spin() for spinner w, at entry and
   * whenever it is kicked (owner changed, lock freed, owner left its CPU,
   * need_resched, or the reader-spin deadline).
   */
  private spinStep(w: Waiter): void {
    const t = w.tid;
    const h = this.host;
    if (this.osq[0] !== w) {
      // Queued on the OSQ behind the head; osq_lock() gives up on need_resched().
      if (h.needResched(t)) return this.stopSpinning(w);
      return h.spin(t);
    }
    const st = this.ownerState();
    if (st === OWNER_NONSPINNABLE) return this.stopSpinning(w);
    if (st === OWNER_WRITER) {
      // rwsem_spin_on_owner(): spin while the owner runs and we need not resched.
      if (h.needResched(t) || !h.onCpu(this.writer)) return this.stopSpinning(w);
      w.prevOwner = st;
      return h.spin(t);
    }
    // rwsem_try_write_lock_unqueued(): free, and no HANDOFF.
    if (this.writer < 0 && this.readers === 0 && !this.handoff) {
      this.leaveOsq(w);
      this.waits.delete(t);
      this.grantWrite(t, w.site);
      h.finish(t, 0, 1);
      return this.kickSpinners(h.cpuOf(t));
    }
    if (st === OWNER_READER) {
      if (w.prevOwner !== OWNER_READER) {
        // A new reader phase: (re)start the time box.
        w.rspinUntil = h.now + rspinThresholdNs(this.readers);
      } else if (h.now >= w.rspinUntil) {
        // Spun too long on readers: rwsem_set_nonspinnable() and go to sleep.
        // (The kernel reads sched_clock() every 16 loops; that slack is not modelled.)
        this.nonspinnable = true;
        return this.stopSpinning(w);
      }
    }
    // Owner not a writer: the loop itself checks need_resched().
    if (h.needResched(t)) return this.stopSpinning(w);
    w.prevOwner = st;
    h.spin(t);
    if (st === OWNER_READER) h.kick(t, w.rspinUntil - h.now);
  }

  private leaveOsq(w: Waiter): void {
    const i = this.osq.indexOf(w);
    if (i < 0) return;
    this.osq.splice(i, 1);
    // The next MCS node becomes the head and starts polling the owner.
    if (i === 0 && this.osq.length > 0) this.host.kick(this.osq[0]!.tid, 0);
  }

  private stopSpinning(w: Waiter): void {
    this.leaveOsq(w);
    this.queueWriter(w);
  }

  /** The rest of rwsem_down_write_slowpath(): queue, maybe wake others, try, sleep. */
  private queueWriter(w: Waiter): void {
    w.phase = "queued";
    w.timeout = this.host.jiffies() + this.waitTimeout;
    w.handoffSet = false;
    this.enqueue(w);
    if (this.queue[0] !== w) this.condWake();
    this.writerLoop(w);
  }

  /** The for (;;) loop of rwsem_down_write_slowpath(), entered again on each wake. */
  private writerLoop(w: Waiter): void {
    const t = w.tid;
    const h = this.host;
    if (this.tryWriteLock(w)) {
      const cost = h.access(t, this.line, "atomic");
      this.waits.delete(t);
      this.grantWrite(t, w.site);
      h.finish(t, cost, 1);
      this.kickSpinners(h.cpuOf(t));
      return this.watch();
    }
    // After setting HANDOFF, spin on a running writer owner to take over sooner.
    if (w.handoffSet && this.writer >= 0 && h.onCpu(this.writer) && !h.needResched(t)) {
      w.phase = "handoff";
      h.spin(t);
      return this.watch();
    }
    w.phase = "queued";
    h.block(t);
    this.watch();
  }

  /** rwsem_try_write_lock(): called with wait_lock held by a queued writer. */
  private tryWriteLock(w: Waiter): boolean {
    const first = this.queue[0]!;
    // Honour HANDOFF: only the first waiter that set it may take the lock.
    if (this.handoff && first.handoffSet && w !== first) return false;
    if (this.writer >= 0 || this.readers > 0) {
      // time_after(jiffies, waiter->timeout): strictly later.
      if (this.handoff || !(this.host.jiffies() > w.timeout)) return false;
      this.handoff = true;
      first.handoffSet = true;
      return false;
    }
    this.handoff = false;
    this.dequeue(w);
    return true;
  }

  /** __up_write: clear the owner (and its flags) and wake the waiters. */
  private upWrite(t: number): void {
    if (this.writer !== t)
      throw new SimError(
        `up_write of ${this.cls.name} by thread ${t}, which does not hold it for write`,
      );
    const cost = this.host.access(t, this.line, "atomic");
    this.writer = -1;
    this.readerOwned = false;
    this.nonspinnable = false;
    this.acct.released(t, false, this.host.now);
    this.host.lockEvent?.(t, this.id, "released");
    if (this.queue.length > 0) this.markWake(WAKE_ANY);
    this.host.finish(t, cost, 0);
    this.kickSpinners(this.host.cpuOf(t));
    this.watch();
  }

  /**
   * downgrade_write(): the writer becomes a reader in one atomic update, so no
   * other writer can slip in; readers queued at the head are woken to share
   * it (rwsem_downgrade_wake -> rwsem_mark_wake(RWSEM_WAKE_READ_OWNED)).
   */
  private downgrade(t: number): void {
    if (this.writer !== t)
      throw new SimError(
        `downgrade_write of ${this.cls.name} by thread ${t}, which does not hold it for write`,
      );
    const cost = this.host.access(t, this.line, "atomic");
    this.writer = -1;
    this.acct.released(t, false, this.host.now);
    this.host.lockEvent?.(t, this.id, "released");
    this.readers++;
    this.readerSet.add(t);
    this.readerOwned = true;
    this.acct.acquired(t, this.host.cpuOf(t), true, -1, this.host.now);
    this.host.lockEvent?.(t, this.id, "acquired");
    if (this.queue.length > 0) this.markWake(WAKE_READERS);
    this.host.finish(t, cost, 0);
    this.watch();
  }

  /** rwsem_is_locked(): count != RWSEM_UNLOCKED_VALUE, so queued waiters count too. */
  private isLocked(t: number): void {
    const cost = this.host.access(t, this.line, "read");
    const locked = this.writer >= 0 || this.readers > 0 || this.queue.length > 0 || this.handoff;
    this.host.finish(t, cost, locked ? 1 : 0);
  }

  // --- wake-ups ------------------------------------------------------------

  /** rwsem_cond_wake_waiter(). */
  private condWake(): void {
    if (this.writer >= 0) return;
    if (this.readers > 0) return this.markWake(WAKE_READERS);
    this.nonspinnable = false;
    this.markWake(WAKE_ANY);
  }

  /** rwsem_mark_wake(). */
  private markWake(type: number): void {
    const first = this.queue[0];
    if (!first) return;
    const h = this.host;
    if (first.write) {
      // Only RWSEM_WAKE_ANY wakes a writer; it must still win the lock itself.
      if (type !== WAKE_ANY) return;
      if (first.phase === "handoff") h.kick(first.tid, 0);
      else h.wake(first.tid);
      return;
    }
    if (type !== WAKE_READ_OWNED && this.writer >= 0) {
      // A writer stole the lock first; a timed-out first reader sets HANDOFF.
      if (h.jiffies() > first.timeout) {
        this.handoff = true;
        first.handoffSet = true;
      }
      return;
    }
    // Grant every queued reader (phase-fair), writers keep their places.
    const woken: Waiter[] = [];
    for (const w of this.queue) {
      if (w.write) continue;
      woken.push(w);
      if (woken.length >= MAX_READERS_WAKEUP) break;
    }
    for (const w of woken) {
      this.dequeue(w);
      w.granted = true;
      this.readers++;
    }
    this.readerOwned = true;
    // Having woken readers, HANDOFF is no longer needed.
    this.handoff = false;
    for (const w of woken) h.wake(w.tid);
  }

  // --- bookkeeping ---------------------------------------------------------

  private newWaiter(t: number, write: boolean, site: number): Waiter {
    const w: Waiter = {
      tid: t,
      write,
      site,
      phase: "queued",
      timeout: this.host.jiffies() + this.waitTimeout,
      handoffSet: false,
      granted: false,
      prevOwner: OWNER_NULL,
      rspinUntil: 0,
    };
    this.waits.set(t, w);
    return w;
  }

  private enqueue(w: Waiter): void {
    this.queue.push(w);
  }

  private dequeue(w: Waiter): void {
    const i = this.queue.indexOf(w);
    if (i >= 0) this.queue.splice(i, 1);
  }

  private contended(t: number, read: boolean, site: number): void {
    this.acct.contended(t, this.host.cpuOf(t), read, site, this.host.now);
    this.host.lockEvent?.(t, this.id, "contended");
  }

  /** The OSQ head and a HANDOFF spinner notice a change after the line moves to them. */
  private kickSpinners(fromCpu: number): void {
    const h = this.host;
    const head = this.osq[0];
    if (head) h.kick(head.tid, h.transfer(fromCpu, h.cpuOf(head.tid)) + h.atomicNs);
    const first = this.queue[0];
    if (first && first.phase === "handoff")
      h.kick(first.tid, h.transfer(fromCpu, h.cpuOf(first.tid)) + h.atomicNs);
  }

  private watch(): void {
    const first = this.queue[0];
    this.host.watch(
      this,
      this.osq.length > 0 || (first !== undefined && first.phase === "handoff"),
    );
  }
}
