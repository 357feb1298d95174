/*
 * A workload after parsing and cross-checking (workload.ts): what a
 * simulation driver needs to (a) build the object graph with the policy's own
 * fault and fork paths, (b) create the threads, and (c) on every loop
 * iteration draw an op and its arguments from the thread's own PRNG
 * (draw.ts). docs/workloads.md describes the YAML these come from.
 *
 * Units are converted at parse time: times are virtual nanoseconds, as in
 * the engine. Every op and pool keeps its source line, so checks that need
 * the compiled policy or the machine (entries.ts) can still point at the file.
 */

/** Think and work time distributions, in virtual ns. */
export type Dist =
  | { readonly kind: "fixed"; readonly ns: number }
  | { readonly kind: "exp"; readonly meanNs: number }
  | { readonly kind: "uniform"; readonly loNs: number; readonly hiNs: number };

/** How a page index is drawn within a VMA of `pages` pages. */
export type PagePick =
  | { readonly kind: "uniform" }
  /** Each thread walks its stripe in order and wraps: thread k of n visits k, k+n, ... */
  | { readonly kind: "sequential" }
  /** Page i with weight 1/(i+1)^s: the VMA's first pages are the hot ones. */
  | { readonly kind: "zipf"; readonly s: number };

export type VmaFlag = "read" | "write" | "exec" | "uffd" | "dontfork" | "locked";

export interface Vma {
  readonly name: string;
  readonly pages: number;
  /**
   * Its address, the same in every descendant that inherits it (layout.ts
   * place(): PMD-aligned, an empty PMD after each VMA).
   */
  readonly start: number;
  readonly flags: readonly VmaFlag[];
  /** The vm_flags word the driver stores (include/linux/mm.h bits, src/model/constants.ts). */
  readonly vmFlags: number;
  /** Fraction of pages the declaring process write-faults at setup. */
  readonly faulted: number;
  /**
   * The process that mapped it (a VMA is inherited by every descendant unless
   * dontfork; a child may change its copy's flags, see Inherit).
   */
  readonly owner: string;
}

/** What a forked child does at setup with one inherited VMA. */
export interface Inherit {
  readonly vma: string;
  /** Fraction of the parent's mapped pages the child shares copy-on-write (copy_page_range). */
  readonly shared: number;
  /** Fraction of the VMA's pages the child has its own exclusive copy of (written since fork). */
  readonly private: number;
  /** Flags the child set on its copy after the fork (undefined: the parent's); Process.vmas has them applied. */
  readonly flags: readonly VmaFlag[] | undefined;
}

export interface Process {
  readonly name: string;
  /** The process it is forked from; undefined for a root (zygote, init). */
  readonly parent: string | undefined;
  /** Instances per parent instance (roots: in all). */
  readonly count: number;
  /** Setup of inherited VMAs, one per inherited VMA (unlisted ones: shared 0, private 0). */
  readonly inherit: readonly Inherit[];
  /** Every VMA of the process in address order: inherited first (parent's order), then its own. */
  readonly vmas: readonly Vma[];
  /** The lowest address above all its VMAs and its parent's (dontfork ones included). */
  readonly brk: number;
  /** It has a uffd-registered VMA, so the driver gives each instance a userfaultfd_ctx. */
  readonly uffd: boolean;
  readonly line: number;
}

/** A page (an address, and the folio mapped there when the call is made). */
export type PageRef =
  | {
      readonly kind: "pick";
      /** The process whose VMA it is. */
      readonly process: string;
      /** own: the calling thread's process instance; any: a uniformly drawn instance per call. */
      readonly instance: "own" | "any";
      readonly vma: string;
      readonly pick: PagePick;
      /**
       * Sequential picks sharing a stripe divide the pages among its threads
       * (layout.ts); by default "pool/process/vma", so a pool divides each VMA it walks.
       */
      readonly stripe: string;
    }
  /** The page the op labelled `label` picked, `ago` picks back (1: the latest). */
  | { readonly kind: "same_as"; readonly label: string; readonly ago: number };

