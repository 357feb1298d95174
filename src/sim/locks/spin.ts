/*
 * spinlock_t as a queued spinlock (kernel/locking/qspinlock.c, the arm64
 * default since v4.19): FIFO through the MCS queue, waiters spin on the CPU
 * with preemption disabled (state spinning: they burn the CPU and cannot be
 * preempted), and the holder cannot be preempted either (spin_lock() does
 * preempt_disable()).
 *
 * - spin_trylock (queued_spin_trylock): succeeds only when the whole lock word
 *   is 0, so it fails while the lock is held OR anyone is queued.
 * - spin_unlock (queued_spin_unlock): a store-release of the locked byte. The
 *   queue head, spinning on the lock word, sees it after the line moves to its
 *   CPU and then sets the locked byte: hand-off cost = transfer + one RMW.
 *   Nobody can take the lock in that window, since the tail bits keep the word
 *   non-zero, so the next owner is reserved at unlock time.
 * The pending-bit fast path for a single waiter is not distinguished.
 */

import type { SpinOp } from "../program.ts";
import { SimError } from "./host.ts";
import { ExclusiveLock, type QueuedWaiter } from "./exclusive.ts";

export class SpinLock extends ExclusiveLock<QueuedWaiter> {
  op(t: number, op: SpinOp, site: number): void {
    switch (op) {
      case "spin_lock":
        return this.lock(t, site);
      case "spin_trylock":
        return this.trylock(t, site);
      case "spin_unlock":
        return this.unlock(t);
    }
  }

  private lock(t: number, site: number): void {
    if (this.owner === t)
      throw new SimError(
        `spin_lock of ${this.cls.name} by thread ${t}, which already holds it (deadlock)`,
      );
    this.host.preempt(t, 1);
    const cost = this.host.access(t, this.line, "atomic");
    if (this.owner < 0 && this.queue.length === 0) {
      this.take(t, site);
      return this.host.finish(t, cost, 1);
    }
    this.acct.contended(t, this.host.cpuOf(t), false, site, this.host.now);
    this.host.lockEvent?.(t, this.id, "contended");
    const w = { tid: t, site };
    this.waits.set(t, w);
    this.queue.push(w);
    this.host.spin(t);
  }

  private trylock(t: number, site: number): void {
    const cost = this.host.access(t, this.line, "atomic");
    if (this.owner < 0 && this.queue.length === 0) {
      this.host.preempt(t, 1);
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
      throw new SimError(`spin_unlock of ${this.cls.name} by thread ${t}, which does not hold it`);
    const h = this.host;
    const cost = h.access(t, this.line, "write");
    this.acct.released(t, false, h.now);
    h.lockEvent?.(t, this.id, "released");
    const next = this.queue.shift();
    if (next) {
      this.owner = next.tid;
      h.kick(next.tid, h.transfer(h.cpuOf(t), h.cpuOf(next.tid)) + h.atomicNs);
    } else {
      this.owner = -1;
    }
    h.preempt(t, -1);
    h.finish(t, cost, 0);
  }

  resume(t: number): void {
    const w = this.waits.get(t);
    if (!w) throw new SimError(`thread ${t} resumed in ${this.cls.name} it is not waiting on`);
    if (this.owner !== t) return this.host.spin(t);
    this.waits.delete(t);
    // The line came over with the kick; take the locked byte now.
    this.owner = -1;
    this.take(t, w.site);
    this.host.finish(t, 0, 1);
  }
}
