/*
 * The one sticky PR comment. It is found by a hidden marker at the start of
 * its body among the PR's issue comments, created once and then edited in
 * place, so a PR that is pushed to twenty times still has one lockbench
 * comment. Two runs racing can still both create one; the example workflows
 * prevent that with a per-PR concurrency group, and this module edits the
 * oldest when it finds several.
 *
 * Failing to comment never loses results: the caller writes the job summary
 * and the JSON artifact before calling this. So a read-only token (fork PRs)
 * is a reported skip, not an error.
 */

import { type GitHubClient, realSleep, type Sleep } from "./client.ts";
import {
  DEFAULT_RETRY,
  decideRetry,
  describeFailure,
  httpFailureOf,
  type RetryPolicy,
} from "./retry.ts";

export const MARKER = "<!-- lockbench:report -->";

/** GitHub rejects issue comment bodies longer than this (bencher#644). */
export const MAX_COMMENT_CHARS = 65_536;

export interface IssueRef {
  readonly owner: string;
  readonly repo: string;
  /** The PR number: PR comments are issue comments. */
  readonly number: number;
}

export type CommentResult =
  | {
      /** "unchanged": the comment already said exactly this, so it was not edited. */
      readonly kind: "created" | "updated" | "unchanged";
      readonly id: number;
      readonly url: string;
      /** True when the report did not fit and a short pointer was posted instead. */
      readonly degraded: boolean;
    }
  | {
      readonly kind: "skipped";
      readonly reason: "no-token" | "no-permission";
      readonly message: string;
    };

export interface UpsertOptions {
  /** Link to the workflow run, where the job summary holds the full report. */
  readonly runUrl?: string;
  /** Only a comment by this login counts as ours (a user may quote the marker). */
  readonly author?: string;
  readonly sleep?: Sleep;
  readonly now?: () => number;
  readonly retry?: RetryPolicy;
}

interface ExistingComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
}

/** The body we post: the marker first, so the comment can be found again. */
export function withMarker(body: string): string {
  return body.startsWith(MARKER) ? body : `${MARKER}\n${body}`;
}

/** The stand-in for a report too long for a comment. */
export function shortComment(fullLength: number, runUrl: string | undefined): string {
  const where =
    runUrl === undefined ? "the job summary of this run" : `the [job summary](${runUrl})`;
  return withMarker(
    `**lockbench**: the report (${fullLength.toLocaleString("en-US")} characters) is longer than a ` +
      `PR comment can hold. The full report is in ${where} and in the JSON results artifact.`,
  );
}

/** Our comment among a page list: marker first in the body, oldest wins. */
export function pickOurs(
  comments: readonly {
    id: number;
    body?: string | null;
    html_url: string;
    user?: { login: string } | null;
  }[],
  author?: string,
): ExistingComment | undefined {
  const ours = comments
    .filter((c) => (c.body ?? "").startsWith(MARKER))
    .filter((c) => author === undefined || c.user?.login === author)
    .sort((a, b) => a.id - b.id);
  const c = ours[0];
  return c === undefined ? undefined : { id: c.id, body: c.body ?? "", url: c.html_url };
}

/** Our comment on the PR, if there is one (its body carries the run history). */
export async function findOurs(client: GitHubClient, issue: IssueRef, author?: string) {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: issue.owner,
    repo: issue.repo,
    issue_number: issue.number,
    per_page: 100,
  });
  return pickOurs(comments, author);
}

/** 403 "Resource not accessible by integration": the token may not write here. */
function isNoPermission(e: unknown): boolean {
  const f = httpFailureOf(e);
  return f !== undefined && f.status === 403 && /not accessible by integration/i.test(f.message);
}

/** 422 because the body is too long (GitHub: "Body is too long (maximum is 65536 characters)"). */
function isTooLong(e: unknown): boolean {
  const f = httpFailureOf(e);
  if (f === undefined || f.status !== 422) return false;
  const data = (e as { response?: { data?: { errors?: unknown } } }).response?.data;
  const text = `${f.message} ${JSON.stringify(data?.errors ?? "")}`;
  return /too long/i.test(text);
}

/**
 * Finds our comment and edits it, or creates it. A POST that failed with a
 * server error may have been applied anyway, so before posting again we look
 * for the comment once more: that is what keeps a flaky 502 from duplicating.
 */
async function write(
  client: GitHubClient,
  issue: IssueRef,
  body: string,
  degraded: boolean,
  opts: UpsertOptions,
): Promise<CommentResult> {
  const policy = opts.retry ?? DEFAULT_RETRY;
  const sleep = opts.sleep ?? realSleep;
  const now = opts.now ?? Date.now;
  for (let attempt = 1; ; attempt++) {
    const existing = await findOurs(client, issue, opts.author);
    if (existing !== undefined) {
      if (existing.body === body) {
        return { kind: "unchanged", id: existing.id, url: existing.url, degraded };
      }
      const { data } = await client.rest.issues.updateComment({
        owner: issue.owner,
        repo: issue.repo,
        comment_id: existing.id,
        body,
      });
      return { kind: "updated", id: data.id, url: data.html_url, degraded };
    }
    try {
      const { data } = await client.rest.issues.createComment({
        owner: issue.owner,
        repo: issue.repo,
        issue_number: issue.number,
        body,
      });
      return { kind: "created", id: data.id, url: data.html_url, degraded };
    } catch (e) {
      const f = httpFailureOf(e);
      // Idempotent now: the next round looks before it posts.
      const d = f === undefined ? undefined : decideRetry(f, attempt, true, now(), policy);
      if (f === undefined || f.status < 500 || d === undefined || d.kind === "give-up") throw e;
      await sleep(d.delayMs);
    }
  }
}

/**
 * Creates or updates the sticky comment. `client` is undefined when there is
 * no token. Oversized reports become a short pointer to the job summary.
 */
export async function upsertComment(
  client: GitHubClient | undefined,
  issue: IssueRef,
  report: string,
  opts: UpsertOptions = {},
): Promise<CommentResult> {
  if (client === undefined) {
    return {
      kind: "skipped",
      reason: "no-token",
      message: "No GitHub token, so no PR comment was posted.",
    };
  }
  const body = withMarker(report);
  const short = shortComment(body.length, opts.runUrl);
  try {
    // Checking the length first saves a round trip that can only fail.
    if (body.length > MAX_COMMENT_CHARS) return await write(client, issue, short, true, opts);
    try {
      return await write(client, issue, body, false, opts);
    } catch (e) {
      // GitHub's limit may count differently from String.length (bytes, code
      // points), so a body just under our count can still be refused.
      if (!isTooLong(e)) throw e;
      return await write(client, issue, short, true, opts);
    }
  } catch (e) {
    if (!isNoPermission(e)) {
      throw new Error(`Could not post the PR comment: ${describeFailure(e)}.`, { cause: e });
    }
    return {
      kind: "skipped",
      reason: "no-permission",
      message:
        "The token may not comment on this pull request (a fork PR with a read-only token?); " +
        "the report is in the job summary. Use the workflow_run report workflow to comment.",
    };
  }
}
