/*
 * A simulated machine: clusters of arm64 cores and the costs the engine
 * charges. Machines are data (workloads/machines/*.yaml, loaded and validated
 * by src/workload/machine.ts); every number there carries its source. This
 * file holds the validated shape and the per-CPU tables derived from it.
 *
 * Units are nanoseconds and MHz throughout.
 */

export interface Cluster {
  readonly name: string;
  readonly cores: number;
  readonly freqMHz: number;
  /**
   * Linux CPU capacity (arch_scale_cpu_capacity): performance at max frequency
   * on a 0..1024 scale, 1024 for the machine's fastest core. It folds IPC and
   * frequency together, so compute time on a core is scaled by it.
   */
  readonly capacity: number;
  /** One-way cache-line transfer between two cores of this cluster. */
  readonly lineTransferNs: number;
  /** Wake-up to runnable on the target's run queue, when waker and wakee share this CPU. */
  readonly wakeupSameCpuNs: number;
  /** The same when the wakee is placed on another CPU (IPI, idle exit). */
  readonly wakeupCrossCpuNs: number;
  /** Time a CPU of this cluster spends in __schedule() switching threads. */
  readonly contextSwitchNs: number;
}

export interface ClusterPair {
  readonly a: string;
  readonly b: string;
  readonly ns: number;
}

export interface Machine {
  readonly name: string;
  readonly description: string;
  /** CONFIG_HZ: the tick rate; a jiffy is 1e9 / hz ns. */
  readonly hz: number;
  readonly clusters: readonly Cluster[];
  /** One-way cache-line transfer between cores of different clusters... */
  readonly crossClusterNs: number;
  /** ...unless a pair of clusters has its own figure. */
  readonly clusterPairs: readonly ClusterPair[];
  /** Plain load/store that hits the local L1. */
  readonly l1HitNs: number;
  /** ARMv8.1 LSE atomics (patched in at boot since v4.3); false means LL/SC loops. */
  readonly lse: boolean;
  /** Uncontended atomic read-modify-write on a line this CPU already owns. */
  readonly atomicNs: number;
  /** EEVDF base slice (sysctl_sched_base_slice). */
  readonly baseSliceNs: number;
  /** Broadcast TLBI + DSB for one flush (flush_tlb_range / ptep_clear_flush). */
  readonly tlbFlushNs: number;
  /** Extra per page in a ranged flush. */
  readonly tlbFlushPerPageNs: number;
  /** ARMv8.1 HAFDBS: hardware sets the access flag (arch_has_hw_pte_young). */
  readonly hwAccessFlag: boolean;
  /** Cost of an access-flag fault when hwAccessFlag is false. */
  readonly accessFlagFaultNs: number;
}

/** Per-CPU tables the engine indexes in its hot paths. */
export interface Topology {
  readonly ncpu: number;
  /** CPU -> cluster index. */
  readonly cpuCluster: Int32Array;
  /** CPU -> nanoseconds per compute cycle (see computeNsPerCycle). */
  readonly nsPerCycle: Float64Array;
  /** Cluster x cluster one-way line transfer, row-major. */
  readonly transferNs: Float64Array;
  readonly nclusters: number;
  readonly jiffyNs: number;
}

/**
 * Compute cycles are counted on the machine's fastest core (capacity 1024 at
 * its frequency); a core of capacity c takes 1024/c as long. For the fastest
 * cluster this is plain cycles / frequency.
 */
export function computeNsPerCycle(m: Machine, c: Cluster): number {
  const ref = m.clusters.reduce((a, b) => (b.capacity > a.capacity ? b : a));
  return (1000 / ref.freqMHz) * (ref.capacity / c.capacity);
}

export function topology(m: Machine): Topology {
  const ncpu = m.clusters.reduce((s, c) => s + c.cores, 0);
  const cpuCluster = new Int32Array(ncpu);
  const nsPerCycle = new Float64Array(ncpu);
  let cpu = 0;
  m.clusters.forEach((c, ci) => {
    const npc = computeNsPerCycle(m, c);
    for (let k = 0; k < c.cores; k++, cpu++) {
      cpuCluster[cpu] = ci;
      nsPerCycle[cpu] = npc;
    }
  });
  const nc = m.clusters.length;
  const transferNs = new Float64Array(nc * nc);
  for (let a = 0; a < nc; a++)
    for (let b = 0; b < nc; b++)
      transferNs[a * nc + b] = a === b ? m.clusters[a]!.lineTransferNs : m.crossClusterNs;
  for (const p of m.clusterPairs) {
    const a = m.clusters.findIndex((c) => c.name === p.a);
    const b = m.clusters.findIndex((c) => c.name === p.b);
    if (a < 0 || b < 0) throw new Error(`machine ${m.name}: unknown cluster in pair ${p.a}/${p.b}`);
    transferNs[a * nc + b] = p.ns;
    transferNs[b * nc + a] = p.ns;
  }
  return { ncpu, cpuCluster, nsPerCycle, transferNs, nclusters: nc, jiffyNs: 1e9 / m.hz };
}
