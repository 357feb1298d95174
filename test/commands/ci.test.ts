/*
 * `lockbench ci`: what the Action does, from a local git diff. The repository
 * is the built-in case as a pull request (test/github/v619-pr.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changedFunctions } from "../../src/commands/evaluate.ts";
import { frontEnd } from "../../src/lang/index.ts";
import { fileReader } from "../../src/policy-files.ts";
import { lockbenchIn as lockbench } from "../run-cli.ts";
import { type V619Pr, v619PullRequest } from "../github/v619-pr.ts";

// One small scenario keeps the explorer's part short.
const SMALL = [
  "--scenario",
  "walker-vs-merge",
  "--workload",
  "uffd-move",
  "--machine",
  "arm64-mobile-8",
  "--seeds",
  "3",
  "--duration-ms",
  "20",
];

let forward: V619Pr;
let revert: V619Pr;
beforeAll(() => {
  forward = v619PullRequest();
  revert = v619PullRequest({}, { revert: true });
});
afterAll(() => {
  forward.repo.remove();
  revert.repo.remove();
});

describe("lockbench ci", () => {
  it("prints the PR comment for the changes since the merge base, and exits 0", async () => {
    const r = await lockbench(forward.repo.dir, "ci", "--base", "main", ...SMALL);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`lockbench ci: main (merge base ${forward.baseSha.slice(0, 12)})`);
    expect(r.err).toContain("policies to evaluate: policies/linux-v6.18.policy (modified)");
    expect(r.out.split("\n")[0]).toMatch(
      /^### lockbench: ✅ \*\*safe, no regressions\*\* · safe · 0 regressions · [1-9]\d* improvements?$/,
    );
    expect(r.out).toContain(
      `npx lockbench ci --base ${forward.baseSha} --workload uffd-move --machine arm64-mobile-8 --scenario walker-vs-merge --seeds 3 --duration-ms 20`,
    );
  });

  it("defaults to main when there is no origin/main", async () => {
    const r = await lockbench(forward.repo.dir, "ci", ...SMALL, "--json", "-");
    expect(r.code, r.err).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.kind).toBe("ci");
    expect(doc.base).toEqual({ sha: forward.baseSha, ref: "main" });
  });

  it("exits 1 on a regression, and 0 when it is accepted", async () => {
    const r = await lockbench(revert.repo.dir, "ci", ...SMALL);
    expect(r.code).toBe(1);
    expect(r.out).toContain("### lockbench: ⚠️ **regression**");
    expect(r.err).toMatch(/lockbench: \d+ regression\(s\) beyond the threshold\./);
    const ok = await lockbench(revert.repo.dir, "ci", ...SMALL, "--accept-regression");
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("The regressions below are **accepted**");
    const never = await lockbench(revert.repo.dir, "ci", ...SMALL, "--fail-on", "never");
    expect(never.code).toBe(0);
  });

  it("explores but does not simulate a library without the workloads' entry functions", async () => {
    const r = await lockbench(
      forward.repo.dir,
      "ci",
      ...SMALL,
      "--policy",
      "policies/lib/kernel.policy",
      "--json",
      "-",
    );
    expect(r.code, r.err).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.policies[0]).toMatchObject({
      path: "policies/lib/kernel.policy",
      status: "not-run",
    });
    expect(doc.policies[0].note).toMatch(/^not simulated: .*'\w+'/);
    expect(doc.cells).toEqual([]);
  });

  it("says so when no policy changed", async () => {
    const r = await lockbench(forward.repo.dir, "ci", "--base", "HEAD", ...SMALL);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain("no policy changed");
    expect(r.out.split("\n")[0]).toBe("### lockbench: no policy changed");
  });

  it("exits 2 on bad input", async () => {
    const r = await lockbench(forward.repo.dir, "ci", "--base", "no-such-ref");
    expect(r.code).toBe(2);
    expect(r.err).toBe("lockbench: --base 'no-such-ref' is not a commit in this repository");
    const t = await lockbench(forward.repo.dir, "ci", "--regression-threshold", "lots");
    expect(t.code).toBe(2);
    expect(t.err).toContain("--regression-threshold must be like 5% or 0.05, not 'lots'");
  });
});

describe("changedFunctions", () => {
  it("finds exactly the ten functions v6.19 overrides, at their lines in the edited file", () => {
    const read = fileReader(forward.repo.dir);
    forward.repo.git("checkout", "-q", "main");
    const base = frontEnd("policies/linux-v6.18.policy", read).policy!;
    forward.repo.git("checkout", "-q", "proposal");
    const head = frontEnd("policies/linux-v6.18.policy", read).policy!;
    const fns = changedFunctions(head, base);
    expect(fns.map((f) => f.name).sort()).toEqual([
      "check_ptes_for_batched_move",
      "damon_folio_mkold",
      "damon_folio_young",
      "folio_get_anon_vma",
      "folio_lock_anon_vma_read",
      "folio_referenced",
      "move_pages_ptes",
      "move_present_ptes",
      "page_idle_clear_pte_refs",
      "rmap_walk_anon",
    ]);
    const text = head.sources.get("policies/linux-v6.18.policy")!.split("\n");
    for (const f of fns) expect(text[f.line - 1]).toContain(f.name);
  });
});
