/*
 * When to retry a failed GitHub REST call, and how long to wait. Pure: the
 * caller supplies the clock reading, and sleeping is someone else's job.
 *
 * The rules follow GitHub's "Rate limits for the REST API" and "Best practices
 * for using the REST API" pages:
 * - 429, or 403 with `retry-after`: wait that many seconds (secondary limit);
 * - 403/429 with `x-ratelimit-remaining: 0`: wait until `x-ratelimit-reset`;
 * - 403/429 saying "secondary rate limit" with neither header: wait a minute;
 * - 5xx and network failures: exponential backoff, but only for idempotent
 *   requests. A POST that died with a 502 may still have been applied, and
 *   repeating it could post a second comment; comment.ts re-checks instead.
 * A rate-limited request was rejected, not applied, so any method may repeat it.
 */

export interface HttpFailure {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | number | undefined>>;
  readonly message: string;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  /** A wait longer than this is not worth it: give up and report instead. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 90_000,
};

export type RetryDecision =
  | { readonly kind: "retry"; readonly delayMs: number; readonly why: string }
  | { readonly kind: "give-up"; readonly why: string };

/** The status, headers and message of an octokit RequestError, or undefined for other throws. */
export function httpFailureOf(e: unknown): HttpFailure | undefined {
  if (typeof e !== "object" || e === null || !("status" in e)) return undefined;
  const status = (e as { status: unknown }).status;
  if (typeof status !== "number") return undefined;
  const response = (e as { response?: { headers?: unknown; data?: unknown } }).response;
  const headers = (response?.headers ?? {}) as Record<string, string | number | undefined>;
  const data = response?.data;
  const fromBody =
    typeof data === "object" &&
    data !== null &&
    typeof (data as { message?: unknown }).message === "string"
      ? (data as { message: string }).message
      : undefined;
  const message = fromBody ?? (e instanceof Error ? e.message : "");
  return { status, headers, message };
}

/** A short description of any throw, for one-sentence error messages. */
export function describeFailure(e: unknown): string {
  const f = httpFailureOf(e);
  if (f !== undefined) return `${f.status} ${f.message}`.trim();
  return e instanceof Error ? e.message : String(e);
}

function header(f: HttpFailure, name: string): string | undefined {
  const v = f.headers[name];
  return v === undefined ? undefined : String(v);
}

/** How long a rate-limited response asks us to wait, or undefined if it isn't one. */
function rateLimitWait(f: HttpFailure, nowMs: number): { ms: number; why: string } | undefined {
  if (f.status !== 403 && f.status !== 429) return undefined;
  const retryAfter = header(f, "retry-after");
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) {
    return { ms: Number(retryAfter) * 1000, why: `rate limited, retry-after ${retryAfter}s` };
  }
  const reset = header(f, "x-ratelimit-reset");
  if (header(f, "x-ratelimit-remaining") === "0" && reset !== undefined && /^\d+$/.test(reset)) {
    // One extra second: the reset time is rounded down to whole seconds.
    const ms = Math.max(0, Number(reset) * 1000 - nowMs) + 1000;
    return { ms, why: "primary rate limit exhausted" };
  }
  if (f.status === 429 || /secondary rate limit/i.test(f.message)) {
    return { ms: 60_000, why: "secondary rate limit" };
  }
  return undefined;
}

/**
 * Decides what to do after `attempt` attempts (1-based) have failed with `f`.
 * `idempotent` is false for requests that must not be repeated blindly (POST).
 */
export function decideRetry(
  f: HttpFailure,
  attempt: number,
  idempotent: boolean,
  nowMs: number,
  policy: RetryPolicy = DEFAULT_RETRY,
): RetryDecision {
  if (attempt >= policy.maxAttempts)
    return { kind: "give-up", why: `gave up after ${attempt} attempts` };
  const wait = rateLimitWait(f, nowMs);
  if (wait !== undefined) {
    if (wait.ms > policy.maxDelayMs) {
      return {
        kind: "give-up",
        why: `${wait.why}: ${Math.ceil(wait.ms / 1000)}s is longer than we wait`,
      };
    }
    return { kind: "retry", delayMs: wait.ms, why: wait.why };
  }
  // Octokit reports a network failure (no response at all) as status 500.
  if (f.status >= 500) {
    if (!idempotent)
      return { kind: "give-up", why: `server error ${f.status} on a request that must not repeat` };
    const delayMs = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
    return { kind: "retry", delayMs, why: `server error ${f.status}` };
  }
  return { kind: "give-up", why: `status ${f.status} is not retryable` };
}
