/*
 * Findings as GitHub annotations on the policy lines at fault. GitHub shows
 * at most 10 error and 10 warning annotations per step and 50 per job
 * (ci-conventions.md, "Hard limits"); the rest are dropped without a word. So
 * we choose which to show, in a fixed order, and hand back what was folded so
 * the summary can say so. Planning is pure; emitting goes through a sink that
 * is @actions/core in the Action.
 */

import * as core from "@actions/core";

export interface Finding {
  readonly severity: "error" | "warning";
  /** Repository-relative, `/`-separated: GitHub matches it against the diff. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly col?: number;
  readonly title: string;
  readonly message: string;
}

export interface AnnotationLimits {
  readonly errorsPerStep: number;
  readonly warningsPerStep: number;
  /** What is left of the job's 50 (a job with earlier annotating steps has less). */
  readonly perJob: number;
}

export const GITHUB_ANNOTATION_LIMITS: AnnotationLimits = {
  errorsPerStep: 10,
  warningsPerStep: 10,
  perJob: 50,
};

export interface AnnotationPlan {
  readonly shown: readonly Finding[];
  readonly folded: readonly Finding[];
  /** Identical findings (same place and text) reported once. */
  readonly duplicates: number;
}

// GitHub truncates longer annotation titles, and huge messages make the
// checks page unreadable; the full text is in the summary anyway.
const MAX_TITLE = 255;
const MAX_MESSAGE = 4_000;

const SEVERITY_RANK = { error: 0, warning: 1 } as const;

function compare(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    (a.col ?? 0) - (b.col ?? 0) ||
    (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

const keyOf = (f: Finding): string =>
  JSON.stringify([f.severity, f.file, f.line, f.col ?? 0, f.title, f.message]);

/**
 * Which findings to annotate: errors before warnings, each by file, line,
 * column and text, within the per-step caps and the job budget. The order
 * does not depend on the order findings arrive in.
 */
export function planAnnotations(
  findings: readonly Finding[],
  limits: AnnotationLimits = GITHUB_ANNOTATION_LIMITS,
): AnnotationPlan {
  const unique = new Map<string, Finding>();
  for (const f of findings) if (!unique.has(keyOf(f))) unique.set(keyOf(f), f);
  const sorted = [...unique.values()].sort(compare);
  const shown: Finding[] = [];
  const folded: Finding[] = [];
  const used = { error: 0, warning: 0 };
  const cap = { error: limits.errorsPerStep, warning: limits.warningsPerStep };
  for (const f of sorted) {
    if (used[f.severity] < cap[f.severity] && shown.length < limits.perJob) {
      used[f.severity]++;
      shown.push(f);
    } else folded.push(f);
  }
  return { shown, folded, duplicates: findings.length - unique.size };
}

/** The subset of @actions/core that annotates. */
export interface AnnotationSink {
  error(message: string, properties: core.AnnotationProperties): void;
  warning(message: string, properties: core.AnnotationProperties): void;
}

const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/** The annotation properties for one finding. */
export function annotationProperties(f: Finding): core.AnnotationProperties {
  return {
    title: clip(f.title, MAX_TITLE),
    file: f.file,
    startLine: f.line,
    // GitHub ignores the column unless the annotation starts and ends on one line.
    endLine: f.line,
    ...(f.col === undefined ? {} : { startColumn: f.col, endColumn: f.col }),
  };
}

/** Emits the plan's shown findings; @actions/core escapes the workflow-command syntax. */
export function emitAnnotations(plan: AnnotationPlan, sink: AnnotationSink = core): void {
  for (const f of plan.shown) {
    const message = clip(f.message, MAX_MESSAGE);
    switch (f.severity) {
      case "error":
        sink.error(message, annotationProperties(f));
        break;
      case "warning":
        sink.warning(message, annotationProperties(f));
        break;
    }
  }
}

/** One line for the summary when annotations were folded, else undefined. */
export function foldedNote(
  plan: AnnotationPlan,
  limits: AnnotationLimits = GITHUB_ANNOTATION_LIMITS,
): string | undefined {
  if (plan.folded.length === 0) return undefined;
  const errors = plan.folded.filter((f) => f.severity === "error").length;
  const warnings = plan.folded.length - errors;
  const parts = [
    errors > 0 ? `${errors} error${errors === 1 ? "" : "s"}` : "",
    warnings > 0 ? `${warnings} warning${warnings === 1 ? "" : "s"}` : "",
  ].filter((p) => p !== "");
  return (
    `${parts.join(" and ")} not shown as annotations (GitHub shows at most ` +
    `${limits.errorsPerStep} errors and ${limits.warningsPerStep} warnings per step); ` +
    `all findings are listed in this report.`
  );
}
