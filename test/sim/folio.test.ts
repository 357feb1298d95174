/*
 * The folio lock (mm/filemap.c): a bit lock with a FIFO wait queue, unfair
 * for a waiter's first sysctl_page_lock_unfairness wake-ups, then handed off.
 * Machine: 4 CPUs at 1 GHz, free atomics and switches, wake-ups 1 us / 2 us.
 */
import { describe, expect, it } from "vitest";
import { Engine } from "../../src/sim/engine.ts";
import { PAGE_LOCK_UNFAIRNESS } from "../../src/sim/locks/folio.ts";
import { compute, folio, Loop, Script, sleep, tinyMachine } from "./helpers.ts";

function setup() {
  const e = new Engine(tinyMachine(), { seed: 1 });
  return { e, f: e.addFolioLock("folio") };
}

describe("folio lock", () => {
  it("folio_trylock fails whenever PG_locked is set, with or without waiters", () => {
    const { e, f } = setup();
    const h = new Script([folio("folio_lock", f), compute(10_000), folio("folio_unlock", f)]);
    const t = new Script([
      folio("folio_trylock", f),
      compute(20_000),
      folio("folio_trylock", f),
      folio("folio_unlock", f),
    ]);
    e.addThread({ name: "h", program: h });
    e.addThread({ name: "t", program: t, start: 1000 });
    const rep = e.run(1_000_000);
    expect([t.results[0], t.results[2]]).toEqual([0, 1]);
    expect(rep.locks[0]!.trylocks.get(0)).toEqual({ attempts: 2, failures: 1 });
  });

  it("wakes waiters one at a time in FIFO order, each sleeping in D state", () => {
    const { e, f } = setup();
    const h = new Script([folio("folio_lock", f), sleep(10_000), folio("folio_unlock", f)]);
    const w = [1, 2, 3].map(
      () => new Script([folio("folio_lock", f), compute(5000), folio("folio_unlock", f)]),
    );
    e.addThread({ name: "h", program: h });
    const tids = w.map((s, i) => e.addThread({ name: `w${i}`, program: s, start: 1000 * (i + 1) }));
    const rep = e.run(1_000_000);
    // h wakes at 10 us (+1 us same CPU) and unlocks at 11 us. Each unlock wakes the
    // first waiter (2 us cross CPU), which takes the bit itself (nobody competes),
    // holds it 5 us and unlocks: 13, then 20, then 27 us.
    expect(w.map((s) => s.doneAt(0))).toEqual([13_000, 20_000, 27_000]);
    expect(tids.map((t) => rep.threads[t]!.time.dstate)).toEqual([
      11_000 - 1000,
      18_000 - 2000,
      25_000 - 3000,
    ]);
  });

  it(`lets the lock be stolen from a woken waiter ${PAGE_LOCK_UNFAIRNESS} times, then hands it off`, () => {
    const { e, f } = setup();
    // h relocks 0.5 us after each unlock, before the woken waiter (2 us away) runs.
    const h = new Loop([
      folio("folio_lock", f),
      compute(10_000),
      folio("folio_unlock", f),
      compute(500),
    ]);
    const w = new Script([folio("folio_lock", f), folio("folio_unlock", f)]);
    const th = e.addThread({ name: "h", program: h });
    const tw = e.addThread({ name: "w", program: w, start: 1000 });
    e.run(200_000);
    // h's unlocks fall at 10 us + k * 10.5 us. w loses the bit after each of the
    // first five (re-queued at the tail, unfairness 4..0, then -1 = WQ_FLAG_CUSTOM);
    // at the sixth unlock (10 + 5 * 10.5 = 62.5 us) the waker sets the bit for w,
    // which owns it when it arrives 2 us later, while h's relock at 63 us waits.
    expect(w.doneAt(0)).toBe(62_500 + 2000);
    expect(h.rounds[6]).toBe(63_000);
    const rep = e.report();
    // w slept once when it first queued and once per stolen wake-up.
    expect(rep.threads[tw]!.dstateSleeps.length).toBe(1 + PAGE_LOCK_UNFAIRNESS);
    // h waited in D state from 63 us until w's unlock at 64.5 us woke it.
    expect(rep.threads[th]!.dstateSleeps[0]).toBe(64_500 - 63_000);
  });

  it("a folio_lock by the owner is reported as a self-deadlock, not simulated as a hang", () => {
    const { e, f } = setup();
    e.addThread({
      name: "h",
      program: new Script([folio("folio_lock", f), folio("folio_lock", f)]),
    });
    expect(() => e.run(1000)).toThrow(/already holds it/);
  });
});
