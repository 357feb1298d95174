/*
 * What the folio lock and the queued spinlock share: one owner, a FIFO of
 * waiters (each remembering its call site for lock_stat's contention
 * points), and the bookkeeping of taking the lock. How waiters wait (sleep
 * or spin) and how the lock is handed over differ, and stay in the subclasses.
 */

import type { HostedLock, LockHost } from "./host.ts";
import { LockAccounting, type LockClassStats } from "./stats.ts";

export interface QueuedWaiter {
  readonly tid: number;
  readonly site: number;
}

export abstract class ExclusiveLock<W extends QueuedWaiter> implements HostedLock {
  protected owner = -1;
  protected readonly queue: W[] = [];
  protected readonly waits = new Map<number, W>();
  protected readonly acct: LockAccounting;

  constructor(
    readonly id: number,
    readonly cls: LockClassStats,
    protected readonly line: number,
    protected readonly host: LockHost,
  ) {
    this.acct = new LockAccounting(cls);
  }

  abstract resume(t: number): void;

  state(): { owner: number; waiters: readonly number[] } {
    return { owner: this.owner, waiters: this.queue.map((w) => w.tid) };
  }

  /** t owns the lock from now (lock_acquired). */
  protected take(t: number, site: number): void {
    this.owner = t;
    this.acct.acquired(t, this.host.cpuOf(t), false, site, this.host.now);
    this.host.lockEvent?.(t, this.id, "acquired");
  }
}
