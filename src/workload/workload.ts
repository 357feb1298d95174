/*
 * Loading workload files (workloads/*.yaml): YAML -> JSON Schema validation
 * (workloads/schema/workload.schema.json, published so editors complete the
 * files) -> cross-references and the checks a schema cannot express -> the
 * Workload a simulation driver runs (types.ts). Pure: takes a path and the
 * text; reading files is the caller's business. Every problem is reported
 * with the line it is on, all of them in one pass.
 *
 * Not checked here: whether each `call` is an entry of the policy and takes
 * the arguments the op supplies (entries.ts, once the policy is compiled),
 * and whether affinity names clusters of the machine (entries.ts too).
 */

import { CONSTANTS } from "../model/constants.ts";
import schema from "../../workloads/schema/workload.schema.json" with { type: "json" };
import { type InputDiagnostic, InputError } from "./errors.ts";
import { FIRST_VMA, MM_ADDRESS_SPACE, PMD_SIZE as PMD_GAP, place } from "./layout.ts";
import type {
  Dist,
  Inherit,
  Op,
  OpKind,
  PagePick,
  PageRef,
  Process,
  ThreadPool,
  Vma,
  VmaFlag,
  VmaRef,
  Workload,
} from "./types.ts";
import { baseName, type Path, parseAndValidate, validatorFor, type YamlFile } from "./yaml.ts";

export const WORKLOAD_SCHEMA: object = schema;
const validate = validatorFor(schema);

/** The accepted forms of each oneOf, for messages (Ajv's own list every branch's complaint). */
const FORMS = {
  pick: "uniform, sequential or {zipf: s}",
  dist: "{fixed_us: t}, {exp: {mean_us: m}} or {uniform_us: [a, b]}",
  affinity: "'any' or a list of cluster names",
};

// --- the YAML shape, as the schema defines it -------------------------------------------

type DistFile =
  | { fixed_us: number }
  | { exp: { mean_us: number } }
  | { uniform_us: [number, number] };
type PickFile = "uniform" | "sequential" | { zipf: number };
interface PageFile {
  vma?: string;
  process?: string;
  pick?: PickFile;
  stripe?: string;
  same_as?: string;
  ago?: number;
}
interface VmaRefFile {
  vma?: string;
  process?: string;
  same_as?: string;
  ago?: number;
}
interface OpFile {
  call: string;
  label?: string;
  weight?: number;
  think?: DistFile;
  work?: DistFile;
  folio?: PageFile;
  address?: PageFile;
  write?: boolean;
  src?: PageFile;
  dst?: { vma: string };
  pages?: number;
  mode?: "allow_src_holes"[];
  flip?: boolean;
  vma?: VmaRefFile;
  range?: [number, number];
  flags?: ("read" | "write" | "exec")[];
  parent_vma?: VmaRefFile;
}
interface ThreadFile {
  name: string;
  process?: string;
  count?: number;
  nice?: number;
  affinity?: "any" | string[];
  order?: "weighted" | "sequence";
  think?: DistFile;
  work?: DistFile;
  loop: OpFile[];
}
interface VmaFile {
  name: string;
  pages: number;
  flags?: VmaFlag[];
  faulted?: number;
}
interface ProcessFile {
  name: string;
  fork_from?: string;
  count?: number;
  inherit?: { vma: string; shared?: number; private?: number; flags?: VmaFlag[] }[];
  vmas?: VmaFile[];
}
interface WorkloadFile {
  name: string;
  description: string;
  machines: string[];
  duration_ms: number;
  warmup_ms?: number;
  processes: ProcessFile[];
  threads: ThreadFile[];
}

// --- vm_flags ----------------------------------------------------------------------------

const bit = (name: string): number => CONSTANTS.find((c) => c.name === name)!.value;
const VM_READ = bit("VM_READ");
const VM_WRITE = bit("VM_WRITE");
const VM_EXEC = bit("VM_EXEC");
const VM_PROT = VM_READ | VM_WRITE | VM_EXEC;
const FLAG_BITS: Record<VmaFlag, number> = {
  read: VM_READ,
  write: VM_WRITE,
  exec: VM_EXEC,
  uffd: bit("VM_UFFD_MISSING"),
  dontfork: bit("VM_DONTCOPY"),
  locked: bit("VM_LOCKED"),
};

