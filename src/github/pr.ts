/*
 * The event that started the run, read once into one typed context, and the
 * check that makes the workflow_run report step safe: the PR number it gets
 * from the run's artifact is untrusted (a fork wrote it), and
 * `workflow_run.pull_requests` is empty for fork PRs (actions/runner#3444),
 * so the number is only used after the API confirms that PR's head is the
 * commit the run tested.
 */

import { readFile } from "node:fs/promises";
import type { GitHubClient } from "./client.ts";
import { describeFailure, httpFailureOf } from "./retry.ts";

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

export interface PullRequestInfo {
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
  readonly baseRef: string;
  readonly headRef: string;
  /** owner/name of the head repository; undefined if it was deleted. */
  readonly headRepo: string | undefined;
  /** The head lives in another repository: the token is read-only there. */
  readonly fromFork: boolean;
  readonly labels: readonly string[];
}

export type EventContext =
  | {
      readonly kind: "pull_request";
      readonly repo: RepoRef;
      readonly action: string;
      readonly pr: PullRequestInfo;
    }
  | {
      readonly kind: "workflow_dispatch";
      readonly repo: RepoRef;
      /** The ref the run was dispatched on, e.g. refs/heads/main. */
      readonly ref: string;
      readonly sha: string;
      /** Dispatch inputs as strings (booleans and numbers arrive typed in the payload). */
      readonly inputs: Readonly<Record<string, string>>;
    }
  | {
      readonly kind: "workflow_run";
      readonly repo: RepoRef;
      readonly action: string;
      readonly run: {
        readonly id: number;
        readonly name: string;
        /** The event that started the run being reported on. */
        readonly event: string;
        readonly headSha: string;
        readonly headBranch: string | undefined;
        readonly headRepo: string | undefined;
        readonly conclusion: string | undefined;
        /** PR numbers GitHub attached; empty for fork PRs, so not to be relied on. */
        readonly pullRequests: readonly number[];
      };
    };

// Small readers that name the missing field, so a malformed payload fails
// with a sentence instead of "cannot read properties of undefined".
type Obj = Record<string, unknown>;

function obj(v: unknown, where: string): Obj {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new Error(`The event payload has no object at ${where}.`);
  }
  return v as Obj;
}
function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== "string") throw new Error(`The event payload has no string at ${where}.${key}.`);
  return v;
}
function optStr(o: Obj, key: string): string | undefined {
  const v = o[key];
  return typeof v === "string" ? v : undefined;
}
function int(o: Obj, key: string, where: string): number {
  const v = o[key];
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new Error(`The event payload has no integer at ${where}.${key}.`);
  }
  return v;
}

function repoOf(payload: Obj): RepoRef {
  const repository = obj(payload.repository, "repository");
  const owner = obj(repository.owner, "repository.owner");
  return {
    owner: str(owner, "login", "repository.owner"),
    repo: str(repository, "name", "repository"),
  };
}

function fullName(v: unknown): string | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const name = (v as Obj).full_name;
  return typeof name === "string" ? name : undefined;
}

function pullRequestOf(payload: Obj): PullRequestInfo {
  const pr = obj(payload.pull_request, "pull_request");
  const head = obj(pr.head, "pull_request.head");
  const base = obj(pr.base, "pull_request.base");
  const headRepo = fullName(head.repo);
  const baseRepo = fullName(base.repo);
  const labels = Array.isArray(pr.labels)
    ? pr.labels.flatMap((l) =>
        typeof l === "object" && l !== null && typeof (l as Obj).name === "string"
          ? [(l as Obj).name as string]
          : [],
      )
    : [];
  return {
    number: int(pr, "number", "pull_request"),
    baseSha: str(base, "sha", "pull_request.base"),
    headSha: str(head, "sha", "pull_request.head"),
    baseRef: str(base, "ref", "pull_request.base"),
    headRef: str(head, "ref", "pull_request.head"),
    headRepo,
    // A deleted head repository can only have been a fork.
    fromFork: headRepo === undefined || headRepo !== baseRepo,
    labels: [...labels].sort(),
  };
}

