/*
 * What `lockbench verify` prints: per policy a TLC-style summary line per
 * scenario (states, transitions, depth, complete or bounded), then each
 * violation as the kernel report it mirrors followed by its shortest
 * interleaving as a table with one column per thread and one row per step,
 * and the command that replays it.
 */

import { columns } from "./run.ts";
import { SCHEMA_VERSION } from "./schema.ts";
import type { Counterexample, PolicyVerdict, VerifyResults } from "./verify-results.ts";

export function verifyResults(policies: readonly PolicyVerdict[]): VerifyResults {
  return { schemaVersion: SCHEMA_VERSION, kind: "verify", policies };
}

/**
 * What every counterexample table shares: one row per step, its number and
 * then the step in its thread's column (the text table below, `verify
 * --replay`, the PR comment's collapsible tables).
 */
export function stepGrid<S extends { readonly thread: number }>(
  threads: number,
  steps: readonly S[],
  cell: (s: S) => string,
): string[][] {
  return steps.map((s, i) => {
    const row = [String(i + 1), ...Array.from({ length: threads }, () => "")];
    row[s.thread + 1] = cell(s);
    return row;
  });
}

/** Header and rows: a step column, then one column per thread. */
export function counterexampleRows(c: Counterexample): string[][] {
  return [
    ["#", ...c.threads],
    ...stepGrid(c.threads.length, c.steps, (s) => `${s.fn}: ${s.text}  (${s.file}:${s.line})`),
  ];
}

export function scenarioLine(s: PolicyVerdict["scenarios"][number]): string[] {
  const result =
    s.violations.length > 0
      ? `${s.violations.length} violation${s.violations.length === 1 ? "" : "s"}`
      : s.complete
        ? "safe"
        : "no violation (bounded)";
  return [
    s.scenario,
    result,
    s.complete ? "complete" : `bounded: ${s.bound ?? "?"}`,
    String(s.states),
    String(s.transitions),
    String(s.maxDepth),
  ];
}

export function formatVerifyText(results: VerifyResults): string {
  const out: string[] = [];
  for (const p of results.policies) {
    out.push(`== ${p.policy} (${p.name}): ${p.verdict.toUpperCase()} ==`, "");
    out.push(
      columns([
        ["scenario", "result", "search", "states", "transitions", "depth"],
        ...p.scenarios.map(scenarioLine),
      ]),
    );
    for (const s of p.scenarios) {
      for (const c of s.violations) {
        out.push(
          "",
          `--- ${s.scenario}: ${c.finding.title}`,
          "",
          c.report,
          "",
          c.finding.message,
          "",
        );
        out.push(`shortest interleaving (${c.steps.length} steps):`);
        out.push(columns(counterexampleRows(c), "left"));
        out.push("", `replay: ${c.command}`);
      }
    }
    out.push("");
  }
  return out.join("\n").trimEnd();
}
