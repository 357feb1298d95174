/*
 * What `lockbench verify` prints: per policy a TLC-style summary line per
 * scenario (states, transitions, depth, complete or bounded), then each
 * violation as the kernel report it mirrors followed by its shortest
 * interleaving as a table with one column per thread and one row per step,
 * and the command that replays it.
 */

import { markdownTable } from "markdown-table";
import { columns } from "./run.ts";
import { escapeMarkdown } from "./escape.ts";
import type { Counterexample, VerifyResults } from "./verify-results.ts";
import { SCHEMA_VERSION } from "./schema.ts";
import type { PolicyVerdict } from "./verify-results.ts";

export function verifyResults(policies: readonly PolicyVerdict[]): VerifyResults {
  return { schemaVersion: SCHEMA_VERSION, kind: "verify", policies };
}

/** Columns padded to their widest cell, all left-aligned (steps are text, not numbers). */
export function leftColumns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** Header and rows: a step column, then one column per thread (the step in its thread's column). */
export function counterexampleRows(c: Counterexample): string[][] {
  const rows = [["#", ...c.threads]];
  c.steps.forEach((s, i) => {
    const row = [String(i + 1), ...c.threads.map(() => "")];
    row[s.thread + 1] = `${s.fn}: ${s.text}  (${s.file}:${s.line})`;
    rows.push(row);
  });
  return rows;
}

/** The same table for GitHub, every policy-derived cell escaped. */
export function counterexampleMarkdown(c: Counterexample): string {
  const rows = counterexampleRows(c).map((r, i) =>
    i === 0
      ? r.map(escapeMarkdown)
      : r.map((cell, j) => (j === 0 || cell === "" ? cell : escapeMarkdown(cell))),
  );
  return markdownTable(rows);
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
        out.push(leftColumns(counterexampleRows(c)));
        out.push("", `replay: ${c.command}`);
      }
    }
    out.push("");
  }
  return out.join("\n").trimEnd();
}