/**
 * A private anonymous mmap() always gets VM_MAYWRITE (do_mmap sets
 * VM_MAYREAD|VM_MAYWRITE|VM_MAYEXEC), so mprotect may add write later; and
 * every mapping is readable here (PROT_NONE regions are not modelled).
 */
export function vmFlagsOf(flags: readonly VmaFlag[]): number {
  return flags.reduce((w, f) => w | FLAG_BITS[f], VM_READ | bit("VM_MAYWRITE"));
}

// --- ops: which argument keys make which kind --------------------------------------------

/** Keys that decide an op's kind, and every key each kind accepts. */
const PRIMARY: readonly (readonly [keyof OpFile, OpKind])[] = [
  ["folio", "folio"],
  ["address", "fault"],
  ["src", "move"],
  ["dst", "move"],
  ["range", "mprotect"],
  ["flags", "mprotect"],
  ["parent_vma", "fork"],
];
const ARGS: Record<OpKind, readonly (keyof OpFile)[]> = {
  folio: ["folio"],
  fault: ["address", "write"],
  move: ["src", "dst", "pages", "mode", "flip"],
  mprotect: ["vma", "range", "flags"],
  munmap: ["vma"],
  fork: ["parent_vma"],
};
const COMMON: readonly (keyof OpFile)[] = ["call", "label", "weight", "think", "work"];

export type WorkloadResult =
  | { readonly ok: true; readonly workload: Workload }
  | { readonly ok: false; readonly diagnostics: readonly InputDiagnostic[] };

/** Parse, validate and cross-check one workload file. */
export function parseWorkload(path: string, text: string): WorkloadResult {
  const parsed = parseAndValidate(path, text, validate(), { root: "workload", forms: FORMS });
  if (!parsed.ok) return parsed;
  return new Resolver(parsed.yaml, parsed.data as WorkloadFile).resolve();
}

/** parseWorkload, throwing InputError (exit 2 in the CLI) on any problem. */
export function loadWorkload(path: string, text: string): Workload {
  const r = parseWorkload(path, text);
  if (!r.ok) throw new InputError(r.diagnostics);
  return r.workload;
}

/** Where a page or VMA reference ultimately points: a named VMA of a process. */
interface Origin {
  readonly process: string;
  readonly vma: Vma;
}

class Resolver {
  private readonly diags: InputDiagnostic[] = [];
  private readonly procs = new Map<string, Process>();
  /**
   * Processes whose definition had an error (unknown parent, bad inherit):
   * references into them are not checked, since their VMAs are not known
   * for sure and each reference would repeat the one mistake.
   */
  private readonly broken = new Set<string>();

  constructor(
    private readonly yaml: YamlFile,
    private readonly f: WorkloadFile,
  ) {}

  private err(path: Path, message: string): void {
    this.diags.push(this.yaml.diag(path, message));
  }

  resolve(): WorkloadResult {
    const f = this.f;
    const base = baseName(this.yaml.file);
    if (base.endsWith(".yaml") && base !== `${f.name}.yaml`)
      this.err(["name"], `name '${f.name}' does not match the file name '${base}'`);
    const warmup = f.warmup_ms ?? 0;
    if (warmup >= f.duration_ms)
      this.err(
        ["warmup_ms"],
        `warm-up (${warmup} ms) must be shorter than the duration (${f.duration_ms} ms)`,
      );
    f.machines.forEach((m, i) => {
      if (f.machines.indexOf(m) !== i) this.err(["machines", i], `machine '${m}' is listed twice`);
    });
    f.processes.forEach((p, i) => this.process(p, i));
    const threads = this.threads();
    if (this.diags.length > 0)
      return { ok: false, diagnostics: [...this.diags].sort((a, b) => a.line - b.line) };
    return {
      ok: true,
      workload: {
        file: this.yaml.file,
        name: f.name,
        description: f.description,
        machines: f.machines,
        machinesLine: this.yaml.at(["machines"]),
        durationNs: f.duration_ms * 1e6,
        warmupNs: warmup * 1e6,
        processes: [...this.procs.values()],
        threads,
      },
    };
  }

  // --- processes -------------------------------------------------------------------------

