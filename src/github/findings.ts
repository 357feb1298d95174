/*
 * A report as annotations: every compile error and every safety violation is
 * an error on the policy line at fault; regressions are warnings on the line
 * of the changed function they are blamed on. Pure; annotations.ts decides
 * which of them GitHub gets to show.
 */

import type { CiReport, PolicyReport } from "../report/ci.ts";
import { atBase } from "../report/comment-safety.ts";
import type { MetricComparison } from "../report/compare.ts";
import type { Counterexample } from "../report/verify-results.ts";
import type { Finding } from "./annotations.ts";

interface Loc {
  readonly file: string;
  readonly line: number;
}

function locOf(v: unknown): Loc | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const o = v as { file?: unknown; line?: unknown };
  return typeof o.file === "string" && typeof o.line === "number" && o.line >= 1 && o.file !== "?"
    ? { file: o.file, line: o.line }
    : undefined;
}

/**
 * Where a violation happened: the step the monitor judged (`at`; the second
 * access of a race; the lock being taken or released), else the
 * counterexample's last step. The finding came from a results file, so
 * every field is checked before use.
 */
export function violationLocation(cx: Counterexample): Loc | undefined {
  const f = cx.finding as unknown as Record<string, unknown>;
  const pick = (o: unknown, key: string) =>
    typeof o === "object" && o !== null ? (o as Record<string, unknown>)[key] : undefined;
  const candidates = [
    f.at,
    Array.isArray(f.accesses) ? pick(f.accesses[1], "at") : undefined,
    pick(f.acquiring, "at"),
    pick(f.releasing, "at"),
    pick(f.lock, "at"),
    Array.isArray(f.waits) ? pick(f.waits[0], "at") : undefined,
    cx.steps[cx.steps.length - 1],
  ];
  for (const c of candidates) {
    const l = locOf(c);
    if (l) return l;
  }
  return undefined;
}

function pct(x: number): string {
  return Number.isFinite(x) ? `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%` : "new";
}

/** The changed functions a regression is blamed on: those on the regressed path's call graph. */
function blamed(p: PolicyReport, c: MetricComparison) {
  const fns = p.changedFunctions;
  const on = fns.filter((f) => {
    const paths = f.paths ?? [];
    if (c.group === "path") return paths.includes(c.subject);
    if (c.group === "thread") return paths.some((x) => x.startsWith(`${c.subject}: `));
    return paths.length > 0;
  });
  return on.length ? on : fns;
}

export function findings(r: CiReport): Finding[] {
  const out: Finding[] = [];
  for (const p of r.policies) {
    for (const d of p.diagnostics) {
      if (d.severity === "note" || d.side !== "head") continue;
      out.push({
        severity: d.severity,
        file: d.file,
        line: d.line,
        col: d.col,
        title: `lockbench: ${d.code}`,
        message: d.message,
      });
    }
    for (const s of p.verify?.scenarios ?? []) {
      for (const cx of s.violations) {
        const at = violationLocation(cx) ?? { file: p.path, line: 1 };
        out.push({
          severity: "error",
          ...at,
          title: `lockbench: ${cx.finding.title}`.slice(0, 255),
          message:
            `${cx.finding.message}\nScenario ${s.scenario}; replay: ${cx.command}` +
            (atBase(p, s.scenario, cx.key) ? "\n(The base version has this violation too.)" : ""),
        });
      }
    }
    // One warning per blamed function, listing its regressions worst first.
    const perFn = new Map<string, { loc: Loc; name: string; lines: MetricComparison[] }>();
    for (const c of p.comparisons) {
      if (c.verdict !== "regression") continue;
      const fns = blamed(p, c);
      const targets = fns.length ? fns : [{ name: p.path, file: p.path, line: 1 }];
      for (const f of targets) {
        const k = `${f.file}:${f.line}:${f.name}`;
        const e = perFn.get(k) ?? { loc: { file: f.file, line: f.line }, name: f.name, lines: [] };
        e.lines.push(c);
        perFn.set(k, e);
      }
    }
    for (const e of perFn.values()) {
      const worst = [...e.lines].sort(
        (a, b) => Math.abs(b.relative || 0) - Math.abs(a.relative || 0),
      );
      const shown = worst
        .slice(0, 5)
        .map((c) => `${c.metric} on ${c.workload}/${c.machine}: ${pct(c.relative)}`);
      const more = worst.length > 5 ? `\n… and ${worst.length - 5} more in the job summary` : "";
      out.push({
        severity: "warning",
        ...e.loc,
        title:
          `lockbench: ${e.lines.length} regression${e.lines.length === 1 ? "" : "s"} after changing ${e.name}`.slice(
            0,
            255,
          ),
        message: `${shown.join("\n")}${more}${r.accepted ? "\n(accepted by the PR label)" : ""}`,
      });
    }
  }
  return out;
}
