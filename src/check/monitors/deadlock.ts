/*
 * Real deadlocks: a cycle in the wait-for graph (T1 waits for a lock T2
 * holds or is queued ahead for, T2 waits for T1), found the moment the step
 * that closes it blocks, so other threads running on cannot hide it. When
 * no thread can run and there is no cycle, the waiters wait for a thread
 * that finished holding the lock or never leaves its RCU read section; the
 * chain to it is reported the same way.
 *
 * Reported as the hung-task detector and debug_show_all_locks() would show
 * it: each blocked task with its stack, then every lock held in the system.
 */

import type { DeadlockFinding, LockRef, StepRef, WaitRef } from "../finding.ts";
import type { Monitor, MonitorContext } from "../monitor.ts";
import { callTrace, heldList, hex } from "./text.ts";

function waitRef(ctx: MonitorContext, tid: number): WaitRef | undefined {
  const t = ctx.thread(tid);
  const w = ctx.locks.waitOf(tid);
  if (!t || !w || ctx.locks.runnable(tid)) return undefined;
  const here = ctx.here(t);
  if (w.kind === "rcu")
    return { thread: tid, name: t.name, mode: "rcu", at: here, on: ctx.locks.waitsFor(tid) };
  const lock: LockRef = {
    ptr: w.lock,
    cls: ctx.classes.name(w.lock, w.lockKind),
    kind: w.lockKind,
    read: w.mode === "read",
    at: here,
  };
  return { thread: tid, name: t.name, lock, mode: w.mode, at: here, on: ctx.locks.waitsFor(tid) };
}

/** A wait-for cycle through start, as the list of thread ids along it. */
function cycleThrough(ctx: MonitorContext, start: number): number[] | undefined {
  const path: number[] = [];
  const seen = new Set<number>();
  const dfs = (tid: number): boolean => {
    path.push(tid);
    seen.add(tid);
    for (const next of ctx.locks.waitsFor(tid)) {
      if (next === start) return true;
      if (!seen.has(next) && !ctx.locks.runnable(next) && dfs(next)) return true;
    }
    path.pop();
    return false;
  };
  return dfs(start) ? path : undefined;
}

function finding(ctx: MonitorContext, tids: readonly number[], cycle: boolean): DeadlockFinding {
  const waits = tids.map((tid) => waitRef(ctx, tid)).filter((w) => w !== undefined);
  const names = tids.map((tid) => ctx.thread(tid)?.name ?? `#${tid}`);
  const what = (w: WaitRef) => (w.lock ? w.lock.cls : "an RCU grace period");
  const message = cycle
    ? `${waits.map((w) => `${w.name} waits for ${what(w)}`).join(", ")}: wait-for cycle ${[...names, names[0]].join(" -> ")}`
    : `${waits.map((w) => `${w.name} waits for ${what(w)}`).join(", ")}, which no running thread will release`;
  const threads = tids.map((tid) => {
    const t = ctx.thread(tid)!;
    const steps: StepRef[] = [];
    const w = waits.find((x) => x.thread === tid);
    if (w) steps.push(w.at);
    // Where this thread took what the previous one in the chain waits for.
    for (const other of waits) {
      if (!other.lock || !other.on.includes(tid)) continue;
      const i = ctx.held.find(tid, other.lock.ptr);
      if (i >= 0) steps.push(ctx.held.of(tid)[i]!.at);
    }
    return { thread: tid, name: t.name, steps };
  });
  return {
    kind: "deadlock",
    title: cycle ? "deadlock: wait-for cycle" : "deadlock: waiting for a lock nobody will release",
    message,
    threads,
    fatal: true,
    cycle,
    waits,
    chain: cycle ? [...names, names[0]!] : names,
    held: tids.map((tid) => ({
      thread: tid,
      name: ctx.thread(tid)?.name ?? `#${tid}`,
      locks: [...ctx.held.of(tid)],
    })),
  };
}

export function deadlockMonitor(ctx: MonitorContext): Monitor {
  return {
    blocked(t) {
      const cycle = cycleThrough(ctx, t.id);
      if (cycle) ctx.report(finding(ctx, cycle, true));
    },
    stuck() {
      const waiting = ctx.runnable().length === 0 ? allWaiting(ctx) : [];
      for (const tid of waiting) {
        const cycle = cycleThrough(ctx, tid);
        if (cycle) {
          ctx.report(finding(ctx, cycle, true));
          return;
        }
      }
      const start = waiting[0];
      if (start === undefined) return;
      // Follow the first waited-for thread until one that is not waiting.
      const chain = [start];
      for (let tid = start; ; ) {
        const next = ctx.locks.waitsFor(tid)[0];
        if (next === undefined || chain.includes(next)) break;
        chain.push(next);
        tid = next;
      }
      ctx.report(finding(ctx, chain, false));
    },
  };
}

function allWaiting(ctx: MonitorContext): number[] {
  const out: number[] = [];
  for (let tid = 1; ctx.thread(tid); tid++) {
    const t = ctx.thread(tid)!;
    if (!t.done && ctx.locks.waitOf(tid)) out.push(tid);
  }
  return out;
}

export function formatDeadlock(f: DeadlockFinding): string {
  const out: string[] = [];
  for (const w of f.waits) {
    out.push(`INFO: task ${w.name}:${w.thread} blocked for more than 120 seconds.`);
    out.push(`task:${w.name} state:D pid:${w.thread}`);
    out.push(
      w.lock
        ? `waiting for ${w.lock.cls} (${hex(w.lock.ptr)}) for ${w.mode}, behind: ${w.on.join(", ")}`
        : `waiting in synchronize_rcu() for readers: ${w.on.join(", ")}`,
    );
    out.push("Call Trace:", ...callTrace(w.at), "");
  }
  out.push("Showing all locks held in the system:");
  for (const h of f.held) out.push(...heldList(h.locks, h.name, h.thread));
  out.push("", f.cycle ? `wait-for cycle: ${f.chain.join(" -> ")}` : f.message);
  return out.join("\n");
}