  private process(p: ProcessFile, i: number): void {
    const at: Path = ["processes", i];
    if (this.procs.has(p.name)) {
      this.err([...at, "name"], `duplicate process '${p.name}'`);
      return;
    }
    let inherited: Vma[] = [];
    // Own VMAs go above everything the parent had, so inherited ones keep their addresses.
    let brk = FIRST_VMA;
    if (p.fork_from !== undefined) {
      const parent = this.procs.get(p.fork_from);
      if (parent) {
        inherited = parent.vmas.filter((v) => !v.flags.includes("dontfork"));
        brk = parent.brk;
      } else {
        this.err([...at, "fork_from"], this.unknownParent(p, i));
        this.broken.add(p.name);
      }
    } else if (p.inherit !== undefined) {
      this.err(
        [...at, "inherit"],
        `process '${p.name}' is a root: it inherits nothing (add fork_from)`,
      );
    }

    const names = new Set(inherited.map((v) => v.name));
    const own: Vma[] = [];
    (p.vmas ?? []).forEach((v, j) => {
      if (names.has(v.name)) {
        const how = inherited.some((x) => x.name === v.name) ? " (inherited from its parent)" : "";
        this.err(
          [...at, "vmas", j, "name"],
          `process '${p.name}' already has a VMA '${v.name}'${how}`,
        );
        return;
      }
      names.add(v.name);
      const flags = v.flags ?? [];
      const { start, next } = place(brk, v.pages);
      brk = next;
      own.push({
        name: v.name,
        pages: v.pages,
        start,
        flags,
        vmFlags: vmFlagsOf(flags),
        faulted: v.faulted ?? 0,
        owner: p.name,
      });
    });

    const inherit: Inherit[] = [];
    (p.inherit ?? []).forEach((h, j) => {
      const hat: Path = [...at, "inherit", j];
      const parent = p.fork_from !== undefined ? this.procs.get(p.fork_from) : undefined;
      if (!parent) return;
      if (!inherited.some((v) => v.name === h.vma)) {
        const dontfork = parent.vmas.some((v) => v.name === h.vma);
        this.err(
          [...hat, "vma"],
          dontfork
            ? `VMA '${h.vma}' of '${parent.name}' is dontfork: a child does not inherit it`
            : `'${parent.name}' has no VMA '${h.vma}' to inherit (${list(inherited.map((v) => v.name))})`,
        );
        this.broken.add(p.name);
        return;
      }
      if (inherit.some((x) => x.vma === h.vma)) {
        this.err([...hat, "vma"], `VMA '${h.vma}' is listed twice`);
        return;
      }
      const shared = h.shared ?? 0;
      const priv = h.private ?? 0;
      if (shared + priv > 1 + 1e-9)
        this.err(hat, `shared (${shared}) + private (${priv}) is more than all of VMA '${h.vma}'`);
      inherit.push({ vma: h.vma, shared, private: priv, flags: h.flags });
      if (h.flags) {
        const flags = h.flags;
        inherited = inherited.map((v) =>
          v.name === h.vma ? { ...v, flags, vmFlags: vmFlagsOf(flags) } : v,
        );
      }
    });

    const vmas = [...inherited, ...own];
    if (brk - PMD_GAP > MM_ADDRESS_SPACE)
      this.err(
        [...at, "vmas"],
        `process '${p.name}' needs ${Math.ceil((brk - PMD_GAP) / 2 ** 20)} MiB of address space with its VMAs PMD-aligned; the model's mm has ${MM_ADDRESS_SPACE / 2 ** 20} MiB`,
      );
    this.procs.set(p.name, {
      name: p.name,
      parent: p.fork_from,
      count: p.count ?? 1,
      inherit,
      vmas,
      brk,
      uffd: vmas.some((v) => v.flags.includes("uffd")),
      line: this.yaml.at([...at, "name"]),
    });
  }

  private unknownParent(p: ProcessFile, i: number): string {
    const later = this.f.processes.findIndex((q, j) => j > i && q.name === p.fork_from);
    if (p.fork_from === p.name) return `process '${p.name}' cannot fork from itself`;
    if (later >= 0)
      return `fork_from '${p.fork_from}' must name a process declared above '${p.name}' (parents are created first)`;
    return `unknown process '${p.fork_from}' (processes: ${list([...this.procs.keys()])})`;
  }

  // --- threads ---------------------------------------------------------------------------

