/*
 * The commands' own input and output files, named relative to the working
 * directory: read a workload, machine or scenario as bad input when it is
 * missing, and write versioned JSON to a file or ('-') to standard output.
 */

import { readFileSync, writeFileSync } from "node:fs";
import { resolveFrom, UsageError } from "../policy-files.ts";

export function readText(cwd: string, path: string): string {
  try {
    return readFileSync(resolveFrom(cwd, path), "utf8");
  } catch {
    throw new UsageError(`cannot read '${path}'`);
  }
}

/** Pretty JSON with a final newline to dest, or to out when dest is '-'. */
export function writeJson(
  dest: string,
  doc: unknown,
  io: { readonly out: (text: string) => void; readonly cwd: string },
): void {
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  if (dest === "-") io.out(text.trimEnd());
  else writeFileSync(resolveFrom(io.cwd, dest), text);
}
