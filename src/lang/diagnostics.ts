/*
 * Diagnostics are data: every phase appends to a Diagnostic[] passed in and
 * never throws at the user. One formatter prints them the way gcc and sparse
 * do (`file:line:col: error: message`, the source line, a caret), and the
 * same objects become PR annotations.
 */

export type Severity = "error" | "warning" | "note";

export interface Span {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in characters. */
  readonly col: number;
  /** 0-based offset of the first character and one past the last. */
  readonly start: number;
  readonly end: number;
}

export interface Diagnostic {
  readonly severity: Severity;
  /** Stable machine-readable code, e.g. "unknown-field". */
  readonly code: string;
  readonly message: string;
  readonly span: Span;
  readonly related?: readonly { readonly message: string; readonly span: Span }[];
}

export function error(code: string, message: string, span: Span): Diagnostic {
  return { severity: "error", code, message, span };
}
export function warning(code: string, message: string, span: Span): Diagnostic {
  return { severity: "warning", code, message, span };
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean =>
  ds.some((d) => d.severity === "error");

/** Sort by file, then position, so output does not depend on phase order. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      (a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : 0) ||
      a.span.start - b.span.start ||
      a.code.localeCompare(b.code),
  );
}

/**
 * gcc-style rendering:
 *   policies/x.policy:12:18: error: struct anon_vma has no field 'roots'
 *      12 |         root = READ_ONCE(anon_vma->roots);
 *         |                                    ^~~~~
 */
export function formatDiagnostic(d: Diagnostic, sources: ReadonlyMap<string, string>): string {
  const out = [formatOne(d.severity, d.message, d.span, sources)];
  for (const r of d.related ?? []) out.push(formatOne("note", r.message, r.span, sources));
  return out.join("\n");
}

function formatOne(
  severity: Severity,
  message: string,
  span: Span,
  sources: ReadonlyMap<string, string>,
): string {
  const head = `${span.file}:${span.line}:${span.col}: ${severity}: ${message}`;
  const text = sources.get(span.file);
  if (text === undefined) return head;
  const lines = text.split("\n");
  const src = (lines[span.line - 1] ?? "").replace(/\r$/, "");
  const gutter = String(span.line).padStart(5);
  const width = Math.max(1, Math.min(span.end - span.start, src.length - (span.col - 1)));
  // Tabs in the prefix stay tabs so the caret lines up under the token.
  const prefix = src.slice(0, span.col - 1).replace(/[^\t]/g, " ");
  const caret = `${prefix}^${"~".repeat(width - 1)}`;
  return `${head}\n${gutter} | ${src}\n${" ".repeat(gutter.length)} | ${caret}`;
}