  private threads(): ThreadPool[] {
    const pools: ThreadPool[] = [];
    const seen = new Set<string>();
    this.f.threads.forEach((t, i) => {
      const at: Path = ["threads", i];
      if (seen.has(t.name)) this.err([...at, "name"], `duplicate thread pool '${t.name}'`);
      seen.add(t.name);
      if (t.process !== undefined && !this.procs.has(t.process)) {
        this.err(
          [...at, "process"],
          `unknown process '${t.process}' (processes: ${list([...this.procs.keys()])})`,
        );
        return;
      }
      pools.push(new PoolResolver(this, t, at).resolve());
    });
    this.checkStripes(pools);
    return pools;
  }

  /** Threads striping one sequence of pages must agree on which pages. */
  private checkStripes(pools: readonly ThreadPool[]): void {
    const owner = new Map<string, string>();
    pools.forEach((pool, i) =>
      pool.ops.forEach((op, j) => {
        const ref =
          op.kind === "folio"
            ? op.folio
            : op.kind === "fault"
              ? op.address
              : op.kind === "move"
                ? op.src
                : undefined;
        if (ref?.kind !== "pick" || ref.pick.kind !== "sequential") return;
        const what = `VMA '${ref.vma}' of ${ref.instance === "own" ? "each" : "any"} '${ref.process}'`;
        const prev = owner.get(ref.stripe);
        if (prev === undefined) owner.set(ref.stripe, what);
        else if (prev !== what)
          this.err(
            ["threads", i, "loop", j],
            `stripe '${ref.stripe}' already divides ${prev}; this op walks ${what}`,
          );
      }),
    );
  }

  // Shared with PoolResolver.
  report(path: Path, message: string): void {
    this.err(path, message);
  }
  processNamed(name: string): Process | undefined {
    return this.procs.get(name);
  }
  isBroken(name: string): boolean {
    return this.broken.has(name);
  }
  processNames(): string[] {
    return [...this.procs.keys()];
  }
  line(path: Path): number {
    return this.yaml.at(path);
  }
}

/** One thread pool: its ops, labels and references. */
class PoolResolver {
  /** label -> op index and the raw op (to follow same_as chains). */
  private readonly labels = new Map<string, { readonly index: number; readonly op: OpFile }>();

  constructor(
    private readonly r: Resolver,
    private readonly t: ThreadFile,
    private readonly at: Path,
  ) {}

  resolve(): ThreadPool {
    const t = this.t;
    const order = t.order ?? "weighted";
    t.loop.forEach((op, j) => {
      if (op.label === undefined) return;
      if (this.labels.has(op.label))
        this.r.report(
          [...this.at, "loop", j, "label"],
          `duplicate label '${op.label}' in pool '${t.name}'`,
        );
      else this.labels.set(op.label, { index: j, op });
    });
    const think = t.think && this.dist(t.think, [...this.at, "think"]);
    const work = t.work && this.dist(t.work, [...this.at, "work"]);
    const ops: Op[] = [];
    t.loop.forEach((o, j) => {
      const op = this.op(o, [...this.at, "loop", j], think, work, order);
      if (op) ops.push(op);
    });
    return {
      name: t.name,
      process: t.process,
      count: t.count ?? 1,
      nice: t.nice ?? 0,
      affinity: t.affinity ?? "any",
      order,
      ops,
      line: this.r.line([...this.at, "name"]),
      affinityLine: this.r.line(
        t.affinity === undefined ? [...this.at, "name"] : [...this.at, "affinity"],
      ),
    };
  }

