/*
 * Markdown building blocks of the comment and the summary: capped tables,
 * fences that their content cannot close, and a policy's title. Every
 * policy-supplied string is escaped by the caller or here.
 */

import { markdownTable } from "markdown-table";
import type { PolicyReport } from "./ci.ts";
import { codeSpan, escapeMarkdown } from "./escape.ts";

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A table of at most `cap` rows; the rest are counted and pointed to. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  cap: number,
  align?: readonly ("l" | "r" | "c")[],
): string {
  const shown = rows.slice(0, cap);
  const out = markdownTable([header, ...shown], {
    alignDelimiters: false,
    ...(align ? { align: [...align] } : {}),
  });
  const more = rows.length - shown.length;
  return more > 0
    ? `${out}\n\n_… and ${plural(more, "more row")} in the job summary and the JSON artifact._`
    : out;
}

/** A fenced block that its content cannot close: the fence is longer than any backtick run inside. */
export function fenced(text: string, info = "text"): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${info}\n${text.replace(/\r\n?/g, "\n")}\n${fence}`;
}

/** The policy's path, and its POLICY_NAME when it has one. */
export function policyTitle(p: PolicyReport): string {
  const name = p.name ?? p.baseName;
  return `${codeSpan(p.path)}${name ? ` (${escapeMarkdown(name)})` : ""}`;
}
