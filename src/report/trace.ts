/*
 * A run as a Chrome Trace Event file that opens in ui.perfetto.dev
 * (reference/formats.md §C): one track per CPU with the thread running on
 * it, one per thread with its state (running, runnable, D-state, sleeping,
 * spinning), lock waits and holds as async slices (they overlap, so they
 * cannot be thread slices), trylock failures as instants, and two kinds of
 * flow arrows (v1 flow events, "s" then "f" with one id): waker -> wakee,
 * from the step that woke a thread to the moment it runs, and unlock ->
 * next owner, from a release to the acquisition by a thread that had been
 * waiting for that lock. Times are µs.
 */

import type { TraceEvent } from "../sim/engine.ts";

export interface TraceNames {
  /** CPU i's label, e.g. "CPU 7 (prime)". */
  readonly cpus: readonly string[];
  readonly thread: (tid: number) => string;
}

type Json = Record<string, unknown>;

const CPUS_PID = 1;
const THREADS_PID = 2;
const STATE_NAMES: Record<string, string> = {
  running: "running",
  runnable: "runnable",
  dstate: "D (uninterruptible)",
  sleeping: "sleeping",
  spinning: "spinning",
};

export function chromeTrace(
  events: readonly { readonly e: TraceEvent; readonly lockClass: string | undefined }[],
  names: TraceNames,
  endNs: number,
): Json {
  const out: Json[] = [];
  const us = (ns: number) => ns / 1000;
  const meta = (pid: number, tid: number | undefined, name: string, value: string) =>
    out.push({ ph: "M", pid, ...(tid !== undefined ? { tid } : {}), name, args: { name: value } });
  meta(CPUS_PID, undefined, "process_name", "CPUs");
  meta(THREADS_PID, undefined, "process_name", "Threads");
  names.cpus.forEach((n, cpu) => meta(CPUS_PID, cpu, "thread_name", n));
  const seenThreads = new Set<number>();

  const onCpu = new Map<number, { tid: number; since: number }>();
  const state = new Map<number, { name: string; since: number }>();
  const waiting = new Set<string>();
  let flowId = 0;
  /** Wakee -> the flow its next run ends. */
  const woken = new Map<number, { id: number; name: string }>();
  /** Lock -> its last release (who, when), the start of a handoff flow. */
  const released = new Map<number, { tid: number; time: number }>();
  const flowStart = (tid: number, time: number, name: string): number => {
    const id = ++flowId;
    out.push({ ph: "s", pid: THREADS_PID, tid, cat: "flow", id, name, ts: us(time) });
    return id;
  };
  // "f" binds to the slice enclosing its time (bp "e"), or, when a state slice of
  // the thread begins at that very time, to that slice (the default "next slice").
  const flowEnd = (tid: number, time: number, id: number, name: string) =>
    out.push({
      ph: "f",
      pid: THREADS_PID,
      tid,
      cat: "flow",
      id,
      name,
      ts: us(time),
      ...(state.get(tid)?.since === time ? {} : { bp: "e" }),
    });
  const slice = (pid: number, tid: number, name: string, from: number, to: number) => {
    if (to > from) out.push({ ph: "X", pid, tid, name, ts: us(from), dur: us(to - from) });
  };
  for (const { e, lockClass } of events) {
    if ("tid" in e && e.tid >= 0 && !seenThreads.has(e.tid)) {
      seenThreads.add(e.tid);
      meta(THREADS_PID, e.tid, "thread_name", names.thread(e.tid));
    }
    switch (e.kind) {
      case "switch": {
        const prev = onCpu.get(e.cpu);
        if (prev) slice(CPUS_PID, e.cpu, names.thread(prev.tid), prev.since, e.time);
        if (e.tid >= 0) onCpu.set(e.cpu, { tid: e.tid, since: e.time });
        else onCpu.delete(e.cpu);
        break;
      }
      case "state": {
        const prev = state.get(e.tid);
        if (prev) slice(THREADS_PID, e.tid, prev.name, prev.since, e.time);
        if (e.state === "off") state.delete(e.tid);
        else state.set(e.tid, { name: STATE_NAMES[e.state] ?? e.state, since: e.time });
        const w = woken.get(e.tid);
        if (w && (e.state === "running" || e.state === "spinning")) {
          woken.delete(e.tid);
          flowEnd(e.tid, e.time, w.id, w.name);
        }
        break;
      }
      case "wake":
        if (e.by !== undefined)
          woken.set(e.tid, { id: flowStart(e.by, e.time, "wake-up"), name: "wake-up" });
        out.push({
          ph: "i",
          s: "t",
          pid: THREADS_PID,
          tid: e.tid,
          name: `woken (CPU ${e.cpu})`,
          ts: us(e.time),
        });
        break;
      case "lock": {
        const id = `${e.tid}:${e.lock}`;
        const base = { pid: THREADS_PID, tid: e.tid, cat: "lock", id, ts: us(e.time) };
        const cls = lockClass ?? `lock ${e.lock}`;
        switch (e.what) {
          case "contended":
            waiting.add(id);
            out.push({ ...base, ph: "b", name: `wait ${cls}` });
            break;
          case "acquired": {
            // A wait, if there was one, ends where the hold begins.
            const waited = waiting.delete(id);
            if (waited) out.push({ ...base, ph: "e", name: `wait ${cls}` });
            const from = released.get(e.lock);
            if (waited && from && from.tid !== e.tid) {
              const name = `handoff ${cls}`;
              flowEnd(e.tid, e.time, flowStart(from.tid, from.time, name), name);
            }
            out.push({ ...base, ph: "b", name: `hold ${cls}` });
            break;
          }
          case "released":
            out.push({ ...base, ph: "e", name: `hold ${cls}` });
            released.set(e.lock, { tid: e.tid, time: e.time });
            break;
          case "trylock_failed":
            out.push({
              ph: "i",
              s: "t",
              pid: THREADS_PID,
              tid: e.tid,
              name: `trylock failed ${cls}`,
              ts: us(e.time),
            });
            break;
        }
        break;
      }
    }
  }
  for (const [cpu, r] of onCpu) slice(CPUS_PID, cpu, names.thread(r.tid), r.since, endNs);
  for (const [tid, r] of state) slice(THREADS_PID, tid, r.name, r.since, endNs);
  return { traceEvents: out, displayTimeUnit: "ns" };
}
