/*
 * Retry loops past their bound. The kernel's `retry:` idiom (goto back to
 * re-take locks after a recheck failed) must make progress; a loop that
 * comes round more than `bound` times in one call is reported. The IR does
 * not keep labels, so every backward edge counts (a goto, a while, a for):
 * a loop head is a step the same frame reaches again at or before the pc of
 * its previous step. Legitimate loops in tiny scenarios iterate a handful
 * of times.
 *
 * Under a controlled scheduler a thread may spin while the thread that
 * would let it progress is never scheduled: `othersRunnable` says so, and
 * the explorer should treat such a finding as an unfair schedule (a bound),
 * not a livelock.
 */

import type { Frame, Thread } from "../../sim/interp.ts";
import type { IRFunction } from "../../lang/ir.ts";
import { type LivelockFinding, threadOf } from "../finding.ts";
import type { Monitor, MonitorContext, MonitorFactory } from "../monitor.ts";
import { callTrace } from "./text.ts";
import { CowSet } from "../../sim/cow.ts";

/** Default iterations of one loop in one call before it is a livelock. */
export const RETRY_BOUND = 64;

interface Loops {
  last: number;
  /** Made at the first backward edge: most frames never loop. */
  counts: Map<number, number> | undefined;
}

class LivelockMonitor implements Monitor {
  private readonly frames = new WeakMap<Frame, Loops>();
  private readonly reported = new CowSet<string>();

  constructor(
    private readonly ctx: MonitorContext,
    private readonly bound: number,
  ) {}

  /** Loop counts per thread, per frame (by depth: frames are copied, not shared). */
  save(): unknown {
    const threads: (Loops | null)[][] = [];
    for (let tid = 1; this.ctx.thread(tid); tid++)
      threads.push(
        this.ctx.thread(tid)!.frames.map((fr) => {
          const l = this.frames.get(fr);
          return l ? { last: l.last, counts: l.counts && new Map(l.counts) } : null;
        }),
      );
    return { threads, reported: this.reported.fork() };
  }
  load(s: unknown): void {
    const { threads, reported } = s as { threads: (Loops | null)[][]; reported: CowSet<string> };
    threads.forEach((loops, i) => {
      const frames = this.ctx.thread(i + 1)!.frames;
      loops.forEach((l, d) => {
        // Execution.copyFrom may reuse a frame object: drop what it counted before.
        if (l) this.frames.set(frames[d]!, l);
        else this.frames.delete(frames[d]!);
      });
    });
    Object.assign(this, { reported });
  }

  beforeStep(t: Thread, fn: IRFunction, pc: number): void {
    const fr = t.top;
    const l = this.frames.get(fr);
    if (!l) {
      this.frames.set(fr, { last: pc, counts: undefined });
      return;
    }
    if (pc <= l.last) {
      l.counts ??= new Map();
      const n = (l.counts.get(pc) ?? 0) + 1;
      l.counts.set(pc, n);
      if (n > this.bound) this.report(t, fn, n);
    }
    l.last = pc;
  }

  private report(t: Thread, fn: IRFunction, n: number): void {
    const here = this.ctx.here(t);
    const key = `${here.file}:${here.line}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const othersRunnable = this.ctx.runnable().some((tid) => tid !== t.id);
    const f: LivelockFinding = {
      kind: "livelock",
      title: `livelock: retry loop in ${fn.name}() exceeded ${this.bound} iterations`,
      message:
        `${t.name} came back to ${here.file}:${here.line} in ${fn.name}() ${n} times in one call` +
        (othersRunnable ? " (other threads could have run: possibly an unfair schedule)" : ""),
      threads: [threadOf(t, here)],
      fatal: true,
      fn: fn.name,
      iterations: n,
      at: here,
      othersRunnable,
    };
    this.ctx.report(f);
  }
}

/** The livelock monitor with a retry bound (default RETRY_BOUND). */
export function livelock(bound = RETRY_BOUND): MonitorFactory {
  return (ctx) => new LivelockMonitor(ctx, bound);
}

export function formatLivelock(f: LivelockFinding): string {
  const t = f.threads[0]!;
  return [
    `WARNING: CPU: 0 PID: ${t.thread} at ${f.at.file}:${f.at.line} ${f.fn}`,
    f.title,
    f.message,
    "Call trace:",
    ...callTrace(f.at),
  ].join("\n");
}