  private op(
    o: OpFile,
    at: Path,
    think: Dist | undefined,
    work: Dist | undefined,
    order: "weighted" | "sequence",
  ): Op | undefined {
    const present = PRIMARY.filter(([k]) => o[k] !== undefined);
    const kinds = [...new Set(present.map(([, k]) => k))];
    if (kinds.length === 0 && o.vma !== undefined) kinds.push("munmap");
    if (kinds.length === 0) {
      this.r.report(
        at,
        `op '${o.call}' has no arguments: give folio, address, src and dst, vma (with range and flags for mprotect), or parent_vma`,
      );
      return undefined;
    }
    if (kinds.length > 1) {
      const keys = kinds.map((k) => present.find(([, x]) => x === k)![0]);
      this.r.report(
        at,
        `op '${o.call}' mixes the arguments of a ${kinds[0]} op ('${keys[0]}') and a ${kinds[1]} op ('${keys[1]}')`,
      );
      return undefined;
    }
    const kind = kinds[0]!;
    let bad = false;
    for (const k of Object.keys(o) as (keyof OpFile)[]) {
      if (COMMON.includes(k) || ARGS[kind].includes(k)) continue;
      this.r.report(
        [...at, k],
        `'${k}' is not an argument of a ${kind} op (${ARGS[kind].join(", ")})`,
      );
      bad = true;
    }
    if (o.weight !== undefined && order === "sequence") {
      this.r.report(
        [...at, "weight"],
        "weight has no effect with order: sequence (ops run in turn)",
      );
      bad = true;
    }
    const base = {
      call: o.call,
      label: o.label,
      weight: o.weight ?? 1,
      think: o.think ? this.dist(o.think, [...at, "think"]) : think,
      work: o.work ? this.dist(o.work, [...at, "work"]) : work,
      line: this.r.line(at),
    };
    switch (kind) {
      case "folio": {
        const folio = this.page(o.folio!, [...at, "folio"]);
        return folio && !bad ? { ...base, kind, folio } : undefined;
      }
      case "fault": {
        const address = this.page(o.address!, [...at, "address"]);
        return address && !bad ? { ...base, kind, address, write: o.write ?? false } : undefined;
      }
      case "move":
        return this.move(o, at, base, bad);
      case "mprotect":
        return this.mprotect(o, at, base, bad);
      case "munmap": {
        const vma = this.vmaRef(o.vma!, [...at, "vma"]);
        return vma && !bad ? { ...base, kind, vma } : undefined;
      }
      case "fork": {
        const parent = this.vmaRef(o.parent_vma!, [...at, "parent_vma"]);
        return parent && !bad ? { ...base, kind, parent } : undefined;
      }
    }
  }

  private move(o: OpFile, at: Path, base: OpBaseFields, bad: boolean): Op | undefined {
    if (o.src === undefined || o.dst === undefined) {
      this.r.report(
        at,
        `a move op needs both src and dst (missing '${o.src === undefined ? "src" : "dst"}')`,
      );
      return undefined;
    }
    const src = this.page(o.src, [...at, "src"]);
    const origin = src && this.pageOrigin(o.src, new Set());
    if (!src || !origin) return undefined;
    const proc = this.r.processNamed(origin.process)!;
    const dst = proc.vmas.find((v) => v.name === o.dst!.vma);
    const pages = o.pages ?? 1;
    const problems: [Path, string][] = [];
    if (!dst) {
      problems.push([
        [...at, "dst", "vma"],
        `process '${proc.name}' has no VMA '${o.dst.vma}' (UFFDIO_MOVE stays within the src's mm; VMAs: ${list(proc.vmas.map((v) => v.name))})`,
      ]);
    } else {
      const s = origin.vma;
      if (dst.name === s.name)
        problems.push([[...at, "dst", "vma"], `src and dst are the same VMA '${s.name}'`]);
      if (!dst.flags.includes("uffd"))
        problems.push([
          [...at, "dst", "vma"],
          `UFFDIO_MOVE needs dst VMA '${dst.name}' registered with userfaultfd (flags: [uffd])`,
        ]);
      for (const v of [s, dst])
        if (!v.flags.includes("write"))
          problems.push([
            [...at, v === s ? "src" : "dst", "vma"],
            `UFFDIO_MOVE needs VMA '${v.name}' writable (flags: [write])`,
          ]);
      if (pages > s.pages)
        problems.push([
          [...at, "pages"],
          `${pages} pages is more than src VMA '${s.name}' has (${s.pages})`,
        ]);
      if (dst.pages < s.pages)
        problems.push([
          [...at, "dst", "vma"],
          `dst VMA '${dst.name}' (${dst.pages} pages) is smaller than src '${s.name}' (${s.pages}): pages land at the src page's index`,
        ]);
      if (o.flip) {
        if (src.kind !== "pick" || src.pick.kind !== "sequential")
          problems.push([
            [...at, "flip"],
            "flip swaps src and dst when a sequential src pick wraps: give src pick: sequential",
          ]);
        if (!s.flags.includes("uffd"))
          problems.push([
            [...at, "flip"],
            `with flip, src VMA '${s.name}' becomes a dst: register it with userfaultfd (flags: [uffd])`,
          ]);
        if (dst.pages > s.pages)
          problems.push([
            [...at, "flip"],
            `with flip, src and dst VMAs need the same size (${s.pages} and ${dst.pages} pages)`,
          ]);
      }
    }
    for (const [p, m] of problems) this.r.report(p, m);
    if (problems.length > 0 || bad) return undefined;
    return {
      ...base,
      kind: "move",
      src,
      dst: o.dst.vma,
      pages,
      allowSrcHoles: (o.mode ?? []).includes("allow_src_holes"),
      flip: o.flip ?? false,
    };
  }

