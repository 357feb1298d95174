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
  /**
   * The monitor's epoch it was made in: changed in place only then; one
   * of an earlier epoch may be shared with a copy (save()) and is copied
   * before a write.
   */
  epoch: number;
}

/** Epochs of LivelockMonitor's shared records: unique numbers, nothing else. */
let epochs = 0;

class LivelockMonitor implements Monitor {
  /** Per thread id, the loop counts of each of its frames, by depth. */
  private stacks: (Loops | undefined)[][] = [];
  private reported = new CowSet<string>();
  private epoch = ++epochs;

  constructor(
    private readonly ctx: MonitorContext,
    private readonly bound: number,
  ) {}

  save(): unknown {
    this.epoch = ++epochs; // every record is shared with the copy from now on
    return { stacks: this.stacks.map((s) => s?.slice()), reported: this.reported.fork() };
  }
  load(s: unknown): void {
    Object.assign(this, s, { epoch: ++epochs });
  }

  /** A call: a new frame at the top of t's stack, with nothing counted. */
  enter(t: Thread): void {
    const stack = this.stack(t);
    const depth = t.frames.length - 1;
    stack[depth] = { last: -1, counts: undefined, epoch: this.epoch };
    // (Not `length =` at every call: shrinking an array may drop its storage.)
    if (stack.length > depth + 1) stack.length = depth + 1;
  }

  leave(t: Thread): void {
    const stack = this.stack(t);
    const depth = t.frames.length - 1;
    if (stack.length === depth + 1) stack.pop();
    else if (stack.length > depth) stack.length = depth;
  }

  beforeStep(t: Thread, fn: IRFunction, pc: number): void {
    const stack = this.stack(t);
    const depth = t.frames.length - 1;
    let l = stack[depth];
    if (!l) {
      // A frame called before the monitor was attached.
      stack[depth] = { last: pc, counts: undefined, epoch: this.epoch };
      return;
    }
    if (pc <= l.last) {
      l = this.own(stack, depth, l);
      l.counts ??= new Map();
      const n = (l.counts.get(pc) ?? 0) + 1;
      l.counts.set(pc, n);
      if (n > this.bound) this.report(t, fn, n);
    } else if (l.epoch !== this.epoch) l = this.own(stack, depth, l);
    l.last = pc;
  }

  private stack(t: Thread): (Loops | undefined)[] {
    let s = this.stacks[t.id];
    if (!s) {
      s = [];
      this.stacks[t.id] = s;
    }
    return s;
  }

  /** l, or its copy in this epoch (in its place on the stack) if it may be shared. */
  private own(stack: (Loops | undefined)[], depth: number, l: Loops): Loops {
    if (l.epoch === this.epoch) return l;
    const mine = { last: l.last, counts: l.counts && new Map(l.counts), epoch: this.epoch };
    stack[depth] = mine;
    return mine;
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
