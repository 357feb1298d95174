/*
 * The PR comment body: golden files for hand-made reports (review a change
 * to them like a change to the product), policy text that tries to inject
 * markup, and the 65,536-character limit.
 */
import { describe, expect, it } from "vitest";
import type { CiReport, PolicyReport } from "../../src/report/ci.ts";
import { renderComment, renderSummary, reproduceCommand } from "../../src/report/comment.ts";
import { acceptedReport, COMPARISONS, RACE, UNSAFE_VERDICT, unsafeReport } from "./ci-fixtures.ts";

const RUN = { runUrl: "https://github.com/o/r/actions/runs/1", artifact: "lockbench-results" };

describe("renderComment golden files", () => {
  it("an unsafe proposal with regressions, a counterexample and a policy that does not compile", async () => {
    await expect(renderComment(unsafeReport(), RUN)).toMatchFileSnapshot(
      "golden/comment-unsafe.md",
    );
  });

  it("regressions accepted by the label, without the explorer", async () => {
    await expect(renderComment(acceptedReport(), RUN)).toMatchFileSnapshot(
      "golden/comment-accepted.md",
    );
  });
});

describe("renderComment content", () => {
  const body = renderComment(unsafeReport(), RUN);

  it("puts the counterexample in a collapsible table, one column per thread and one row per step", () => {
    expect(body).toContain(
      "<details><summary>❌ data-race in folio_lock_anon_vma_read / folio_move_anon_rmap in scenario move-vs-page-idle</summary>",
    );
    expect(body).toContain("| step | walker | mover |");
    expect(body).toContain(
      "| 5 | | <code>folio_move_anon_rmap: WRITE_ONCE(folio-&gt;mapping, ...)</code><br>policies/proposals/seed-diff.policy:812 |",
    );
    expect(body).toContain(RACE.command);
  });

  it("has the verdict line, the context line and the reproduce command", () => {
    expect(body.split("\n")[0]).toBe(
      "### lockbench: ❌ **invalid policy** · 1 unsafe policy · 1 policy that does not compile · 3 regressions · 4 improvements",
    );
    expect(body).toContain("base <code>08c6869451bc</code> → head <code>363eb5a4ac11</code>");
    expect(reproduceCommand(unsafeReport())).toBe(
      "npx lockbench ci --base 08c6869451bc5ed23895d12670ce0aca504c6bea --workload android-jank --workload reclaim --workload uffd-move --machine arm64-mobile-8 --seeds 3 --duration-ms 100 --metric-threshold '*: D-state max (ns): 10%'",
    );
  });

  it("never lets policy text become markup, HTML, a mention or an issue link", () => {
    expect(body).not.toMatch(/<img|<script|<\/details><script/);
    expect(body).not.toMatch(/@octocat|@everyone/);
    expect(body).not.toMatch(/(^|[^;])#1\b/);
    expect(body).not.toContain("**bold**");
    expect(body).not.toContain("[link](");
    expect(body).toContain("&lt;img src=x onerror=alert(1)&gt; @&#8203;octocat &#35;&#8203;1");
    // Every table row keeps its column count: a `|` in a name cannot add a cell.
    for (const line of body.split("\n").filter((l) => l.startsWith("| <code>policies/evil"))) {
      expect(line.split(" | ")).toHaveLength(4);
    }
  });

  it("keeps a report text that contains a fence inside its code block", () => {
    const r = unsafeReport();
    const cx = { ...RACE, report: "```\n</details>\n@octocat" };
    const p0 = r.policies[0]!;
    const verify = {
      ...UNSAFE_VERDICT,
      scenarios: [{ ...UNSAFE_VERDICT.scenarios[0]!, violations: [cx] }],
    };
    const text = renderComment({ ...r, policies: [{ ...p0, verify }, r.policies[1]!] });
    expect(text).toContain("````text\n```\n</details>\n@octocat\n````");
  });

  it("draws the longest D-state stall per workload as a Mermaid xychart, base bars and head line", () => {
    expect(body).toContain("xychart-beta");
    expect(body).toContain('x-axis ["android-jank: ui", "reclaim: kswapd"]');
    expect(body).toContain("bar [31400.0, 0.7]");
    expect(body).toContain("line [2.1, 9.8]");
  });
});

describe("renderComment size", () => {
  /** A report with `n` copies of every comparison and counterexample. */
  function huge(n: number): CiReport {
    const r = unsafeReport();
    const p0 = r.policies[0]!;
    const comparisons = Array.from({ length: n }, (_, i) =>
      COMPARISONS.map((c) => ({ ...c, workload: `workload-${i}` })),
    ).flat();
    const verify = {
      ...UNSAFE_VERDICT,
      scenarios: Array.from({ length: n }, (_, i) => ({
        ...UNSAFE_VERDICT.scenarios[0]!,
        scenario: `scenario-${i}`,
        violations: [RACE],
      })),
    };
    const p: PolicyReport = { ...p0, comparisons, verify };
    const all = comparisons;
    return {
      ...r,
      policies: [p],
      counts: {
        ...r.counts,
        regressions: all.filter((c) => c.verdict === "regression").length,
        improvements: all.filter((c) => c.verdict === "improvement").length,
      },
    };
  }

  it("folds detail to stay under GitHub's limit and points to the job summary", () => {
    const r = huge(100);
    const comment = renderComment(r, RUN);
    expect(comment.length).toBeLessThanOrEqual(65_000);
    expect(comment).toContain("Some detail was folded to fit a PR comment.");
    expect(comment).toContain("[job summary](https://github.com/o/r/actions/runs/1)");
    expect(comment).toMatch(/… and \d+ more rows in the job summary/);
    const summary = renderSummary(r, RUN);
    expect(summary.length).toBeGreaterThan(65_000);
    expect(summary).not.toContain("Some detail was folded");
  });

  it("renders in full when it fits", () => {
    expect(renderComment(huge(1), RUN)).not.toContain("folded");
  });
});
