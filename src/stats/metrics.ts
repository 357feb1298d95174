/*
 * The scalar metrics of one cell that base and head are compared on, each
 * with the direction that is better. Names are stable strings so results of
 * different runs (and shards) line up.
 */

import type { CellResult } from "../sim/cell.ts";
import { referencedAccuracy } from "../sim/referenced.ts";
import type { Direction } from "./paired.ts";

export interface Metric {
  readonly name: string;
  readonly value: number;
  readonly direction: Direction;
  /** What the metric is about: a thread class, a path (`pool: call`) or a lock class. */
  readonly group: "thread" | "path" | "lock";
  readonly subject: string;
  /** Which quantity of the subject, e.g. `D-state max (ns)`. */
  readonly quantity: string;
}

export function cellMetrics(r: CellResult): Metric[] {
  const out: Metric[] = [];
  const add =
    (direction: Direction) =>
    (group: Metric["group"], subject: string, quantity: string, value: number) =>
      out.push({
        // Paths are already `pool: call`, so their quantity follows without a second colon.
        name: group === "path" ? `${subject} ${quantity}` : `${subject}: ${quantity}`,
        value,
        direction,
        group,
        subject,
        quantity,
      });
  const low = add("lower-is-better");
  const high = add("higher-is-better");
  for (const t of r.threads) {
    low("thread", t.pool, "D-state total (ns)", t.dstate.total);
    low("thread", t.pool, "D-state max (ns)", t.dstate.max);
    low("thread", t.pool, "runnable (ns)", t.runnableNs);
  }
  for (const p of r.paths) {
    high("path", `${p.pool}: ${p.call}`, "calls", p.calls);
    low("path", `${p.pool}: ${p.call}`, "p99 latency (ns)", p.latency.p99);
    // The reviewer's question: does reclaim act on guesses more often?
    const ref = p.referenced;
    const accuracy = ref ? referencedAccuracy(ref) : undefined;
    if (ref && accuracy !== undefined) {
      const subject = `${p.pool}: ${p.call}`;
      low("path", subject, "folio_referenced trylock failed", ref.trylockFailed);
      low("path", subject, "folio_referenced rmap contended", ref.contended);
      high("path", subject, "folio_referenced accuracy", accuracy);
    }
  }
  for (const l of r.report.locks) {
    low("lock", l.name, "contentions", l.write.waittime.nr + l.read.waittime.nr);
    low("lock", l.name, "wait total (ns)", l.write.waittime.total + l.read.waittime.total);
  }
  return out;
}
