/*
 * Worker processes for `run`: the same command in child processes of this
 * CLI, each on one shard of the work, each writing its versioned JSON to a
 * temporary file that the parent reads back. The work items (matrix cells)
 * are independent and deterministic, so the parent's merge is the serial
 * result byte for byte.
 * Processes, not worker threads: a child is exactly `lockbench <command>
 * --shard I/N`, which a user can run (and a CI matrix job does run) alone.
 */

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { assertSchemaVersion } from "../report/schema.ts";

export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * Worker k's part of shard `outer` split `jobs` ways. Shards deal their
 * items round-robin (item j is in shard j mod count), so the items of outer
 * shard I are I, I+N, I+2N, ...; dealing those round-robin again gives
 * worker k the items congruent to I + N*k modulo N*jobs.
 */
export function subShard(outer: Shard | undefined, jobs: number, k: number): Shard {
  const o = outer ?? { index: 0, count: 1 };
  return { index: o.index + o.count * k, count: o.count * jobs };
}

/**
 * Run `lockbench <args> --jobs 1 --shard S --json F` in `jobs` children at
 * once, worker k on subShard(outer, jobs, k), and return their JSON
 * documents in worker order. Their progress lines (`[i/n] cell`, which
 * the progress bar reads) go to err prefixed `worker k:`; the rest (the
 * policies' warnings, which the parent has printed once) only into the
 * error of a worker that failed. Exit 1 with the JSON written is a
 * verdict, not a failure.
 */
export async function inWorkers(
  args: readonly string[],
  jobs: number,
  outer: Shard | undefined,
  io: { readonly err: (text: string) => void; readonly cwd: string },
): Promise<unknown[]> {
  const dir = mkdtempSync(join(tmpdir(), "lockbench-"));
  // From source (tests, tsx) the child needs the TypeScript loader; the bundle runs as is.
  const self = fileURLToPath(import.meta.url);
  const entry = self.endsWith(".ts")
    ? ["--import", "tsx", join(dirname(self), "..", "cli.ts")]
    : [self];
  try {
    const workers = Array.from({ length: jobs }, (_, k) => {
      const file = join(dir, `shard-${k}.json`);
      const s = subShard(outer, jobs, k);
      const argv = [...entry, ...args, "--jobs", "1", "--shard", `${s.index}/${s.count}`];
      return new Promise<unknown>((resolve, reject) => {
        const child = spawn(process.execPath, [...argv, "--json", file], {
          cwd: io.cwd,
          stdio: ["ignore", "ignore", "pipe"],
        });
        let err = "";
        let partial = "";
        child.stderr.setEncoding("utf8");
        child.stderr.on("data", (d: string) => {
          err += d;
          // Whole lines only: a chunk may end mid-line.
          const lines = (partial + d).split("\n");
          partial = lines.pop()!;
          for (const line of lines) if (line.startsWith("[")) io.err(`worker ${k}: ${line}`);
        });
        child.on("error", reject);
        child.on("close", (code) => {
          if (code !== 0 && !(code === 1 && existsSync(file)))
            return reject(new Error(`worker ${k} failed (exit ${code}): ${err.trim()}`));
          try {
            const doc: unknown = JSON.parse(readFileSync(file, "utf8"));
            assertSchemaVersion(doc, file);
            resolve(doc);
          } catch (e) {
            reject(e);
          }
        });
      });
    });
    return await Promise.all(workers);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
