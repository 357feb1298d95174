/*
 * The explorer's lock semantics follow kernel/locking/rwsem.c, the folio
 * wait queue, queued spinlocks, per-VMA locks and RCU grace periods, with
 * time taken out: who may take a lock, who queues, in which order waiters
 * are granted.
 */
import { describe, expect, it } from "vitest";
import { CheckLocks } from "../../src/check/locks.ts";
import { MODEL } from "../../src/model/index.ts";
import { BLOCKED, Thread } from "../../src/sim/interp.ts";

const L = 0x4000040;
const [t1, t2, t3, t4] = [1, 2, 3, 4].map((i) => new Thread(i, `T${i}`)) as [
  Thread,
  Thread,
  Thread,
  Thread,
];

function op(locks: CheckLocks, t: Thread, name: string, lock = L, args: number[] = [lock]) {
  const b = MODEL.builtins.get(name)!;
  return locks.lock(t, b, b.lock!, lock, args);
}

describe("rwsem", () => {
  it("lets readers share and queues a writer behind them", () => {
    const k = new CheckLocks();
    expect(op(k, t1, "down_read")).toBe(0);
    expect(op(k, t2, "down_read")).toBe(0);
    expect(op(k, t3, "down_write")).toBe(BLOCKED);
    expect(k.runnable(t3.id)).toBe(false);
    expect(k.waitsFor(t3.id).sort()).toEqual([1, 2]);
    op(k, t1, "up_read");
    expect(k.runnable(t3.id)).toBe(false);
    op(k, t2, "up_read");
    // The last reader out hands the lock to the queued writer.
    expect(k.runnable(t3.id)).toBe(true);
    expect(k.holders(L).writer).toBe(3);
    expect(op(k, t3, "down_write")).toBe(0);
  });

  it("fails down_read_trylock while a writer is queued behind a reader", () => {
    const k = new CheckLocks();
    op(k, t1, "down_read");
    expect(op(k, t2, "down_write")).toBe(BLOCKED);
    // RWSEM_FLAG_WAITERS is in READ_FAILED_MASK: the trylock fails although only readers hold it.
    expect(op(k, t3, "down_read_trylock")).toBe(0);
    // And a blocking reader queues behind the writer instead of passing it.
    expect(op(k, t4, "down_read")).toBe(BLOCKED);
    expect(k.waitsFor(t4.id)).toContain(2);
  });

  it("succeeds down_read_trylock when only readers hold it and nobody waits", () => {
    const k = new CheckLocks();
    op(k, t1, "down_read");
    expect(op(k, t2, "down_read_trylock")).toBe(1);
    expect(k.holders(L).readers).toEqual([1, 2]);
  });

  it("grants every queued reader as one batch when a reader heads the queue, writers keep their places", () => {
    const k = new CheckLocks();
    op(k, t1, "down_write");
    expect(op(k, t2, "down_read")).toBe(BLOCKED);
    expect(op(k, t3, "down_write")).toBe(BLOCKED);
    expect(op(k, t4, "down_read")).toBe(BLOCKED);
    op(k, t1, "up_write");
    // rwsem_mark_wake: the reader at the head wakes all queued readers, skipping the writer.
    expect(k.holders(L).readers).toEqual([2, 4]);
    expect([t2, t3, t4].map((t) => k.runnable(t.id))).toEqual([true, false, true]);
    expect(op(k, t2, "down_read")).toBe(0);
    expect(op(k, t4, "down_read")).toBe(0);
    op(k, t2, "up_read");
    op(k, t4, "up_read");
    expect(k.holders(L).writer).toBe(3);
  });

  it("gives a released lock to a writer at the head alone", () => {
    const k = new CheckLocks();
    op(k, t1, "down_read");
    op(k, t2, "down_write");
    op(k, t3, "down_read");
    op(k, t1, "up_read");
    expect(k.holders(L)).toEqual({ writer: 2, readers: [] });
    expect(k.runnable(t3.id)).toBe(false);
  });

  it("needs a completely free rwsem for down_write_trylock", () => {
    const k = new CheckLocks();
    op(k, t1, "down_read");
    expect(op(k, t2, "down_write_trylock")).toBe(0);
    op(k, t1, "up_read");
    expect(op(k, t2, "down_write_trylock")).toBe(1);
  });

  it("answers rwsem_is_locked from holders and waiters", () => {
    const k = new CheckLocks();
    expect(op(k, t1, "rwsem_is_locked")).toBe(0);
    op(k, t1, "down_read");
    expect(op(k, t2, "rwsem_is_locked")).toBe(1);
  });

  it("downgrade_write keeps the lock for read and admits queued readers", () => {
    const k = new CheckLocks();
    op(k, t1, "down_write");
    op(k, t2, "down_read");
    op(k, t1, "downgrade_write");
    expect(k.holders(L).readers).toEqual([1, 2]);
  });

  it("ignores an unlock by a thread that does not hold the lock", () => {
    const k = new CheckLocks();
    op(k, t1, "down_write");
    op(k, t2, "up_write");
    expect(k.holders(L).writer).toBe(1);
  });

  it("reports lockdep assertions as values, not exceptions", () => {
    const k = new CheckLocks();
    op(k, t1, "down_read");
    expect(op(k, t1, "lockdep_assert_held_read")).toBe(1);
    expect(op(k, t1, "lockdep_assert_held_write")).toBe(0);
    expect(op(k, t2, "lockdep_assert_held")).toBe(0);
  });
});