function inputsOf(v: unknown): Record<string, string> {
  if (typeof v !== "object" || v === null) return {};
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v as Obj).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (typeof x === "string" || typeof x === "number" || typeof x === "boolean")
      out[k] = String(x);
  }
  return out;
}

/** Reads a webhook payload into the context; throws for events lockbench does not handle. */
export function readEventContext(eventName: string, payload: unknown, sha = ""): EventContext {
  const p = obj(payload, "the top level");
  switch (eventName) {
    case "pull_request":
      return {
        kind: "pull_request",
        repo: repoOf(p),
        action: str(p, "action", "payload"),
        pr: pullRequestOf(p),
      };
    case "workflow_dispatch":
      return {
        kind: "workflow_dispatch",
        repo: repoOf(p),
        ref: str(p, "ref", "payload"),
        sha,
        inputs: inputsOf(p.inputs),
      };
    case "workflow_run": {
      const run = obj(p.workflow_run, "workflow_run");
      const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
      return {
        kind: "workflow_run",
        repo: repoOf(p),
        action: str(p, "action", "payload"),
        run: {
          id: int(run, "id", "workflow_run"),
          name: optStr(run, "name") ?? "",
          event: str(run, "event", "workflow_run"),
          headSha: str(run, "head_sha", "workflow_run"),
          headBranch: optStr(run, "head_branch"),
          headRepo: fullName(run.head_repository),
          conclusion: optStr(run, "conclusion"),
          pullRequests: prs
            .flatMap((x) =>
              typeof x === "object" && x !== null && typeof (x as Obj).number === "number"
                ? [(x as Obj).number as number]
                : [],
            )
            .sort((a, b) => a - b),
        },
      };
    }
    default:
      throw new Error(
        `lockbench does not handle the ${eventName || "(unnamed)"} event; use pull_request, workflow_dispatch or workflow_run.`,
      );
  }
}

/** The context of the current Actions run, from GITHUB_EVENT_NAME and GITHUB_EVENT_PATH. */
export async function loadEventContext(
  env: NodeJS.ProcessEnv = process.env,
): Promise<EventContext> {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const path = env.GITHUB_EVENT_PATH;
  if (path === undefined || path === "")
    throw new Error("GITHUB_EVENT_PATH is not set: not running in GitHub Actions?");
  const payload: unknown = JSON.parse(await readFile(path, "utf8"));
  return readEventContext(name, payload, env.GITHUB_SHA ?? "");
}

/** The run's page, whose job summary holds the full report. */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  if (!server || !repo || !id) return undefined;
  return `${server}/${repo}/actions/runs/${id}`;
}

export type PullVerification =
  | { readonly kind: "verified"; readonly pr: PullRequestInfo; readonly state: string }
  | { readonly kind: "head-mismatch"; readonly number: number; readonly actualHeadSha: string }
  | { readonly kind: "not-found"; readonly number: number };

/**
 * `GET /repos/{owner}/{repo}/pulls/{pull_number}`: does this PR exist in this
 * repository with `headSha` as its head? A mismatch also happens innocently
 * when the PR was pushed to after the run; the caller then skips the comment,
 * and the newer run will comment.
 */
export async function verifyPullRequest(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  headSha: string,
): Promise<PullVerification> {
  if (!Number.isSafeInteger(number) || number <= 0) return { kind: "not-found", number };
  let data: Awaited<ReturnType<GitHubClient["rest"]["pulls"]["get"]>>["data"];
  try {
    ({ data } = await client.rest.pulls.get({
      owner: repo.owner,
      repo: repo.repo,
      pull_number: number,
    }));
  } catch (e) {
    if (httpFailureOf(e)?.status === 404) return { kind: "not-found", number };
    throw new Error(`Cannot read pull request #${number}: ${describeFailure(e)}.`, { cause: e });
  }
  if (data.head.sha !== headSha)
    return { kind: "head-mismatch", number, actualHeadSha: data.head.sha };
  return { kind: "verified", pr: pullRequestOf({ pull_request: data }), state: data.state };
}
