/*
 * The safety part of the comment: per policy, the explorer's scenarios and,
 * folded open one by one, each violation's shortest counterexample as a table
 * with one column per thread and one row per step at its policy file:line,
 * the kernel-style report, and the command that replays it.
 */

import type { CiReport, PolicyReport } from "./ci.ts";
import { codeSpan, escapeMarkdown } from "./escape.ts";
import { fenced, plural, policyTitle, table } from "./markdown.ts";
import { stepGrid } from "./verify.ts";
import type { Counterexample, ScenarioVerdict } from "./verify-results.ts";

/** How much of the safety part a rendering keeps (comment.ts folds it to fit). */
export interface SafetyDetail {
  /** Rows per table. */
  readonly rows: number;
  /** Counterexamples shown in full per policy. */
  readonly counterexamples: number;
  readonly steps: number;
  readonly reportLines: number;
}

/** One column per thread, one row per step, each step at its policy file:line. */
function stepsTable(cx: Counterexample, cap: number): string {
  const threads = cx.threads.length
    ? cx.threads
    : [...new Set(cx.steps.map((s) => s.thread))].map((t) => `thread ${t}`);
  const rows = stepGrid(
    threads.length,
    cx.steps,
    (s) => `${codeSpan(`${s.fn}: ${s.text}`)}<br>${escapeMarkdown(`${s.file}:${s.line}`)}`,
  );
  return table(["step", ...threads.map((t) => escapeMarkdown(t))], rows, cap, [
    "r",
    ...threads.map(() => "l" as const),
  ]);
}

function clipLines(text: string, n: number): string {
  const lines = text.split("\n");
  return lines.length <= n
    ? text
    : `${lines.slice(0, n).join("\n")}\n... ${lines.length - n} more lines in the job summary`;
}

/** The base version had this violation too (same rule, functions and steps). */
export function atBase(p: PolicyReport, scenario: string, key: string): boolean {
  return p.knownAtBase?.includes(`${scenario}\u0000${key}`) ?? false;
}

function counterexampleBlock(
  p: PolicyReport,
  cx: Counterexample,
  s: ScenarioVerdict,
  d: SafetyDetail,
): string {
  const old = atBase(p, s.scenario, cx.key) ? " (the base version has it too)" : "";
  const title = `${escapeMarkdown(cx.finding.title)} in scenario ${escapeMarkdown(s.scenario)}${old}`;
  const parts = [
    `<details><summary>❌ ${title}</summary>`,
    "",
    escapeMarkdown(cx.finding.message),
    "",
    stepsTable(cx, d.steps),
    "",
  ];
  if (cx.report !== "" && d.reportLines > 0)
    parts.push(fenced(clipLines(cx.report, d.reportLines)), "");
  parts.push("Replay it locally:", "", fenced(cx.command, "sh"), "", "</details>");
  return parts.join("\n");
}

export function safetySection(r: CiReport, d: SafetyDetail): string {
  const out: string[] = [];
  for (const p of r.policies) {
    if (!p.verify) continue;
    const rows = p.verify.scenarios.map((s) => [
      codeSpan(s.scenario),
      s.complete ? "complete" : `bounded${s.bound ? ` (${escapeMarkdown(s.bound)})` : ""}`,
      s.states.toLocaleString("en-US"),
      s.transitions.toLocaleString("en-US"),
      s.violations.length
        ? `❌ ${s.violations.length}${
            p.knownAtBase === undefined
              ? ""
              : ` (${s.violations.filter((x) => !atBase(p, s.scenario, x.key)).length} new)`
          }`
        : "✅ 0",
    ]);
    out.push(
      `#### Safety: ${policyTitle(p)}`,
      "",
      table(["scenario", "search", "states", "transitions", "violations"], rows, d.rows, [
        "l",
        "l",
        "r",
        "r",
        "r",
      ]),
      "",
    );
    let shown = 0;
    const folded: string[] = [];
    for (const s of p.verify.scenarios) {
      for (const cx of s.violations) {
        if (shown < d.counterexamples) {
          out.push(counterexampleBlock(p, cx, s, d), "");
          shown++;
        } else
          folded.push(
            `- ${escapeMarkdown(cx.finding.title)} in ${codeSpan(s.scenario)}: ${codeSpan(cx.command)}`,
          );
      }
    }
    if (folded.length) {
      const more = folded.length - d.rows;
      out.push(
        "Further counterexamples (full traces in the job summary and the JSON artifact):",
        "",
        ...folded.slice(0, d.rows),
        ...(more > 0 ? [`- … and ${plural(more, "more")}`] : []),
        "",
      );
    }
  }
  return out.join("\n").trimEnd();
}

/**
 * The always-on monitors' findings in the simulated runs of the head. They
 * are shown, not gated on: the explorer's complete search is the safety
 * verdict, and a finding the base's runs share was not introduced here.
 */
export function runFindingsSection(r: CiReport, d: SafetyDetail): string {
  const out: string[] = [];
  for (const p of r.policies) {
    if (!p.runFindings?.length) continue;
    const rows = p.runFindings.map((f) => [
      escapeMarkdown(f.title),
      String(f.cells),
      `${escapeMarkdown(f.first.workload)} on ${escapeMarkdown(f.first.machine)}, seed ${f.first.seed}`,
      f.atBase ? "yes" : "**no: new**",
    ]);
    out.push(
      `#### Monitors in the simulated runs: ${policyTitle(p)}`,
      "",
      table(["finding", "cells", "first in", "base too"], rows, d.rows, ["l", "r", "l", "l"]),
      "",
    );
  }
  return out.join("\n").trimEnd();
}
