/*
 * Front-end throughput: lex + parse + include resolution + type check + IR
 * compile of every shipped policy, in source lines per second. Lines of
 * included files count once per policy that includes them, since they are
 * processed again for each.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { frontEnd } from "../src/lang/index.ts";

function policies(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = `${dir}/${e}`;
    if (statSync(p).isDirectory()) out.push(...policies(p));
    else if (p.endsWith(".policy")) out.push(p);
  }
  return out;
}

export interface FrontEndBench {
  readonly policies: number;
  readonly linesPerRun: number;
  readonly medianMs: number;
  readonly linesPerSec: number;
}

export function benchFrontEnd(runs = 30): FrontEndBench {
  const files = [...policies("policies"), ...policies("test/fixtures/policies")];
  const cache = new Map<string, string | undefined>();
  const read = (p: string) => {
    if (!cache.has(p)) {
      try {
        cache.set(p, readFileSync(p, "utf8"));
      } catch {
        cache.set(p, undefined);
      }
    }
    return cache.get(p);
  };
  let lines = 0;
  for (const f of files) {
    const r = frontEnd(f, read);
    if (!r.ir) throw new Error(`${f} does not compile; run lockbench check`);
    for (const text of r.policy!.sources.values()) lines += text.split("\n").length;
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    for (const f of files) frontEnd(f, read);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)]!;
  return {
    policies: files.length,
    linesPerRun: lines,
    medianMs,
    linesPerSec: (lines / medianMs) * 1000,
  };
}
