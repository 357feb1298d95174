/*
 * The Action, as far as it is built: check every selected policy, annotate
 * the policy lines at fault, write the job summary and the JSON results, set
 * the outputs, and fail the step when fail-on says so. Results are written
 * before anything that can fail on GitHub's side, so none are lost.
 */

import { writeFileSync } from "node:fs";
import * as core from "@actions/core";
import { formatDiagnostic, frontEnd } from "../lang/index.ts";
import { expandPolicies, fileReader } from "../policy-files.ts";
import { checkReport } from "../report/check.ts";
import { escapeMarkdown } from "../report/escape.ts";
import { emitAnnotations, type Finding, foldedNote, planAnnotations } from "./annotations.ts";

export const Inputs = {
  Policies: "policies",
  FailOn: "fail-on",
  Results: "results",
} as const;

export const Outputs = {
  Verdict: "verdict",
  Errors: "errors",
  Results: "results",
} as const;

export async function run(): Promise<void> {
  try {
    const cwd = process.cwd();
    const patterns = core.getMultilineInput(Inputs.Policies).filter(Boolean);
    const failOn = core.getInput(Inputs.FailOn) || "safety";
    if (failOn !== "safety" && failOn !== "never") {
      throw new Error(`fail-on must be "safety" or "never", not "${failOn}"`);
    }
    const resultsPath = core.getInput(Inputs.Results) || "lockbench-results.json";
    const files = expandPolicies(patterns.length ? patterns : ["policies"], cwd);
    const read = fileReader(cwd);
    const results = files.map((f) => frontEnd(f, read));
    const report = checkReport(results);
    writeFileSync(resultsPath, `${JSON.stringify(report, null, 2)}\n`);

    const findings: Finding[] = results.flatMap((r) =>
      r.diagnostics
        .filter((d) => d.severity !== "note")
        .map((d) => ({
          severity: d.severity === "error" ? ("error" as const) : ("warning" as const),
          file: d.span.file,
          line: d.span.line,
          col: d.span.col,
          title: `lockbench: ${d.code}`,
          message: d.message,
        })),
    );
    const plan = planAnnotations(findings);
    emitAnnotations(plan);
    const errors = findings.filter((f) => f.severity === "error").length;

    const sources = new Map<string, string>();
    for (const r of results) for (const [k, v] of r.policy?.sources ?? []) sources.set(k, v);
    const rows = report.policies.map((p) => [
      escapeMarkdown(p.file),
      p.ok ? "ok" : "**invalid**",
      String(p.functions),
      escapeMarkdown(p.overrides.map((o) => o.name).join(", ") || "—"),
    ]);
    let summary = core.summary.addHeading("lockbench: policy check", 2).addTable([
      [
        { data: "policy", header: true },
        { data: "result", header: true },
        { data: "functions", header: true },
        { data: "overrides", header: true },
      ],
      ...rows,
    ]);
    const text = results.flatMap((r) => r.diagnostics.map((d) => formatDiagnostic(d, sources)));
    if (text.length) summary = summary.addCodeBlock(text.join("\n"), "text");
    const folded = foldedNote(plan);
    if (folded) summary = summary.addRaw(`\n\n${folded}\n`);
    await summary.write();

    core.setOutput(Outputs.Verdict, errors === 0 ? "ok" : "invalid");
    core.setOutput(Outputs.Errors, String(errors));
    core.setOutput(Outputs.Results, resultsPath);
    if (errors > 0 && failOn === "safety")
      core.setFailed(`${errors} policy error(s); see the annotations`);
  } catch (e) {
    // Anything thrown, Error or not, fails the step with its message.
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}
