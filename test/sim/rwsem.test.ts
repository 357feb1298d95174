/*
 * rwsem rules from kernel/locking/rwsem.c, each pinned with exact virtual
 * timings on a 4-CPU, 1 GHz machine where cache lines, atomics and context
 * switches are free and wake-ups take 1 us (same CPU) or 2 us (cross CPU).
 */
import { describe, expect, it } from "vitest";
import { Engine, type EngineHooks } from "../../src/sim/engine.ts";
import type { Rwsem } from "../../src/sim/locks/rwsem.ts";
import { rspinThresholdNs, rwsemWaitTimeout } from "../../src/sim/locks/rwsem.ts";
import { compute, Loop, rw, Script, sleep, tinyMachine } from "./helpers.ts";

function setup(opts: Parameters<typeof tinyMachine>[0] = {}, hooks: EngineHooks = {}) {
  const e = new Engine(tinyMachine(opts), { seed: 1, hooks });
  const sem = e.addRwsem("anon_vma->root->rwsem");
  return { e, sem, rwsem: () => e.lock(sem) as Rwsem };
}

const thread = (e: Engine, name: string, s: Script | Loop, start = 0) =>
  e.addThread({ name, program: s, start });

describe("rwsem", () => {
  it("a read trylock fails while a writer is queued behind readers", () => {
    const { e, sem } = setup();
    const r1 = new Script([rw("down_read", sem), compute(100_000), rw("up_read", sem)]);
    const w = new Script([rw("down_write", sem), rw("up_write", sem)]);
    const t5 = new Script([rw("down_read_trylock", sem), rw("up_read", sem)]);
    const t20 = new Script([rw("down_read_trylock", sem)]);
    thread(e, "r1", r1, 0);
    const wt = thread(e, "w", w, 1000);
    thread(e, "try@5us", t5, 5000);
    thread(e, "try@20us", t20, 20_000);
    const rep = e.run(1_000_000);
    // At 5 us the writer only spins (nothing queued): the trylock joins the readers.
    expect(t5.results[0]).toBe(1);
    // At 20 us the writer has queued (it gave up spinning at 11.5 us): the read
    // trylock fails although only readers hold the lock.
    expect(t20.results[0]).toBe(0);
    // r1 releases at 100 us, the writer is woken cross-CPU and owns it 2 us later.
    expect(w.doneAt(0)).toBe(102_000);
    const wr = rep.threads[wt]!;
    expect(wr.time.spinning).toBe(10_500);
    expect(wr.time.dstate).toBe(100_000 - 11_500);
    const cls = rep.locks[0]!;
    expect(cls.trylocks.get(0)).toEqual({ attempts: 2, failures: 1 });
  });

  it("writer spin on a reader owner gives up after (10 + readers/2) us, capped at 25 us", () => {
    for (const readers of [1, 3, 30, 40]) {
      const { e, sem } = setup();
      // Readers take the lock and sleep holding it (sleeps are not spins).
      for (let i = 0; i < readers; i++)
        thread(
          e,
          `r${i}`,
          new Script([rw("down_read", sem), sleep(1_000_000), rw("up_read", sem)]),
        );
      const w = new Script([rw("down_write", sem), rw("up_write", sem)]);
      const wt = thread(e, "w", w, 1000);
      const rep = e.run(100_000);
      const want = Math.min(10_000 + (readers * 1000) / 2, 25_000);
      expect(rspinThresholdNs(readers)).toBe(want);
      expect(rep.threads[wt]!.time.spinning).toBe(want);
      // Then it sleeps in D state for the rest of the run.
      expect(rep.threads[wt]!.time.dstate).toBe(100_000 - 1000 - want);
      expect(e.threadState(wt)).toBe("dstate");
    }
  });

  it("a writer keeps spinning on a running writer owner and sleeps once the owner leaves its CPU", () => {
    const { e, sem } = setup();
    const owner = new Script([
      rw("down_write", sem),
      compute(100_000),
      sleep(50_000),
      rw("up_write", sem),
    ]);
    const w2 = new Script([rw("down_write", sem), rw("up_write", sem)]);
    thread(e, "owner", owner, 0);
    const t2 = thread(e, "w2", w2, 1000);
    const rep = e.run(1_000_000);
    // Spins from 1 us until the owner sleeps at 100 us: far past 25 us, no time box on writers.
    expect(rep.threads[t2]!.time.spinning).toBe(99_000);
    // The owner wakes at 150 us (+1 us same CPU), releases at 151 us; w2 is woken cross-CPU.
    expect(w2.doneAt(0)).toBe(153_000);
    expect(rep.threads[t2]!.time.dstate).toBe(151_000 - 100_000);
  });

  it("downgrade_write lets queued readers in at once but never a queued writer", () => {
    const { e, sem } = setup();
    // w holds it for write, then downgrades at 50 us and keeps it for read until 200 us.
    const w = new Script([
      rw("down_write", sem),
      compute(50_000),
      rw("downgrade_write", sem),
      compute(150_000),
      rw("up_read", sem),
    ]);
    const r = new Script([rw("down_read", sem), rw("up_read", sem)]);
    const w2 = new Script([rw("down_write", sem), rw("up_write", sem)]);
    thread(e, "w", w, 0);
    thread(e, "r", r, 10_000);
    thread(e, "w2", w2, 20_000);
    e.run(1_000_000);
    // The reader (first in the queue) is woken by the downgrade: granted at 50 us, running 2 us later.
    expect(r.doneAt(0)).toBe(52_000);
    // The second writer waits for the downgraded reader to leave at 200 us.
    expect(w2.doneAt(0)).toBeGreaterThanOrEqual(200_000);
  });

  it("readers at the head of the queue are woken as a batch, skipping a queued writer", () => {
    const { e, sem, rwsem } = setup();
    // The owner sleeps holding the lock, so nobody can spin on it and all queue.
    const w = new Script([rw("down_write", sem), sleep(50_000), rw("up_write", sem)]);
    const r1 = new Script([rw("down_read", sem), compute(10_000), rw("up_read", sem)]);
    const w2 = new Script([rw("down_write", sem), rw("up_write", sem)]);
    const r3 = new Script([rw("down_read", sem), compute(20_000), rw("up_read", sem)]);
    thread(e, "w", w, 0);
    thread(e, "r1", r1, 1000);
    const t2 = thread(e, "w2", w2, 2000);
    thread(e, "r3", r3, 3000);
    let queued: readonly { tid: number; write: boolean }[] = [];
    e.run(40_000);
    queued = rwsem().state().waiters;
    expect(queued.map((q) => q.write)).toEqual([false, true, false]);
    e.run(1_000_000);
    // w wakes from its sleep at 50 us (+1 us, same CPU) and releases at 51 us; r1
    // and r3 are granted together and arrive 2 us later (cross CPU).
    expect(r1.doneAt(0)).toBe(53_000);
    expect(r3.doneAt(0)).toBe(53_000);
    // w2 waits for the last reader: r3 leaves at 73 us, w2 owns it at 75 us.
    expect(w2.doneAt(0)).toBe(75_000);
    expect(e.report().threads[t2]!.time.dstate).toBe(73_000 - 2000);
  });

  it("a waiter sets HANDOFF once jiffies pass its timeout, then gets the lock next (HZ=250: >= 4 ms)", () => {
    let handoffAt = -1;
    const owners: { time: number; tid: number }[] = [];
    const { e, sem, rwsem } = setup(
      {},
      {
        afterEvent: (x) => {
          if (handoffAt < 0 && rwsem().state().handoff) handoffAt = x.now;
        },
        trace: (ev) => {
          if (ev.kind === "lock" && ev.what === "acquired")
            owners.push({ time: ev.time, tid: ev.tid });
        },
      },
    );
    expect(rwsemWaitTimeout(250)).toBe(1);
    // r holds for 100 us; w1 spins 10.5 us on it, then queues at 11.5 us (jiffy 0, timeout 1).
    const r = new Script([rw("down_read", sem), compute(100_000), rw("up_read", sem)]);
    const w1 = new Script([rw("down_write", sem), rw("up_write", sem)]);
    // a and b pass the lock between them by optimistic spinning, 50 us each,
    // always stealing it while the woken w1 is still on its way (2 us).
    const loop = () =>
      new Loop([rw("down_write", sem), compute(50_000), rw("up_write", sem), compute(1000)]);
    thread(e, "r", r, 0);
    const t1 = thread(e, "w1", w1, 1000);
    const ta = thread(e, "a", loop(), 100_500);
    const tb = thread(e, "b", loop(), 100_600);
    e.run(9_000_000);
    // Releases by a/b fall at 100.5 us + k * 50 us; w1 retries 2 us after each.
    // time_after(jiffies, 1) first holds at jiffy 2 = 8 ms: the retry at
    // 8000.5 + 2 us is the first to set HANDOFF.
    expect(handoffAt).toBe(8_002_500);
    // The next release (8050.5 us) goes to w1, not to the spinning stealer.
    expect(w1.doneAt(0)).toBe(8_050_500);
    const after = owners.filter((o) => o.time > 100_000);
    const i = after.findIndex((o) => o.tid === t1);
    expect(after[i]!.time).toBe(8_050_500);
    // Before that only a and b owned it, alternating.
    expect(after.slice(0, i).every((o, k) => o.tid === (k % 2 === 0 ? ta : tb))).toBe(true);
    // Stalled in D state from 11.5 us, minus 2 us of wake-up latency per failed retry.
    const retries = i; // one per release before the handoff release
    const rep = e.report();
    expect(rep.threads[t1]!.time.dstate).toBe(
      8_050_500 - 11_500 - 2000 * retries - (8_050_500 - 8_002_500),
    );
  });

  it("RWSEM_WAIT_TIMEOUT is DIV_ROUND_UP(HZ, 250) jiffies: at least 4 ms at every HZ", () => {
    for (const hz of [100, 250, 300, 1000]) {
      const j = rwsemWaitTimeout(hz);
      expect(j).toBe(Math.ceil(hz / 250));
      expect((j * 1000) / hz).toBeGreaterThanOrEqual(4);
    }
  });

  it("a reader steals a free lock from a woken writer still on its way, which then sleeps again", () => {
    const { e, sem } = setup();
    const r0 = new Script([rw("down_read", sem), compute(50_000), rw("up_read", sem)]);
    const w = new Script([rw("down_write", sem), rw("up_write", sem)]);
    // Arrives 1 us after r0 leaves, while w's wake-up (2 us) is in flight.
    const thief = new Script([
      rw("rwsem_is_locked", sem),
      rw("down_read", sem),
      compute(10_000),
      rw("up_read", sem),
    ]);
    thread(e, "r0", r0, 0);
    const tw = thread(e, "w", w, 1000);
    thread(e, "thief", thief, 51_000);
    const rep = e.run(1_000_000);
    // rwsem_is_locked() is count != 0: a free lock with a queued waiter is "locked".
    expect(thief.results[0]).toBe(1);
    // Reader optimistic lock stealing: no writer, no HANDOFF, no other reader.
    expect(thief.doneAt(1)).toBe(51_000);
    // w arrives at 52 us, loses, sleeps; the thief leaves at 61 us; w owns it at 63 us.
    expect(w.doneAt(0)).toBe(63_000);
    expect(rep.threads[tw]!.time.dstate).toBe(50_000 - 11_500 + (61_000 - 52_000));
  });

  it("down_write_trylock fails whenever the count is non-zero, waiters included", () => {
    const { e, sem } = setup();
    const r0 = new Script([rw("down_read", sem), compute(50_000), rw("up_read", sem)]);
    const w = new Script([rw("down_write", sem), rw("up_write", sem)]);
    const tries = new Script([
      rw("down_write_trylock", sem), // 5 us: a reader holds it
      compute(46_000), // to 51 us: free, but w is queued and on its way
      rw("down_write_trylock", sem),
      compute(20_000), // to 71 us: free and nobody waits
      rw("down_write_trylock", sem),
      rw("up_write", sem),
    ]);
    thread(e, "r0", r0, 0);
    thread(e, "w", w, 1000);
    thread(e, "tries", tries, 5000);
    e.run(1_000_000);
    expect([tries.results[0], tries.results[2], tries.results[4]]).toEqual([0, 0, 1]);
    expect(e.report().locks[0]!.trylocks.get(0)).toEqual({ attempts: 3, failures: 2 });
  });

  it("records lock_stat columns: contentions, wait and hold times, read and write rows, call sites", () => {
    const { e, sem } = setup();
    thread(
      e,
      "w",
      new Script([rw("down_write", sem, 7), sleep(30_000), rw("up_write", sem, 7)]),
      0,
    );
    // Pinned to CPU 1, so its wait and its acquisition both bounce from w's CPU 0.
    e.addThread({
      name: "r",
      program: new Script([rw("down_read", sem, 9), compute(5000), rw("up_read", sem, 9)]),
      start: 1000,
      cpus: [1],
    });
    const rep = e.run(1_000_000);
    const c = rep.locks[0]!;
    expect(c.name).toBe("anon_vma->root->rwsem");
    // w: uncontended, held 0..31 us (its wake-up from sleep is same-CPU, 1 us).
    expect(c.write.acquisitions).toBe(1);
    expect(c.write.waittime.nr).toBe(0);
    expect(c.write.holdtime).toEqual({ nr: 1, min: 31_000, max: 31_000, total: 31_000 });
    // r: waits from 1 us to 33 us (granted at 31 us, arrives 2 us later), holds 5 us.
    expect(c.read.waittime).toEqual({ nr: 1, min: 32_000, max: 32_000, total: 32_000 });
    expect(c.read.holdtime.total).toBe(5000);
    expect(c.read.conBounces).toBe(1);
    expect(c.read.acqBounces).toBe(1);
    expect([...c.contentionPoints]).toEqual([[9, 1]]);
    expect([...c.contendingPoints]).toEqual([[7, 1]]);
  });
});
