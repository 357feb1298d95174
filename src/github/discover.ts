/*
 * Discovery's I/O: which files a pull request changed (REST API, else git),
 * every policy at head (the checkout), and the base versions the changed
 * policies need (git, else the contents API). The decisions themselves live in
 * changes.ts and policies.ts; this file only fetches and hands over.
 */

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type FileChange, fromDiffEntry, isPolicyPath, parseNameStatus } from "./changes.ts";
import type { GitHubClient } from "./client.ts";
import { diffNameStatus, gitSourceReader, hasCommit, type SourceReader } from "./git.ts";
import { extractIncludes as defaultExtract, type IncludeExtractor } from "./includes.ts";
import { basePathOf, includesOf, type PolicyChange, selectPolicies } from "./policies.ts";
import { describeFailure, httpFailureOf } from "./retry.ts";

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
}

/** The REST API lists at most this many files of a pull request. */
export const MAX_LISTED_FILES = 3000;

/** Where the list of changed files came from, so the report can say so. */
export type ChangeSource =
  | { readonly kind: "api" }
  | { readonly kind: "git"; readonly why: string };

/**
 * `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`, every page. Throws
 * when the list may be truncated, since a missed policy is a silent wrong answer.
 */
export async function listPullRequestFiles(
  client: GitHubClient,
  pr: PullRequestRef,
): Promise<FileChange[]> {
  const entries = await client.paginate(client.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  if (entries.length >= MAX_LISTED_FILES) {
    throw new Error(
      `Pull request #${pr.number} changes ${MAX_LISTED_FILES} or more files, more than the REST API lists.`,
    );
  }
  return entries.flatMap((e) => fromDiffEntry(e) ?? []);
}

export interface ChangedFilesOptions {
  readonly pr: PullRequestRef;
  /** Absent without a token: git is then the only source. */
  readonly client?: GitHubClient;
  /** The checkout, for the git fallback. */
  readonly cwd?: string;
}

/** The PR's changed files from the API, falling back to `git diff base...head`. */
export async function changedFiles(
  opts: ChangedFilesOptions,
): Promise<{ files: FileChange[]; source: ChangeSource }> {
  let why = "no GitHub token";
  if (opts.client !== undefined) {
    try {
      return { files: await listPullRequestFiles(opts.client, opts.pr), source: { kind: "api" } };
    } catch (e) {
      if (opts.cwd === undefined) {
        throw new Error(
          `Cannot list the files of pull request #${opts.pr.number}: ${describeFailure(e)}.`,
          {
            cause: e,
          },
        );
      }
      why = `the REST API failed: ${describeFailure(e)}`;
    }
  }
  if (opts.cwd === undefined) {
    throw new Error(
      "Cannot list the pull request's files: there is neither a token nor a checkout.",
    );
  }
  const raw = await diffNameStatus(opts.cwd, opts.pr.baseSha, opts.pr.headSha);
  return { files: parseNameStatus(raw), source: { kind: "git", why } };
}

// Directories that never hold a repository's policies but can be huge.
const SKIP_DIRS = new Set([".git", "node_modules"]);

/** Every *.policy file under `root`, repository-relative with `/`, path -> text. */
export async function readPolicyTree(root: string): Promise<Map<string, string>> {
  const found: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const relPath = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(join(dir, e.name), relPath);
      } else if (e.isFile() && isPolicyPath(e.name)) {
        // Regular files only: a symlinked "policy" in a fork's PR could point
        // at any file on the runner, and its text would end up in the report.
        found.push(relPath);
      }
    }
  };
  await walk(root, "");
  found.sort();
  const out = new Map<string, string>();
  for (const p of found) out.set(p, await readFile(join(root, p), "utf8"));
  return out;
}

/**
 * Reads files at `ref` through `GET /repos/{owner}/{repo}/contents/{path}`,
 * for when the checkout lacks the base commit. A 404, a directory or a
 * submodule all mean "no such policy file".
 */
