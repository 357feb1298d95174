/*
 * The front end as one call: load (lex, parse, resolve includes), type-check,
 * compile. Each phase runs only if the ones before it reported no error, so a
 * later phase never trips over what an earlier one already reported.
 */

import { type CheckedPolicy, check } from "./checker.ts";
import { compile } from "./compiler.ts";
import { type Diagnostic, hasErrors, sortDiagnostics } from "./diagnostics.ts";
import type { IRProgram } from "./ir.ts";
import { type FileReader, loadPolicy, type Policy } from "./program.ts";

export * from "./diagnostics.ts";
export * from "./ir.ts";
export type { CheckedPolicy } from "./checker.ts";
export { type FileReader, type Policy, loadPolicy, resolvePath } from "./program.ts";

export interface FrontEndResult {
  readonly file: string;
  readonly policy?: Policy;
  readonly checked?: CheckedPolicy;
  readonly ir?: IRProgram;
  readonly diagnostics: readonly Diagnostic[];
}

export function frontEnd(file: string, read: FileReader): FrontEndResult {
  const diags: Diagnostic[] = [];
  const policy = loadPolicy(file, read, diags);
  if (!policy) {
    return {
      file,
      diagnostics: [
        {
          severity: "error",
          code: "not-found",
          message: `cannot read policy '${file}'`,
          span: { file, line: 1, col: 1, start: 0, end: 0 },
        },
      ],
    };
  }
  if (hasErrors(diags)) return { file, policy, diagnostics: sortDiagnostics(diags) };
  const checked = check(policy, diags);
  if (hasErrors(diags)) return { file, policy, checked, diagnostics: sortDiagnostics(diags) };
  const ir = compile(checked);
  return { file, policy, checked, ir, diagnostics: sortDiagnostics(diags) };
}
