/*
 * The seam between an execution and whoever picks its interleaving, in the
 * shape of shuttle's Scheduler trait (STYLE.md §5): a strategy is asked for
 * a new execution, then for the thread of every step, then (for data
 * nondeterminism) for a choice among n.
 *
 * A schedule is the thread index of every step; its string form is what a
 * failure prints and `lockbench verify --replay` reads back: indices joined
 * by '.', with runs written `iXn` (so "0x3.1.0" is 0,0,0,1,0).
 */

export interface Strategy {
  /** Start an execution; false when the strategy has none left to offer. */
  newExecution(): boolean;
  /**
   * The thread (an index into the scenario's threads) that takes the next
   * step. `runnable` is never empty and ascending; `current` is the thread
   * that took the previous step (undefined before the first). Returning
   * undefined ends the execution here (a bounded or finished prefix).
   */
  nextThread(runnable: readonly number[], current: number | undefined): number | undefined;
  /** A data choice in [0, n). */
  nextChoice(n: number): number;
}

export function encodeSchedule(schedule: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < schedule.length; ) {
    let j = i;
    while (j < schedule.length && schedule[j] === schedule[i]) j++;
    parts.push(j - i > 1 ? `${schedule[i]}x${j - i}` : `${schedule[i]}`);
    i = j;
  }
  return parts.join(".");
}

/** Parse a schedule string; throws an Error naming the bad part. */
export function decodeSchedule(s: string): number[] {
  const out: number[] = [];
  if (s.trim() === "") return out;
  for (const part of s.trim().split(".")) {
    const m = /^(\d+)(?:x(\d+))?$/.exec(part);
    if (!m) throw new Error(`bad schedule element '${part}': expected N or NxCOUNT`);
    const n = m[2] === undefined ? 1 : Number(m[2]);
    for (let k = 0; k < n; k++) out.push(Number(m[1]));
  }
  return out;
}