describe("folio lock and spinlocks", () => {
  it("hands PG_locked to the first waiter in FIFO order", () => {
    const k = new CheckLocks();
    const F = 0x8000040;
    expect(op(k, t1, "folio_lock", F)).toBe(0);
    expect(op(k, t2, "folio_trylock", F)).toBe(0);
    expect(op(k, t2, "folio_lock", F)).toBe(BLOCKED);
    expect(op(k, t3, "folio_lock", F)).toBe(BLOCKED);
    expect(op(k, t4, "folio_test_locked", F)).toBe(1);
    op(k, t1, "folio_unlock", F);
    expect(k.holders(F).writer).toBe(2);
    expect([k.runnable(2), k.runnable(3)]).toEqual([true, false]);
    op(k, t2, "folio_lock", F);
    op(k, t2, "folio_unlock", F);
    expect(k.holders(F).writer).toBe(3);
  });

  it("keeps a spinning thread off the CPU until the owner releases", () => {
    const k = new CheckLocks();
    op(k, t1, "spin_lock");
    expect(op(k, t2, "spin_lock")).toBe(BLOCKED);
    expect(op(k, t3, "spin_trylock")).toBe(0);
    expect(k.runnable(2)).toBe(false);
    op(k, t1, "spin_unlock");
    expect(k.runnable(2)).toBe(true);
    expect(op(k, t2, "spin_lock")).toBe(0);
  });
});

describe("per-VMA locks", () => {
  const VMA = 0xc000040;
  const VLOCK = 0x4000080;
  it("makes vma_start_write wait for readers, and readers fail while it waits", () => {
    const k = new CheckLocks();
    expect(op(k, t1, "vma_start_read_locked", VLOCK, [VMA])).toBe(1);
    expect(op(k, t2, "vma_start_write", VLOCK, [VMA])).toBe(BLOCKED);
    expect(op(k, t3, "vma_start_read_locked", VLOCK, [VMA])).toBe(0);
    op(k, t1, "vma_end_read", VLOCK, [VMA]);
    expect(op(k, t2, "vma_start_write", VLOCK, [VMA])).toBe(0);
    // Idempotent for the thread that holds it.
    expect(op(k, t2, "vma_start_write", VLOCK, [VMA])).toBe(0);
    // vma_end_write_all: the World names each VMA write lock to drop.
    op(k, t2, "vma_end_write_all", VLOCK, [0x1000040]);
    expect(k.holders(VLOCK).writer).toBe(0);
  });

  it("drops, for vma_end_write_all, only the lock named and only if this thread holds it", () => {
    const k = new CheckLocks();
    op(k, t1, "vma_start_write", VLOCK, [VMA]);
    op(k, t1, "vma_start_write", VLOCK + 0x40, [VMA + 0x40]);
    op(k, t2, "vma_end_write_all", VLOCK + 0x40, [0x1000040]);
    op(k, t1, "vma_end_write_all", VLOCK, [0x1000040]);
    expect(k.holders(VLOCK).writer).toBe(0);
    expect(k.holders(VLOCK + 0x40).writer).toBe(1);
  });
});

describe("RCU", () => {
  it("makes synchronize_rcu wait for a reader that started before it, not one that started after", () => {
    const k = new CheckLocks();
    k.rcu(t1, "read_lock");
    expect(k.rcu(t2, "synchronize")).toBe(BLOCKED);
    k.rcu(t3, "read_lock"); // after the grace period began: not waited for
    expect(k.waitsFor(t2.id)).toEqual([1]);
    k.rcu(t1, "read_lock");
    k.rcu(t1, "read_unlock"); // still nested
    expect(k.runnable(t2.id)).toBe(false);
    k.rcu(t1, "read_unlock");
    expect(k.runnable(t2.id)).toBe(true);
    expect(k.rcu(t2, "synchronize")).toBe(0);
    expect(k.rcuDepthOf(t3.id)).toBe(1);
  });

  it("returns at once when no reader is inside a section", () => {
    const k = new CheckLocks();
    expect(k.rcu(t1, "synchronize")).toBe(0);
  });
});

describe("state", () => {
  it("is canonical: the same holders give the same hash whatever the order of reads", () => {
    const a = new CheckLocks();
    const b = new CheckLocks();
    op(a, t1, "down_read");
    op(a, t2, "down_read");
    op(b, t2, "down_read");
    op(b, t1, "down_read");
    const words = (k: CheckLocks) => ({ ...k.stateHash() });
    expect(words(a)).toEqual(words(b));
    op(a, t3, "down_write");
    expect(words(a)).not.toEqual(words(b));
  });
});
