/*
 * The folio lock: PG_locked, a bit lock with a (hashed) wait queue, as in
 * mm/filemap.c (folio_lock, __folio_lock -> folio_wait_bit_common(EXCLUSIVE),
 * folio_unlock -> folio_wake_bit -> wake_page_function).
 *
 * - folio_trylock / the folio_lock fast path: test_and_set_bit(PG_locked);
 *   it fails whenever the bit is set, whether or not anyone waits.
 * - A waiter sets PG_waiters, tries the bit once more, else queues at the
 *   TAIL and sleeps TASK_UNINTERRUPTIBLE (D state).
 * - folio_unlock clears the bit and, with waiters, walks the queue: the first
 *   exclusive waiter ends the walk.
 *   * For its first sysctl_page_lock_unfairness (5) waits, a waiter is only
 *     woken (WQ_FLAG_EXCLUSIVE): it leaves the queue and must win
 *     test_and_set_bit itself when it runs. A trylock or a new folio_lock that
 *     comes first steals the lock; the loser goes back to `repeat:` and queues
 *     again at the tail.
 *   * After that (--unfairness < 0: WQ_FLAG_CUSTOM) the waker takes the bit
 *     on the waiter's behalf before waking it (WQ_FLAG_DONE): a fair hand-off,
 *     nobody can steal in between.
 *   So the lock is unfair for the first 5 wake-ups of a waiter, then handed off.
 * - The window between clear_bit and the wake function's test_and_set_bit,
 *   in which a trylock could take the bit and make the walk stop (-1), is
 *   not modelled: unlock and the hand-off are one step.
 * Non-exclusive waiters (folio_wait_locked) are not modelled.
 *
 * The kernel's folio lock is not lockdep-tracked; lockbench still keeps
 * lock_stat-style numbers for it (write row), since folio lock contention is
 * what the v6.19 change moves around.
 */

import type { FolioOp } from "../program.ts";
import { SimError } from "./host.ts";
import { ExclusiveLock } from "./exclusive.ts";

/** mm/filemap.c sysctl_page_lock_unfairness: steals accepted from under a waiter. */
export const PAGE_LOCK_UNFAIRNESS = 5;

interface Waiter {
  readonly tid: number;
  readonly site: number;
  unfairness: number;
  /** WQ_FLAG_CUSTOM: the waker takes the bit for us. */
  custom: boolean;
  /** WQ_FLAG_WOKEN. */
  woken: boolean;
  /** WQ_FLAG_DONE: we hold the bit. */
  done: boolean;
}

export class FolioLock extends ExclusiveLock<Waiter> {
  op(t: number, op: FolioOp, site: number): void {
    switch (op) {
      case "folio_lock":
        return this.lock(t, site);
      case "folio_trylock":
        return this.trylock(t, site);
      case "folio_unlock":
        return this.unlock(t);
    }
  }

  private lock(t: number, site: number): void {
    if (this.owner === t)
      throw new SimError(
        `folio_lock of ${this.cls.name} by thread ${t}, which already holds it (deadlock)`,
      );
    const cost = this.host.access(t, this.line, "atomic");
    if (this.owner < 0) {
      this.take(t, site);
      return this.host.finish(t, cost, 1);
    }
    this.acct.contended(t, this.host.cpuOf(t), false, site, this.host.now);
    this.host.lockEvent?.(t, this.id, "contended");
    const w: Waiter = {
      tid: t,
      site,
      unfairness: PAGE_LOCK_UNFAIRNESS,
      custom: false,
      woken: false,
      done: false,
    };
    this.waits.set(t, w);
    this.repeat(w);
  }

  /** The `repeat:` label of folio_wait_bit_common(). */
  private repeat(w: Waiter): void {
    w.custom = --w.unfairness < 0;
    w.woken = false;
    w.done = false;
    // One last folio_trylock_flag() under the queue lock before sleeping.
    if (this.owner < 0) {
      this.waits.delete(w.tid);
      this.take(w.tid, w.site);
      return this.host.finish(w.tid, 0, 1);
    }
    this.queue.push(w);
    this.host.block(w.tid);
  }

  private trylock(t: number, site: number): void {
    const cost = this.host.access(t, this.line, "atomic");
    if (this.owner < 0) {
      this.take(t, site);
      this.acct.trylock(site, true);
      return this.host.finish(t, cost, 1);
    }
    this.acct.trylock(site, false);
    this.host.lockEvent?.(t, this.id, "trylock_failed");
    this.host.finish(t, cost, 0);
  }

  private unlock(t: number): void {
    if (this.owner !== t)
      throw new SimError(`folio_unlock of ${this.cls.name} by thread ${t}, which does not hold it`);
    const cost = this.host.access(t, this.line, "atomic");
    this.owner = -1;
    this.acct.released(t, false, this.host.now);
    this.host.lockEvent?.(t, this.id, "released");
    // folio_wake_bit(): the first exclusive waiter ends the walk.
    const w = this.queue.shift();
    if (w) {
      if (w.custom) {
        this.owner = w.tid; // wake_page_function takes the bit for it
        w.done = true;
      }
      w.woken = true;
      this.host.wake(w.tid);
    }
    this.host.finish(t, cost, 0);
  }

  resume(t: number): void {
    const w = this.waits.get(t);
    if (!w) throw new SimError(`thread ${t} resumed in ${this.cls.name} it is not waiting on`);
    if (!w.woken) return this.host.block(t);
    if (w.done) {
      // Handed off: lock_acquired is called by the waiter when it runs.
      this.waits.delete(t);
      this.acct.acquired(t, this.host.cpuOf(t), false, w.site, this.host.now);
      this.host.lockEvent?.(t, this.id, "acquired");
      return this.host.finish(t, 0, 1);
    }
    // Woken without the bit: try to get it ourselves, else `goto repeat`.
    const cost = this.host.access(t, this.line, "atomic");
    if (this.owner < 0) {
      this.waits.delete(t);
      this.take(t, w.site);
      return this.host.finish(t, cost, 1);
    }
    this.repeat(w);
  }
}
