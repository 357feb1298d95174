/*
 * The scalar metrics of one cell that base and head are compared on, each
 * with the direction that is better. Names are stable strings so results of
 * different runs (and shards) line up.
 */

import type { CellResult } from "../sim/cell.ts";
import type { Direction } from "./paired.ts";

export interface Metric {
  readonly name: string;
  readonly value: number;
  readonly direction: Direction;
}

export function cellMetrics(r: CellResult): Metric[] {
  const out: Metric[] = [];
  const low = (name: string, value: number) =>
    out.push({ name, value, direction: "lower-is-better" });
  const high = (name: string, value: number) =>
    out.push({ name, value, direction: "higher-is-better" });
  for (const t of r.threads) {
    low(`${t.pool}: D-state total (ns)`, t.dstate.total);
    low(`${t.pool}: D-state max (ns)`, t.dstate.max);
    low(`${t.pool}: runnable (ns)`, t.runnableNs);
  }
  for (const p of r.paths) {
    high(`${p.pool}: ${p.call} calls`, p.calls);
    low(`${p.pool}: ${p.call} p99 latency (ns)`, p.latency.p99);
  }
  for (const l of r.report.locks) {
    low(`${l.name}: contentions`, l.write.waittime.nr + l.read.waittime.nr);
    low(`${l.name}: wait total (ns)`, l.write.waittime.total + l.read.waittime.total);
  }
  return out;
}
