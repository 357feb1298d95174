/*
 * Print a finding in the layout of the kernel report it mirrors
 * (reference/formats.md), followed by the policy steps of each thread.
 */

import type { FaultFinding, Finding } from "./finding.ts";
import { formatAssertion } from "./monitors/assertion.ts";
import { formatBalance } from "./monitors/balance.ts";
import { formatDeadlock } from "./monitors/deadlock.ts";
import { formatKasan } from "./monitors/kasan.ts";
import { formatLivelock } from "./monitors/livelock.ts";
import { formatLockdep } from "./monitors/lockdep.ts";
import { formatMightSleep } from "./monitors/might-sleep.ts";
import { formatRace } from "./monitors/race.ts";
import { formatRmap } from "./monitors/rmap.ts";
import { callTrace } from "./monitors/text.ts";

export function formatReport(f: Finding): string {
  switch (f.kind) {
    case "lockdep":
      return formatLockdep(f);
    case "deadlock":
      return formatDeadlock(f);
    case "race":
      return formatRace(f);
    case "kasan":
      return formatKasan(f);
    case "might_sleep":
      return formatMightSleep(f);
    case "balance":
      return formatBalance(f);
    case "assertion":
      return formatAssertion(f);
    case "rmap":
      return formatRmap(f);
    case "livelock":
      return formatLivelock(f);
    case "fault":
      return formatFault(f);
  }
}

/** One line: each thread's first step, as `name fn() at file:line`, joined by "; ". */
export function findingSites(f: Finding): string {
  return f.threads
    .map((t) => {
      const s = t.steps[0];
      return s ? `${t.name} ${s.fn}() at ${s.file}:${s.line}` : t.name;
    })
    .join("; ");
}

/** The kernel-style report, then each thread's steps as file:line. */
export function formatFinding(f: Finding): string {
  const steps = f.threads.flatMap((t) => [
    `${t.name} (thread ${t.thread}):`,
    ...t.steps.map((s) => `  ${s.file}:${s.line}  ${s.fn}: ${s.text}`),
  ]);
  return [formatReport(f), "", f.message, ...steps].join("\n");
}

/** A policy fault as an oops: what went wrong, where, and the call trace. */
function formatFault(f: FaultFinding): string {
  const t = f.threads[0]!;
  return [
    `Internal error: Oops: ${f.message} [#1] PREEMPT SMP`,
    `CPU: 0 PID: ${t.thread} Comm: ${t.name} lockbench`,
    `pc : ${f.at.fn}`,
    "Call trace:",
    ...callTrace(f.at),
    "---[ end trace 0000000000000000 ]---",
  ].join("\n");
}
