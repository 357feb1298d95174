/*
 * The README's example PR comment is what the renderer makes of the
 * checked-in report of the built-in case (regenerate both with
 * `npm run example`).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CiReport } from "../src/report/ci.ts";
import { spliceExample } from "../src/report/example.ts";

const readme = readFileSync("README.md", "utf8");
const report = JSON.parse(readFileSync("docs/example-report.json", "utf8")) as CiReport;

describe("README.md example comment", () => {
  it("is the comment rendered from docs/example-report.json (run `npm run example`)", () => {
    expect(readme).toBe(spliceExample(readme, report));
  });

  it("is the v6.18 -> v6.19 case: ten functions changed, MOVE's anon_vma contention gone", () => {
    expect(report.policies.map((p) => [p.path, p.changedFunctions.length])).toEqual([
      ["policies/linux-v6.18.policy", 10],
    ]);
    const rwsem = report.policies[0]!.comparisons.find(
      (c) => c.workload === "uffd-move" && c.metric === "&anon_vma->rwsem: contentions",
    );
    expect(rwsem?.verdict).toBe("improvement");
    expect(rwsem?.head).toBe(0);
  });
});
