/*
 * The monitors every execution runs unless told otherwise, one file each.
 */

import type { MonitorFactory } from "../monitor.ts";
import { assertionMonitor } from "./assertion.ts";
import { balanceMonitor } from "./balance.ts";
import { deadlockMonitor } from "./deadlock.ts";
import { kasanMonitor } from "./kasan.ts";
import { livelock } from "./livelock.ts";
import { type LockdepGraph, lockdep } from "./lockdep.ts";
import { mightSleepMonitor } from "./might-sleep.ts";
import { raceMonitor } from "./race.ts";
import { rmapMonitor } from "./rmap.ts";

export { LockdepGraph } from "./lockdep.ts";

export interface MonitorOptions {
  /** Keep lockdep's dependency graph across executions. */
  readonly lockdepGraph?: LockdepGraph;
  /** Iterations of one loop in one call before a livelock is reported. */
  readonly retryBound?: number;
  /** The KCSAN-style race monitor (default true; simulated runs leave it out unless asked). */
  readonly race?: boolean;
}

export function defaultMonitors(o: MonitorOptions = {}): MonitorFactory[] {
  return [
    lockdep(o.lockdepGraph),
    deadlockMonitor,
    ...(o.race === false ? [] : [raceMonitor]),
    kasanMonitor,
    mightSleepMonitor,
    balanceMonitor,
    assertionMonitor,
    rmapMonitor,
    livelock(o.retryBound),
  ];
}
