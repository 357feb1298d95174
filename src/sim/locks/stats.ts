/*
 * Per-lock-class statistics with the columns of /proc/lock_stat
 * (Documentation/locking/lockstat.rst; kernel/locking/lockdep.c
 * __lock_contended, __lock_acquired, lock_release_holdtime):
 *
 *   con-bounces  contentions  waittime-min/max/total  acq-bounces  acquisitions
 *   holdtime-min/max/total
 *
 * split into a write row and a read row (lockdep's `bounce_*_read` and
 * `read_waittime`/`read_holdtime`; exclusive locks only use the write row).
 * As in lockdep:
 * - a contention point is recorded when an acquisition has to wait
 *   (lock_contended), and a con-bounce when the lock was last acquired on
 *   another CPU;
 * - waittime runs from lock_contended to lock_acquired, both called by the
 *   waiter, so it includes the wake-up latency after a hand-off; its `nr` is
 *   the `contentions` column;
 * - an acq-bounce is counted at every acquisition on a CPU other than the
 *   previous acquirer's;
 * - holdtime runs from lock_acquired to lock_release; `acquisitions` counts
 *   acquisitions (lockdep prints holdtime.nr, equal once every hold ended);
 * - contending points are the holder's acquisition sites at the moment
 *   someone had to wait (lockdep records lock->ip of the current holder).
 * Successful trylocks are acquisitions; failed ones are not contentions (the
 * kernel never calls lock_contended for a trylock). Trylock attempts and
 * failures are kept per call site, since failure rates are what reviewers ask
 * about.
 */

export type LockKind = "rwsem" | "folio" | "spin";

export interface TimeStat {
  nr: number;
  min: number;
  max: number;
  total: number;
}

export interface LockStatRow {
  conBounces: number;
  waittime: TimeStat;
  acqBounces: number;
  acquisitions: number;
  holdtime: TimeStat;
}

export interface TrylockSite {
  attempts: number;
  failures: number;
}

export interface LockClassStats {
  readonly name: string;
  readonly kind: LockKind;
  readonly write: LockStatRow;
  readonly read: LockStatRow;
  /** Waiter call site -> times it had to wait (lock_stat "contention points"). */
  readonly contentionPoints: Map<number, number>;
  /** Holder's acquisition site -> times someone waited on it ("contending points"). */
  readonly contendingPoints: Map<number, number>;
  /** Trylock call site -> attempts and failures. */
  readonly trylocks: Map<number, TrylockSite>;
}

const newTime = (): TimeStat => ({ nr: 0, min: Number.POSITIVE_INFINITY, max: 0, total: 0 });
const newRow = (): LockStatRow => ({
  conBounces: 0,
  waittime: newTime(),
  acqBounces: 0,
  acquisitions: 0,
  holdtime: newTime(),
});

function addTime(t: TimeStat, ns: number): void {
  t.nr++;
  if (ns < t.min) t.min = ns;
  if (ns > t.max) t.max = ns;
  t.total += ns;
}

function bump(m: Map<number, number>, k: number): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** All lock classes of one run, by name. */
export class LockStats {
  private readonly classes = new Map<string, LockClassStats>();

  cls(name: string, kind: LockKind): LockClassStats {
    let c = this.classes.get(name);
    if (!c) {
      c = {
        name,
        kind,
        write: newRow(),
        read: newRow(),
        contentionPoints: new Map(),
        contendingPoints: new Map(),
        trylocks: new Map(),
      };
      this.classes.set(name, c);
    } else if (c.kind !== kind) {
      throw new Error(`lock class '${name}' used for both ${c.kind} and ${kind} locks`);
    }
    return c;
  }

  /** Classes in name order, so reports do not depend on creation order. */
  all(): LockClassStats[] {
    return [...this.classes.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  }
}

/**
 * The lockdep_map of one lock instance: who acquired it last, where, and when
 * each current holder acquired it.
 */
export class LockAccounting {
  private lastCpu = -1;
  private lastSite = -1;
  private readonly waitStart = new Map<number, number>();
  private readonly holdStart = new Map<number, number>();

  constructor(readonly cls: LockClassStats) {}

  /** `tid` must wait for the lock (lock_contended). */
  contended(tid: number, cpu: number, read: boolean, site: number, now: number): void {
    const row = read ? this.cls.read : this.cls.write;
    bump(this.cls.contentionPoints, site);
    if (this.lastSite >= 0) bump(this.cls.contendingPoints, this.lastSite);
    if (this.lastCpu >= 0 && this.lastCpu !== cpu) row.conBounces++;
    this.waitStart.set(tid, now);
  }

  /** `tid` holds the lock from now (lock_acquired). */
  acquired(tid: number, cpu: number, read: boolean, site: number, now: number): void {
    const row = read ? this.cls.read : this.cls.write;
    const w = this.waitStart.get(tid);
    if (w !== undefined) {
      addTime(row.waittime, now - w);
      this.waitStart.delete(tid);
    }
    if (this.lastCpu >= 0 && this.lastCpu !== cpu) row.acqBounces++;
    row.acquisitions++;
    this.lastCpu = cpu;
    this.lastSite = site;
    this.holdStart.set(tid, now);
  }

  /** `tid` releases the lock (lock_release). */
  released(tid: number, read: boolean, now: number): void {
    const s = this.holdStart.get(tid);
    if (s === undefined) return;
    addTime((read ? this.cls.read : this.cls.write).holdtime, now - s);
    this.holdStart.delete(tid);
  }

  trylock(site: number, ok: boolean): void {
    let t = this.cls.trylocks.get(site);
    if (!t) {
      t = { attempts: 0, failures: 0 };
      this.cls.trylocks.set(site, t);
    }
    t.attempts++;
    if (!ok) t.failures++;
  }
}
