/*
 * Errors in workload and machine files: located, one line each
 * (`file:line: message`), collected so one run lists them all. The CLI maps
 * an InputError to exit status 2 and prints only its message, never a stack.
 */

export interface InputDiagnostic {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly message: string;
}

export function formatInputDiagnostic(d: InputDiagnostic): string {
  return `${d.file}:${d.line}: ${d.message}`;
}

/** Bad input files; `message` is every diagnostic, one per line. */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(readonly diagnostics: readonly InputDiagnostic[]) {
    super(diagnostics.map(formatInputDiagnostic).join("\n"));
  }
}