  private mprotect(o: OpFile, at: Path, base: OpBaseFields, bad: boolean): Op | undefined {
    if (o.vma === undefined || o.range === undefined || o.flags === undefined) {
      const missing = (["vma", "range", "flags"] as const).filter((k) => o[k] === undefined);
      this.r.report(
        at,
        `an mprotect op needs vma, range and flags (missing ${missing.map((k) => `'${k}'`).join(", ")})`,
      );
      return undefined;
    }
    const vma = this.vmaRef(o.vma, [...at, "vma"]);
    const origin = vma && this.vmaOrigin(o.vma, new Set());
    if (!vma || !origin) return undefined;
    const [first, end] = o.range;
    if (!(first < end && end <= origin.vma.pages)) {
      this.r.report(
        [...at, "range"],
        `range [${first}, ${end}) must be non-empty and within VMA '${origin.vma.name}' (${origin.vma.pages} pages)`,
      );
      return undefined;
    }
    if (bad) return undefined;
    const prot = o.flags.reduce((w, f) => w | FLAG_BITS[f], 0);
    return {
      ...base,
      kind: "mprotect",
      vma,
      first,
      end,
      vmFlags: (origin.vma.vmFlags & ~VM_PROT) | prot,
    };
  }

  // --- references --------------------------------------------------------------------------

  private page(p: PageFile, at: Path): PageRef | undefined {
    if (p.same_as !== undefined) {
      const stray = (["vma", "process", "pick", "stripe"] as const).filter(
        (k) => p[k] !== undefined,
      );
      if (stray.length > 0) {
        this.r.report(
          [...at, stray[0]!],
          `same_as names an earlier pick: '${stray[0]}' does not go with it`,
        );
        return undefined;
      }
      const target = this.label(p.same_as, [...at, "same_as"], "page");
      return target ? { kind: "same_as", label: p.same_as, ago: p.ago ?? 1 } : undefined;
    }
    if (p.ago !== undefined) {
      this.r.report([...at, "ago"], "ago counts back through same_as picks: give same_as");
      return undefined;
    }
    const where = this.where(p, at);
    if (!where) return undefined;
    const pick = toPick(p.pick ?? "uniform");
    if (p.stripe !== undefined && pick.kind !== "sequential") {
      this.r.report(
        [...at, "stripe"],
        `stripe divides sequential picks among threads; this pick is ${pick.kind}`,
      );
      return undefined;
    }
    // By default a pool's threads divide each VMA they walk among themselves.
    const stripe = p.stripe ?? `${this.t.name}/${where.process}/${where.vma}`;
    return { kind: "pick", ...where, pick, stripe };
  }

  private vmaRef(v: VmaRefFile, at: Path): VmaRef | undefined {
    if (v.same_as !== undefined) {
      const stray = (["vma", "process"] as const).filter((k) => v[k] !== undefined);
      if (stray.length > 0) {
        this.r.report(
          [...at, stray[0]!],
          `same_as names a VMA a fork op made: '${stray[0]}' does not go with it`,
        );
        return undefined;
      }
      const target = this.label(v.same_as, [...at, "same_as"], "vma");
      return target ? { kind: "same_as", label: v.same_as, ago: v.ago ?? 1 } : undefined;
    }
    if (v.ago !== undefined) {
      this.r.report([...at, "ago"], "ago counts back through same_as picks: give same_as");
      return undefined;
    }
    const where = this.where(v, at);
    return where && { kind: "vma", ...where };
  }