export function contentsSourceReader(
  client: GitHubClient,
  owner: string,
  repo: string,
  ref: string,
): SourceReader {
  return async (path) => {
    let data: unknown;
    try {
      ({ data } = await client.rest.repos.getContent({ owner, repo, path, ref }));
    } catch (e) {
      if (httpFailureOf(e)?.status === 404) return undefined;
      throw new Error(`Cannot read ${path} at ${ref} from GitHub: ${describeFailure(e)}.`, {
        cause: e,
      });
    }
    if (Array.isArray(data) || typeof data !== "object" || data === null) return undefined;
    const file = data as { type?: string; encoding?: string; content?: string };
    if (file.type !== "file") return undefined;
    // Files over 1 MB come back with encoding "none" and no content; a policy
    // that large is not a locking skeleton, so refuse rather than fetch a blob.
    if (file.encoding !== "base64" || typeof file.content !== "string") {
      throw new Error(
        `${path} at ${ref} is too large for the contents API (encoding ${file.encoding}).`,
      );
    }
    return Buffer.from(file.content, "base64").toString("utf8");
  };
}

/**
 * Reads `roots` and everything they include, transitively, into a map: the
 * front end's file reader is synchronous, so a program's files are fetched
 * before it is loaded. Missing files are left out (the front end reports them).
 */
export async function loadSources(
  roots: readonly string[],
  read: SourceReader,
  extract: IncludeExtractor = defaultExtract,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const tried = new Set<string>();
  let wave = [...new Set(roots)].sort();
  while (wave.length > 0) {
    for (const p of wave) tried.add(p);
    const texts = await Promise.all(wave.map((p) => read(p)));
    const next = new Set<string>();
    wave.forEach((p, i) => {
      const text = texts[i];
      if (text === undefined) return;
      files.set(p, text);
      for (const inc of includesOf(p, files, extract)) if (!tried.has(inc)) next.add(inc);
    });
    wave = [...next].sort();
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface DiscoverOptions {
  readonly pr: PullRequestRef;
  readonly client?: GitHubClient;
  /** The head checkout. */
  readonly cwd: string;
  /** The front end's include extractor; a line scan by default. */
  readonly extractIncludes?: IncludeExtractor;
  /** The `baseline` input, for new policies. */
  readonly baseline?: string;
}

export interface Discovery {
  readonly source: ChangeSource;
  /** Every file the PR changed, policy or not. */
  readonly files: readonly FileChange[];
  /** The policies to evaluate, sorted by path. */
  readonly policies: readonly PolicyChange[];
  /** Every policy at head, path -> text. */
  readonly head: ReadonlyMap<string, string>;
  /** The base side's files: each change's base path and its includes, at the base commit. */
  readonly base: ReadonlyMap<string, string>;
  readonly baseFrom: "git" | "api";
}

/** Everything the engine needs to run base and head of each affected policy. */
export async function discover(opts: DiscoverOptions): Promise<Discovery> {
  const extract = opts.extractIncludes ?? defaultExtract;
  const { files, source } = await changedFiles(opts);
  const head = await readPolicyTree(opts.cwd);
  const policies = selectPolicies(files, {
    head,
    extractIncludes: extract,
    ...(opts.baseline === undefined ? {} : { baseline: opts.baseline }),
  });
  const roots = policies.flatMap((p) => basePathOf(p) ?? []);
  let baseFrom: "git" | "api";
  let read: SourceReader;
  if (await hasCommit(opts.cwd, opts.pr.baseSha)) {
    baseFrom = "git";
    read = gitSourceReader(opts.cwd, opts.pr.baseSha);
  } else if (opts.client !== undefined) {
    baseFrom = "api";
    read = contentsSourceReader(opts.client, opts.pr.owner, opts.pr.repo, opts.pr.baseSha);
  } else {
    throw new Error(
      `The base commit ${opts.pr.baseSha} is not in the checkout and there is no token to fetch it (use actions/checkout with fetch-depth: 0).`,
    );
  }
  const base =
    roots.length === 0 ? new Map<string, string>() : await loadSources(roots, read, extract);
  return { source, files, policies, head, base, baseFrom };
}
