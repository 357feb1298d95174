/*
 * The policies under the timed engine: UFFDIO_MOVE threads of one app move
 * distinct pages concurrently. v6.18 write-locks the source anon_vma for
 * every move; v6.19 never does. The run is deterministic for a seed.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frontEnd } from "../../src/lang/index.ts";
import { type CallSource, TimedRun } from "../../src/sim/timed.ts";
import { PTE_PRESENT } from "../../src/sim/world.ts";
import { loadMachine } from "../../src/workload/machine.ts";
import { fileReader } from "../../src/policy-files.ts";

const read = fileReader(process.cwd());
const machine = loadMachine(
  "workloads/machines/arm64-mobile-8.yaml",
  readFileSync("workloads/machines/arm64-mobile-8.yaml", "utf8"),
);

const SRC = 0x100000;
const DST = 0x400000;
const PAGES = 48;
const WORKERS = 4;

function uffdMove(policy: string, seed: number) {
  const ir = frontEnd(policy, read).ir!;
  const run = new TimedRun(ir, machine, seed);
  const w = run.world;
  const h = w.heap;
  const set = (o: number, s: string, f: string, v: number) =>
    h.store(o, h.field(w.typeId(s), f), v);
  const { mm, ctx } = run.setup((seq) => {
    const mm = w.allocObject("mm_struct");
    for (const start of [SRC, DST]) w.mmapAnon(mm, start, PAGES, 0x1 | 0x2 | 0x20 | 0x200);
    for (let i = 0; i < PAGES; i++)
      expect(seq.call("do_page_fault", mm, SRC + i * 4096, 1)).toBe(0);
    const ctx = w.allocObject("userfaultfd_ctx");
    set(ctx, "userfaultfd_ctx", "mm", mm);
    return { mm, ctx };
  });
  const movePages = ir.byName.get("move_pages")!;
  for (let k = 0; k < WORKERS; k++) {
    let page = k;
    const source: CallSource = {
      next() {
        if (page >= PAGES) return { kind: "stop" };
        const off = page * 4096;
        page += WORKERS;
        return { kind: "call", fn: movePages, args: [ctx, DST + off, SRC + off, 4096, 0] };
      },
    };
    run.addThread({ name: k === 0 ? "ui" : `gc-${k}`, nice: k === 0 ? -10 : 0, source });
  }
  const report = run.run(1e9);
  return { run, report, mm };
}

function writes(report: ReturnType<typeof uffdMove>["report"], cls: string): number {
  return report.locks.find((l) => l.name === cls)?.write.acquisitions ?? 0;
}

describe("UFFDIO_MOVE under the timed engine", () => {
  for (const policy of ["policies/linux-v6.18.policy", "policies/linux-v6.19.policy"]) {
    it(`${policy}: every page moves`, () => {
      const { run, mm } = uffdMove(policy, 1);
      for (let i = 0; i < PAGES; i++) {
        expect(run.world.peekPte(mm, SRC + i * 4096)).toBe(0);
        expect(run.world.peekPte(mm, DST + i * 4096) & PTE_PRESENT).toBe(PTE_PRESENT);
      }
    });
  }

  it("v6.18 write-locks the source anon_vma for each move; v6.19 never does", () => {
    const old = uffdMove("policies/linux-v6.18.policy", 1).report;
    const neu = uffdMove("policies/linux-v6.19.policy", 1).report;
    // Both take it once in __anon_vma_prepare() for the destination VMA's first anon_vma.
    expect(writes(old, "&anon_vma->rwsem")).toBeGreaterThanOrEqual(PAGES + 1);
    expect(writes(neu, "&anon_vma->rwsem")).toBe(1);
  });

  it("gives the same report for the same seed", () => {
    const a = JSON.stringify(uffdMove("policies/linux-v6.18.policy", 7).report, (_k, v) =>
      v instanceof Map ? [...v] : v,
    );
    const b = JSON.stringify(uffdMove("policies/linux-v6.18.policy", 7).report, (_k, v) =>
      v instanceof Map ? [...v] : v,
    );
    expect(a).toBe(b);
  });
});
