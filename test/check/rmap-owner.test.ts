/*
 * The rmap monitor's stale-owner check on the real policies: page_idle walks
 * a folio while UFFDIO_MOVE moves it to another root. The seed mail's diff
 * applied alone (page_idle still walks without the folio lock, MOVE no
 * longer write-locks the anon_vma) lets the walk search the old tree; v6.18
 * (anon_vma write lock + re-check) and v6.19 (folio lock) never do.
 */
import { describe, expect, it } from "vitest";
import { explore } from "../../src/check/explore.ts";
import { RandomStrategy } from "../../src/check/random.ts";
import { ReplayStrategy } from "../../src/check/replay.ts";
import { run, type Scenario } from "../../src/check/run.ts";
import { frontEnd } from "../../src/lang/index.ts";
import { fileReader } from "../../src/policy-files.ts";

const read = fileReader(process.cwd());
const SRC = 0x100000;
const DST = 0x400000;

function pageIdleVsMove(policy: string): Scenario {
  const program = frontEnd(policy, read).ir!;
  return {
    program,
    setup(env) {
      const w = env.world;
      const h = w.heap;
      const set = (o: number, s: string, f: string, v: number) =>
        h.store(o, h.field(w.typeId(s), f), v);
      const mm = w.allocObject("mm_struct");
      for (const start of [SRC, DST]) w.mmapAnon(mm, start, 4, 0x1 | 0x2 | 0x20 | 0x200);
      env.call("do_page_fault", mm, SRC, 1);
      env.call("do_page_fault", mm, DST + 4096, 1); // the destination VMA gets its own root
      const folio = w.folioOfPte(w.peekPte(mm, SRC));
      const ctx = w.allocObject("userfaultfd_ctx");
      set(ctx, "userfaultfd_ctx", "mm", mm);
      return [
        { name: "walker", fn: "page_idle_clear_pte_refs", args: [folio] },
        { name: "mover", fn: "move_pages", args: [ctx, DST, SRC, 4096, 0] },
      ];
    },
  };
}

const stale = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.kind === "rmap" && f.variant === "stale_anon_vma");

describe("rmap walk of an anon_vma that no longer owns the folio", () => {
  it("is found in the seed-diff fixture, naming both threads' steps", () => {
    // The explorer's shortest schedule to it, replayed on its own.
    const scenario = pageIdleVsMove("test/fixtures/policies/seed-diff.policy");
    const v = explore(scenario).violations.find((x) => x.finding.kind === "rmap");
    expect(v).toBeDefined();
    const r = run(scenario, new ReplayStrategy(v!.schedule));
    const found = stale(r);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.threads.map((t) => t.name)).toEqual(["walker", "mover"]);
    expect(f.threads[0]!.steps[0]!.fn).toBe("rmap_walk_anon");
    expect(f.threads[1]!.steps[0]!.fn).toBe("folio_move_anon_rmap");
  });

  /*
   * The same sweep over every policy: the walker runs a steps, the mover b,
   * then a seeded random schedule. It finds the seed-diff bug (the control)
   * and must find nothing in v6.18 and v6.19.
   */
  const sweep = (policy: string) => {
    const scenario = pageIdleVsMove(policy);
    let hits = 0;
    for (let a = 0; a < 120; a += 2) {
      for (const b of [60, 150, 300]) {
        const strategy = new ReplayStrategy(`0x${a}.1x${b}`, new RandomStrategy(a * 1000 + b));
        hits += stale(run(scenario, strategy)).length;
      }
    }
    return hits;
  };

  it("a schedule sweep finds it in seed-diff and never in v6.18 or v6.19", () => {
    expect(sweep("test/fixtures/policies/seed-diff.policy")).toBeGreaterThan(0);
    expect(sweep("policies/linux-v6.18.policy")).toBe(0);
    expect(sweep("policies/linux-v6.19.policy")).toBe(0);
  });
});