/** A VMA, resolved at call time. */
export type VmaRef =
  /**
   * Resolved at call time to the live VMA covering the named VMA's first page,
   * or for mprotect the range's first page: splits and merges change which
   * object that is. mprotect's prev is the live VMA ending where it starts.
   */
  | {
      readonly kind: "vma";
      readonly process: string;
      readonly instance: "own" | "any";
      readonly vma: string;
    }
  /** A VMA a fork op (labelled `label`) created, `ago` forks back. */
  | { readonly kind: "same_as"; readonly label: string; readonly ago: number };

interface OpBase {
  /** The policy entry function (checked against the compiled policy by entries.ts). */
  readonly call: string;
  readonly label: string | undefined;
  /** Relative frequency when the pool's order is weighted. */
  readonly weight: number;
  /** Sleep after the call (state "sleeping", not D-state); the pool default when not given. */
  readonly think: Dist | undefined;
  /** On-CPU work after the call (user code between calls); the pool default when not given. */
  readonly work: Dist | undefined;
  readonly line: number;
}

/** f(struct folio *): reclaim, DAMON, page_idle. A picked page with no folio skips the call. */
export interface FolioOp extends OpBase {
  readonly kind: "folio";
  readonly folio: PageRef;
}

/** do_page_fault(mm, addr, write): the page's mm and address. */
export interface FaultOp extends OpBase {
  readonly kind: "fault";
  readonly address: PageRef;
  readonly write: boolean;
}

/**
 * move_pages(ctx, dst_start, src_start, len, mode): ctx is the uffd of the
 * src page's process instance; dst_start is the same page index in VMA `dst`.
 */
export interface MoveOp extends OpBase {
  readonly kind: "move";
  readonly src: PageRef;
  readonly dst: string;
  readonly pages: number;
  readonly allowSrcHoles: boolean;
  /** When the thread's sequential src pick wraps, src and dst VMAs swap (semi-space flip). */
  readonly flip: boolean;
}

/** do_mprotect_pkey(prev, vma, start, end, newflags) over page indexes [first, end) of the VMA. */
export interface MprotectOp extends OpBase {
  readonly kind: "mprotect";
  readonly vma: VmaRef;
  readonly first: number;
  readonly end: number;
  /** The VMA's vm_flags with the protection bits replaced. */
  readonly vmFlags: number;
}

/** do_munmap(mm, vma). */
export interface MunmapOp extends OpBase {
  readonly kind: "munmap";
  readonly vma: VmaRef;
}

/** dup_mmap_one(new child mm, parent's mm, parent VMA): one VMA of a fork. */
export interface ForkOp extends OpBase {
  readonly kind: "fork";
  readonly parent: VmaRef;
}

export type Op = FolioOp | FaultOp | MoveOp | MprotectOp | MunmapOp | ForkOp;
export type OpKind = Op["kind"];

export interface ThreadPool {
  readonly name: string;
  /** undefined: kernel threads (no mm of their own). */
  readonly process: string | undefined;
  /** Threads per process instance (kernel threads: in all). */
  readonly count: number;
  readonly nice: number;
  /** Cluster names of the machine, or every CPU. */
  readonly affinity: "any" | readonly string[];
  readonly order: "weighted" | "sequence";
  readonly ops: readonly Op[];
  readonly line: number;
  readonly affinityLine: number;
}

export interface Workload {
  readonly file: string;
  readonly name: string;
  readonly description: string;
  readonly machines: readonly string[];
  readonly machinesLine: number;
  /** Warm-up included. */
  readonly durationNs: number;
  /** Metrics start here. */
  readonly warmupNs: number;
  /** Creation order: every parent before its children. */
  readonly processes: readonly Process[];
  readonly threads: readonly ThreadPool[];
}
