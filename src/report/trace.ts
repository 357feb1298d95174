/*
 * A run as a Chrome Trace Event file that opens in ui.perfetto.dev
 * (reference/formats.md §C): one track per CPU with the thread running on
 * it, one per thread with its state (running, runnable, D-state, sleeping,
 * spinning), lock waits and holds as async slices (they overlap, so they
 * cannot be thread slices), trylock failures as instants. Times are µs.
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
        break;
      }
      case "wake":
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
          case "acquired":
            // A wait, if there was one, ends where the hold begins.
            if (waiting.delete(id)) out.push({ ...base, ph: "e", name: `wait ${cls}` });
            out.push({ ...base, ph: "b", name: `hold ${cls}` });
            break;
          case "released":
            out.push({ ...base, ph: "e", name: `hold ${cls}` });
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
