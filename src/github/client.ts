/*
 * The REST client every github/ module uses: @actions/github's octokit (REST
 * methods + paginate) with retries for rate limits and server errors wrapped
 * around every request, paginated pages included. Sleeping and the clock are
 * injected so tests exercise the waits without waiting.
 */

import { getOctokit } from "@actions/github";
import { DEFAULT_RETRY, decideRetry, httpFailureOf, type RetryPolicy } from "./retry.ts";

export type GitHubClient = ReturnType<typeof getOctokit>;

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ClientOptions {
  readonly token: string;
  /** Defaults to GITHUB_API_URL (GHES) or https://api.github.com. */
  readonly baseUrl?: string;
  readonly sleep?: Sleep;
  readonly now?: () => number;
  readonly retry?: RetryPolicy;
  /** Where retry notes go (core.info in the Action). */
  readonly log?: (line: string) => void;
}

/** An authenticated client; throws when there is no token, which callers check first. */
export function createClient(opts: ClientOptions): GitHubClient {
  if (opts.token === "") {
    throw new Error("A GitHub token is required: pass the github-token input.");
  }
  const sleep = opts.sleep ?? realSleep;
  const now = opts.now ?? Date.now;
  const policy = opts.retry ?? DEFAULT_RETRY;
  const log = opts.log ?? (() => {});
  const client = getOctokit(
    opts.token,
    // Silence octokit's own console warnings: failures reach the caller as errors.
    {
      ...(opts.baseUrl === undefined ? {} : { baseUrl: opts.baseUrl }),
      log: { debug() {}, info() {}, warn() {}, error() {} },
    },
  );
  client.hook.wrap("request", async (request, options) => {
    const idempotent = options.method !== "POST";
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options);
      } catch (e) {
        const failure = httpFailureOf(e);
        if (failure === undefined) throw e;
        const d = decideRetry(failure, attempt, idempotent, now(), policy);
        if (d.kind === "give-up") throw e;
        log(
          `${options.method} ${options.url}: ${d.why}; retrying in ${Math.round(d.delayMs / 1000)}s.`,
        );
        await sleep(d.delayMs);
      }
    }
  });
  return client;
}
