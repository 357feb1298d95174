/*
 * What `lockbench check` reports about each policy: its header, what it
 * includes, which functions it defines, overrides and inherits, and its
 * diagnostics. One JSON shape (versioned, see schema.ts) and one terminal
 * rendering of it.
 */

import type { Diagnostic, FrontEndResult } from "../lang/index.ts";
import { SCHEMA_VERSION } from "./schema.ts";

export interface JsonDiagnostic {
  readonly severity: Diagnostic["severity"];
  readonly code: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export interface PolicySummary {
  readonly file: string;
  readonly name: string;
  readonly description: string;
  readonly sources: readonly string[];
  readonly includes: readonly string[];
  readonly defines: readonly string[];
  readonly overrides: readonly {
    readonly name: string;
    readonly at: string;
    readonly replaces: string;
  }[];
  readonly inherits: readonly string[];
  readonly functions: number;
  /** Scheduling points over all effective functions: a rough size of the interleaving space. */
  readonly steps: number;
  readonly ok: boolean;
  readonly diagnostics: readonly JsonDiagnostic[];
}

export interface CheckReport {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly kind: "check";
  readonly ok: boolean;
  readonly policies: readonly PolicySummary[];
}

export function toJsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    file: d.span.file,
    line: d.span.line,
    col: d.span.col,
  };
}

export function summarize(r: FrontEndResult): PolicySummary {
  const p = r.policy;
  const ok = !r.diagnostics.some((d) => d.severity === "error");
  const where = (s: { file: string; line: number }) => `${s.file}:${s.line}`;
  return {
    file: r.file,
    name: p?.header.name ?? r.file,
    description: p?.header.description ?? "",
    sources: p?.header.sources ?? [],
    includes: p ? [...p.files.keys()].filter((f) => f !== r.file) : [],
    defines: p ? [...p.defined] : [],
    overrides: p
      ? p.overrides.map((o) => ({ name: o.name, at: where(o.by), replaces: where(o.replaces) }))
      : [],
    inherits: p ? [...p.inherited] : [],
    functions: p?.functions.size ?? 0,
    steps: r.ir ? r.ir.functions.reduce((n, f) => n + f.steps.filter(Boolean).length, 0) : 0,
    ok,
    diagnostics: r.diagnostics.map(toJsonDiagnostic),
  };
}

export function checkReport(results: readonly FrontEndResult[]): CheckReport {
  const policies = results.map(summarize);
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: "check",
    ok: policies.every((p) => p.ok),
    policies,
  };
}

/** The terminal listing; diagnostics are printed separately, gcc-style. */
export function formatCheckText(report: CheckReport): string {
  const out: string[] = [];
  for (const p of report.policies) {
    out.push(
      `${p.file}: ${p.ok ? "ok" : "FAILED"}  ${p.name}${p.description ? ` — ${p.description}` : ""}`,
    );
    for (const s of p.sources) out.push(`  source:    ${s}`);
    if (p.includes.length) out.push(`  includes:  ${p.includes.join(", ")}`);
    if (!p.ok) continue;
    out.push(`  functions: ${p.functions} (${p.steps} scheduling points)`);
    out.push(list("defines", p.defines));
    out.push(
      list(
        "overrides",
        p.overrides.map((o) => `${o.name} (${o.at}, replaces ${o.replaces})`),
      ),
    );
    if (p.inherits.length) out.push(list("inherits", p.inherits));
  }
  return out.join("\n");
}

function list(label: string, items: readonly string[]): string {
  const head = `  ${`${label}:`.padEnd(11)}${items.length}`;
  if (items.length === 0) return head;
  return `${head}\n${items.map((i) => `    ${i}`).join("\n")}`;
}
