/*
 * BUG_ON/VM_BUG_ON*() and WARN_ON*() that fire. A BUG stops the thread in the
 * kernel (an oops), so it ends the execution; a WARNING is reported and the
 * thread goes on, as with panic_on_warn off.
 */

import type { Thread } from "../../sim/interp.ts";
import { type AssertionFinding, threadOf } from "../finding.ts";
import type { Monitor, MonitorContext } from "../monitor.ts";
import { callTrace } from "./text.ts";
import { CowSet } from "../../sim/cow.ts";

export function assertionMonitor(ctx: MonitorContext): Monitor {
  const reported = new CowSet<string>();
  const monitor: Monitor & { readonly reported: CowSet<string> } = {
    reported,
    copyFrom(src) {
      reported.copyFrom((src as typeof monitor).reported);
    },
    assertion(t: Thread, kind: "BUG" | "WARNING", macro: string) {
      const here = ctx.here(t);
      const key = `${kind}:${here.file}:${here.line}`;
      if (reported.has(key)) return;
      reported.add(key);
      const f: AssertionFinding = {
        kind: "assertion",
        title:
          kind === "BUG"
            ? `kernel BUG at ${here.file}:${here.line}!`
            : `WARNING at ${here.file}:${here.line} ${here.fn}`,
        message: `${macro}() fired in ${here.fn}() at ${here.file}:${here.line} (${t.name})`,
        threads: [threadOf(t, here)],
        fatal: kind === "BUG",
        level: kind,
        macro,
        at: here,
      };
      ctx.report(f);
    },
  };
  return monitor;
}

export function formatAssertion(f: AssertionFinding): string {
  const t = f.threads[0]!;
  const head =
    f.level === "BUG"
      ? [
          `kernel BUG at ${f.at.file}:${f.at.line}!`,
          "Internal error: Oops - BUG: 00000000f2000800 [#1] PREEMPT SMP",
          `CPU: 0 PID: ${t.thread} Comm: ${t.name} lockbench`,
          `pc : ${f.at.fn}`,
        ]
      : [
          `WARNING: CPU: 0 PID: ${t.thread} at ${f.at.file}:${f.at.line} ${f.at.fn}`,
          `CPU: 0 PID: ${t.thread} Comm: ${t.name} lockbench`,
        ];
  return [
    "------------[ cut here ]------------",
    ...head,
    `${f.macro}() fired`,
    "Call trace:",
    ...callTrace(f.at),
    "---[ end trace 0000000000000000 ]---",
  ].join("\n");
}
