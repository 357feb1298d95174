/*
 * Regenerates the README's example PR comment from the built-in case: a pull
 * request that edits policies/linux-v6.18.policy the way v6.19 did
 * (test/github/v619-pr.ts), evaluated with the Action's defaults (every
 * workload on its own machines, 5 seeds). Writes the report it rendered
 * (docs/example-report.json, small: no cells) and splices the comment into
 * README.md between the example-comment markers; test/readme.test.ts checks
 * that the two agree. Run with `npm run example` after the engine changes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { evaluate } from "../src/commands/evaluate.ts";
import { buildReport } from "../src/report/ci.ts";
import { spliceExample } from "../src/report/example.ts";
import { v619PullRequest } from "../test/github/v619-pr.ts";

const pr = v619PullRequest();
try {
  const results = await evaluate({
    cwd: pr.repo.dir,
    base: { sha: pr.baseSha, ref: "main" },
    head: { sha: pr.headSha },
    workloads: [],
    machines: [],
    seeds: 5,
    thresholds: { default: 0.05, overrides: [] },
    log: (l) => process.stderr.write(`${l}\n`),
  });
  const report = buildReport(results, false);
  writeFileSync("docs/example-report.json", `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync("README.md", spliceExample(readFileSync("README.md", "utf8"), report));
  process.stderr.write("README.md and docs/example-report.json updated\n");
} finally {
  pr.repo.remove();
}