  /** The process (own instance or any) and VMA a pick names. */
  private where(
    p: { vma?: string; process?: string },
    at: Path,
  ): { process: string; instance: "own" | "any"; vma: string } | undefined {
    if (p.vma === undefined) {
      this.r.report(at, "missing 'vma' (or same_as)");
      return undefined;
    }
    const name = p.process ?? this.t.process;
    if (name === undefined) {
      this.r.report(
        at,
        `pool '${this.t.name}' is kernel threads with no process of their own: name one (process: ...)`,
      );
      return undefined;
    }
    const proc = this.r.processNamed(name);
    if (this.r.isBroken(name)) return undefined;
    if (!proc) {
      this.r.report(
        [...at, "process"],
        `unknown process '${name}' (processes: ${list(this.r.processNames())})`,
      );
      return undefined;
    }
    if (!proc.vmas.some((v) => v.name === p.vma)) {
      this.r.report(
        [...at, "vma"],
        `process '${name}' has no VMA '${p.vma}' (VMAs: ${list(proc.vmas.map((v) => v.name))})`,
      );
      return undefined;
    }
    return { process: name, instance: p.process === undefined ? "own" : "any", vma: p.vma };
  }

  private label(name: string, at: Path, want: "page" | "vma"): OpFile | undefined {
    const l = this.labels.get(name);
    if (!l) {
      this.r.report(at, `no op labelled '${name}' in pool '${this.t.name}'`);
      return undefined;
    }
    const makesPages = ["folio", "address", "src"].some(
      (k) => l.op[k as keyof OpFile] !== undefined,
    );
    const makesVmas = l.op.parent_vma !== undefined;
    // An op with no arguments at all is reported once, at the op.
    if (!PRIMARY.some(([k]) => l.op[k] !== undefined) && l.op.vma === undefined) return undefined;
    if (want === "page" && !makesPages) {
      this.r.report(
        at,
        `op '${name}' picks no page (only folio, address and src picks can be reused)`,
      );
      return undefined;
    }
    if (want === "vma" && !makesVmas) {
      this.r.report(at, `op '${name}' makes no VMA (only fork ops, with parent_vma, do)`);
      return undefined;
    }
    return l.op;
  }

  /** Follow same_as to the named VMA a page ultimately comes from (undefined on a cycle). */
  private pageOrigin(p: PageFile, seen: Set<string>): Origin | undefined {
    if (p.same_as === undefined) return this.origin(p);
    if (seen.has(p.same_as)) return undefined;
    seen.add(p.same_as);
    const op = this.labels.get(p.same_as)?.op;
    const next = op?.folio ?? op?.address ?? op?.src;
    return next && this.pageOrigin(next, seen);
  }

  private vmaOrigin(v: VmaRefFile, seen: Set<string>): Origin | undefined {
    if (v.same_as === undefined) return this.origin(v);
    if (seen.has(v.same_as)) return undefined;
    seen.add(v.same_as);
    const next = this.labels.get(v.same_as)?.op.parent_vma;
    return next && this.vmaOrigin(next, seen);
  }

  private origin(p: { vma?: string; process?: string }): Origin | undefined {
    const proc = this.r.processNamed(p.process ?? this.t.process ?? "");
    const vma = proc?.vmas.find((v) => v.name === p.vma);
    return proc && vma && { process: proc.name, vma };
  }

  private dist(d: DistFile, at: Path): Dist | undefined {
    if ("fixed_us" in d) return { kind: "fixed", ns: d.fixed_us * 1e3 };
    if ("exp" in d) return { kind: "exp", meanNs: d.exp.mean_us * 1e3 };
    const [lo, hi] = d.uniform_us;
    if (lo > hi) {
      this.r.report(
        [...at, "uniform_us"],
        `uniform_us [${lo}, ${hi}]: the low end is above the high end`,
      );
      return undefined;
    }
    return { kind: "uniform", loNs: lo * 1e3, hiNs: hi * 1e3 };
  }
}

type OpBaseFields = Pick<Op, "call" | "label" | "weight" | "think" | "work" | "line">;

function toPick(p: PickFile): PagePick {
  return typeof p === "string" ? { kind: p } : { kind: "zipf", s: p.zipf };
}

function list(names: readonly string[]): string {
  return names.length > 0 ? names.join(", ") : "none";
}
