/*
 * The only place lockbench runs git. Discovery falls back to it when the REST
 * API can't be used (no token, an API failure, `lockbench ci` on a laptop),
 * and base versions come from it when the checkout has the base commit.
 * Arguments go to git as an argv array, never through a shell, because paths
 * and refs come from the pull request.
 */

import { spawn } from "node:child_process";

/** Reads one file at a fixed commit; undefined when the file isn't there. */
export type SourceReader = (path: string) => Promise<string | undefined>;

/** Runs git and resolves with its stdout, or rejects with a one-sentence Error. */
export function runGit(cwd: string, args: readonly string[], stdin?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // LC_ALL=C keeps messages stable; GIT_OPTIONAL_LOCKS=0 stops git from
    // touching the index of a checkout another step may be reading.
    const child = spawn("git", args, {
      cwd,
      env: { ...process.env, LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e) => reject(new Error(`Could not run git: ${e.message}.`)));
    child.on("close", (code) => {
      if (code === 0) return resolve(Buffer.concat(out));
      const first = Buffer.concat(err).toString("utf8").trim().split("\n")[0] ?? "";
      reject(new Error(`git ${args[0]} failed (exit ${code}): ${first}`));
    });
    // git may exit before reading its input (a bad revision); the exit code
    // then tells what went wrong, so a broken pipe is not itself an error.
    child.stdin.on("error", () => {});
    child.stdin.end(stdin);
  });
}

/**
 * `git diff --name-status -z -M <base>...<head>`: the three-dot form diffs
 * from the merge base, so commits that landed on the base branch after the PR
 * forked are not blamed on it. Needs history (actions/checkout fetch-depth: 0).
 */
export async function diffNameStatus(cwd: string, base: string, head = "HEAD"): Promise<string> {
  try {
    const out = await runGit(cwd, [
      "diff",
      "--name-status",
      "-z",
      "-M",
      "--no-ext-diff",
      "--no-textconv",
      `${base}...${head}`,
      "--",
    ]);
    return out.toString("utf8");
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(
      `Cannot diff ${base}...${head} (is the history fetched? use actions/checkout with fetch-depth: 0): ${why}`,
    );
  }
}

/** Whether the checkout has `rev` as a commit (a shallow clone may not). */
export async function hasCommit(cwd: string, rev: string): Promise<boolean> {
  try {
    await runGit(cwd, ["cat-file", "-e", `${rev}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads files at `rev` with `git cat-file --batch`, which answers "missing"
 * for an absent path instead of failing, so absence and errors stay apart.
 */
export function gitSourceReader(cwd: string, rev: string): SourceReader {
  return async (path) => {
    if (/[\n\r]/.test(path))
      throw new Error(`Cannot read a path with a line break from git: ${JSON.stringify(path)}.`);
    const out = await runGit(cwd, ["cat-file", "--batch"], `${rev}:${path}\n`);
    const nl = out.indexOf(10);
    const header = out.subarray(0, nl < 0 ? out.length : nl).toString("utf8");
    // "<object> missing" or "<name> ambiguous": no such file at that commit.
    if (/ (missing|ambiguous)$/.test(header)) return undefined;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) throw new Error(`git cat-file gave an unexpected header for ${rev}:${path}: ${header}`);
    if (m[1] !== "blob") return undefined;
    return out.subarray(nl + 1, nl + 1 + Number(m[2])).toString("utf8");
  };
}
