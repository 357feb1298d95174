/*
 * `npm start`'s default run, measured from outside: the wall time of the
 * whole command (compile, the matrix on its worker processes, tables, JSON
 * and markdown) and its peak memory, the largest sum of resident set sizes
 * of the command and all its worker processes at any sample (an upper
 * bound: pages the processes share, Node's own code, count once each).
 * Issue 3's targets on this 2-core machine: under 2 minutes and under
 * 1 GiB. The machine may be shared: wall time grows with whatever else runs.
 *
 * Runs the same command line as package.json's `start`, with the results
 * written to a temporary directory so the working tree's results.json and
 * report.md stay as they were. Linux only: memory is read from /proc.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface StartBench {
  readonly runs: number;
  readonly medianWallMs: number;
  readonly wallMs: readonly number[];
  /** Median over runs of each run's peak summed RSS, bytes. */
  readonly medianPeakBytes: number;
  readonly peakBytes: readonly number[];
  /** Most processes seen at once (the command and its workers). */
  readonly maxProcesses: number;
  /** Median CPU time (user + system) of the command and its workers, ms: what the load does not inflate as much. */
  readonly medianCpuMs: number;
  /** Runs that exited 1 (a failed verdict: the safety monitors found something). */
  readonly verdictFailures: number;
}

/** How often the process tree's memory is sampled: short next to a cell (~1 s). */
const SAMPLE_MS = 50;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** pid -> parent pid, for every process visible in /proc. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces, so split after its ')'.
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      out.set(Number(d), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return out;
}

/** Resident set of one process, bytes (0 if it is gone). */
function rss(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * CPU time of this process's waited-for descendants (cutime + cstime of
 * /proc/self/stat, in USER_HZ = 100 ticks a second), ms. It includes a
 * child's own waited-for children, so the workers count.
 */
function childrenCpuMs(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 16 and 17 of proc(5) are cutime and cstime; f[0] is field 3.
  return (Number(f[13]) + Number(f[14])) * 10;
}

/** The summed RSS of root and all its descendants, and how many there are. */
function treeRss(root: number): { bytes: number; processes: number } {
  const pp = parents();
  const tree = new Set([root]);
  // Descendants in any order: repeat until no process joins.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of pp)
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let bytes = 0;
  for (const pid of tree) bytes += rss(pid);
  return { bytes, processes: tree.size };
}

interface Once {
  readonly wallMs: number;
  readonly peakBytes: number;
  readonly processes: number;
  readonly cpuMs: number;
  readonly exit: number;
}

function once(): Promise<Once> {
  const dir = mkdtempSync(join(tmpdir(), "lockbench-bench-"));
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } };
  // package.json's start, with its output files moved to the temporary directory.
  const args = pkg.scripts.start
    .split(" ")
    .slice(1)
    .map((a) => (a.endsWith(".json") || a.endsWith(".md") ? join(dir, a) : a));
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const cpu0 = childrenCpuMs();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "ignore"] });
    let peak = 0;
    let processes = 0;
    const timer = setInterval(() => {
      const s = treeRss(child.pid!);
      peak = Math.max(peak, s.bytes);
      processes = Math.max(processes, s.processes);
    }, SAMPLE_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - t0;
      clearInterval(timer);
      rmSync(dir, { recursive: true, force: true });
      // 1 is a verdict (the monitors' findings), still a complete run; 2 or a signal is not.
      if (code !== 0 && code !== 1) reject(new Error(`npm start's command exited ${code}`));
      else
        resolve({ wallMs, peakBytes: peak, processes, cpuMs: childrenCpuMs() - cpu0, exit: code });
    });
  });
}

/** `runs` runs one after the other (they would compete for the two cores otherwise). */
export async function benchStart(runs: number): Promise<StartBench> {
  const wallMs: number[] = [];
  const peakBytes: number[] = [];
  const cpuMs: number[] = [];
  let maxProcesses = 0;
  let verdictFailures = 0;
  for (let i = 0; i < runs; i++) {
    const r = await once();
    wallMs.push(r.wallMs);
    peakBytes.push(r.peakBytes);
    cpuMs.push(r.cpuMs);
    if (r.exit === 1) verdictFailures++;
    maxProcesses = Math.max(maxProcesses, r.processes);
  }
  return {
    runs,
    medianWallMs: median(wallMs),
    wallMs,
    medianPeakBytes: median(peakBytes),
    peakBytes,
    maxProcesses,
    medianCpuMs: median(cpuMs),
    verdictFailures,
  };
}
