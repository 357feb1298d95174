/*
 * The interned stacks monitors ask for on every access: what StackTable
 * answers (a StepRef, or a site turned back into one) is what stepRef()
 * builds from the thread's frames, at every step of a real scenario, and a
 * site names the same stack in every table of the program.
 */
import { describe, expect, it } from "vitest";
import { stepRef } from "../../src/check/finding.ts";
import { Execution } from "../../src/check/run.ts";
import { buildScenario } from "../../src/check/scenario.ts";
import { StackTable } from "../../src/check/stacks.ts";
import { loadScenarios } from "../../src/commands/verify.ts";
import { frontEnd } from "../../src/lang/index.ts";
import { fileReader } from "../../src/policy-files.ts";

describe("StackTable", () => {
  it("answers stepRef() at every step, as a StepRef and as a site", () => {
    const cwd = process.cwd();
    const { ir } = frontEnd("policies/linux-v6.18.policy", fileReader(cwd));
    const [spec] = loadScenarios(cwd, ["move-vs-move-opposite"]);
    const ex = new Execution(buildScenario(spec!, ir!), { trace: false });
    const a = new StackTable(ir!);
    const b = new StackTable(ir!);
    let compared = 0;
    // Alternate threads, so each table sees frames change under it.
    for (let step = 0; !ex.outcome && step < 400; step++) {
      for (const t of ex.threads) {
        if (t.frames.length === 0) continue;
        const want = stepRef(ir!, t, step);
        expect(a.stepRef(t, step)).toEqual(want);
        const site = a.site(t, step);
        expect(a.at(site, step)).toEqual(want);
        // The site is the program's: another table turns it into the same step.
        expect(b.at(site, step + 1)).toEqual({ ...want, step: step + 1 });
        expect(b.site(t, step)).toBe(site);
        compared++;
      }
      const runnable = ex.runnable();
      ex.step(runnable[step % runnable.length]!);
    }
    expect(ex.outcome?.kind).toBe("complete");
    expect(compared).toBeGreaterThan(200);
  });
});
