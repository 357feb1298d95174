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

import type { Thread } from "../../sim/interp.ts";
import type { IRFunction } from "../../lang/ir.ts";
import { copyOfMap } from "../../sim/cow.ts";
import { type LivelockFinding, threadOf } from "../finding.ts";
import type { Monitor, MonitorContext, MonitorFactory } from "../monitor.ts";
import { callTrace } from "./text.ts";
import { CowSet } from "../../sim/cow.ts";
import { copyInto } from "../copy.ts";

/** Default iterations of one loop in one call before it is a livelock. */
export const RETRY_BOUND = 64;

/** One thread's loop bookkeeping, by frame depth. */
interface Frames {
  /** The pc of the frame's previous step (-1: none yet). */
  readonly last: number[];
  /**
   * Per loop head (pc), the times the frame came back to it; made at the
   * first backward edge (most frames never loop) and never changed after:
   * a count is a new map, so copies of the monitor share them.
   */
  readonly counts: (ReadonlyMap<number, number> | undefined)[];
}

class LivelockMonitor implements Monitor {
  /** By thread id. */
  private readonly stacks: (Frames | undefined)[] = [];
  private readonly reported = new CowSet<string>();

  constructor(
    private readonly ctx: MonitorContext,
    private readonly bound: number,
  ) {}

  copyFrom(src: LivelockMonitor): void {
    // A few numbers per frame: copied outright, so a step updates in place.
    const theirs = src.stacks;
    for (let tid = 0; tid < theirs.length; tid++) {
      const s = theirs[tid];
      if (!s) {
        this.stacks[tid] = undefined;
        continue;
      }
      const mine = this.stacks[tid];
      if (mine) {
        copyInto(mine.last, s.last);
        copyInto(mine.counts, s.counts);
      } else this.stacks[tid] = { last: s.last.slice(), counts: s.counts.slice() };
    }
    for (let tid = theirs.length; tid < this.stacks.length; tid++) this.stacks[tid] = undefined;
    this.reported.copyFrom(src.reported);
  }

  /**
   * A call: a new frame at the top of t's stack, with nothing counted. (No
   * leave(): a returned frame's entries stay until the next call at that
   * depth resets them.)
   */
  enter(t: Thread): void {
    const s = this.frames(t);
    const depth = t.frames.length - 1;
    s.last[depth] = -1;
    s.counts[depth] = undefined;
  }

  beforeStep(t: Thread, fn: IRFunction, pc: number): void {
    const s = this.frames(t);
    const depth = t.frames.length - 1;
    const last = s.last[depth];
    // (A frame called before the monitor was attached has no entry: undefined.)
    if (last !== undefined && pc <= last) {
      const counts = s.counts[depth];
      const n = (counts?.get(pc) ?? 0) + 1;
      s.counts[depth] = copyOfMap(counts).set(pc, n);
      if (n > this.bound) this.report(t, fn, n);
    }
    s.last[depth] = pc;
  }

  private frames(t: Thread): Frames {
    let s = this.stacks[t.id];
    if (!s) {
      s = { last: [], counts: [] };
      this.stacks[t.id] = s;
    }
    return s;
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
