/*
 * Print a finding in the layout of the kernel report it mirrors
 * (reference/formats.md), followed by the policy steps of each thread.
 */

import type { Finding } from "./finding.ts";
import { formatAssertion } from "./monitors/assertion.ts";
import { formatBalance } from "./monitors/balance.ts";
import { formatDeadlock } from "./monitors/deadlock.ts";
import { formatKasan } from "./monitors/kasan.ts";
import { formatLivelock } from "./monitors/livelock.ts";
import { formatLockdep } from "./monitors/lockdep.ts";
import { formatMightSleep } from "./monitors/might-sleep.ts";
import { formatRace } from "./monitors/race.ts";
import { formatRmap } from "./monitors/rmap.ts";

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
  }
}

/** The kernel-style report, then each thread's steps as file:line. */
export function formatFinding(f: Finding): string {
  const steps = f.threads.flatMap((t) => [
    `${t.name} (thread ${t.thread}):`,
    ...t.steps.map((s) => `  ${s.file}:${s.line}  ${s.fn}: ${s.text}`),
  ]);
  return [formatReport(f), "", f.message, ...steps].join("\n");
}
