/*
 * The `lockbench` command run in-process with its output captured, as the
 * CLI tests call it: exit status, stdout and stderr (lines joined).
 */
import { main } from "../src/main.ts";

export async function lockbenchIn(cwd: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** In the repository root, where the built-in policies and workloads are. */
export const lockbench = (...argv: string[]) => lockbenchIn(process.cwd(), ...argv);
