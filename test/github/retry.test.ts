/* The retry rules for rate limits and server errors, as pure decisions. */

import { describe, expect, test } from "vitest";
import {
  DEFAULT_RETRY,
  decideRetry,
  describeFailure,
  httpFailureOf,
} from "../../src/github/retry.ts";

const failure = (status: number, headers: Record<string, string> = {}, message = "") => ({
  status,
  headers,
  message,
});
const NOW = Date.parse("2026-01-01T00:00:00Z");

describe("decideRetry", () => {
  test("backs off exponentially on server errors for idempotent requests", () => {
    const delays = [1, 2, 3].map((attempt) => decideRetry(failure(502), attempt, true, NOW));
    expect(delays).toEqual([
      { kind: "retry", delayMs: 1000, why: "server error 502" },
      { kind: "retry", delayMs: 2000, why: "server error 502" },
      { kind: "retry", delayMs: 4000, why: "server error 502" },
    ]);
    expect(decideRetry(failure(502), DEFAULT_RETRY.maxAttempts, true, NOW).kind).toBe("give-up");
  });

  test("never repeats a POST blindly after a server error", () => {
    expect(decideRetry(failure(500), 1, false, NOW)).toMatchObject({ kind: "give-up" });
  });

  test("honours retry-after on 403 and 429, for any method", () => {
    expect(decideRetry(failure(403, { "retry-after": "3" }), 1, false, NOW)).toEqual({
      kind: "retry",
      delayMs: 3000,
      why: "rate limited, retry-after 3s",
    });
    expect(decideRetry(failure(429, { "retry-after": "1" }), 1, true, NOW)).toMatchObject({
      delayMs: 1000,
    });
  });

  test("waits for x-ratelimit-reset when the primary limit is exhausted", () => {
    const reset = String(NOW / 1000 + 20);
    const d = decideRetry(
      failure(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset }),
      1,
      true,
      NOW,
    );
    expect(d).toEqual({ kind: "retry", delayMs: 21_000, why: "primary rate limit exhausted" });
  });

  test("gives up instead of waiting past the bound", () => {
    const reset = String(NOW / 1000 + 3600);
    const d = decideRetry(
      failure(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset }),
      1,
      true,
      NOW,
    );
    expect(d).toEqual({
      kind: "give-up",
      why: "primary rate limit exhausted: 3601s is longer than we wait",
    });
  });

  test("a secondary rate limit without headers waits a minute", () => {
    const d = decideRetry(
      failure(403, {}, "You have exceeded a secondary rate limit."),
      1,
      true,
      NOW,
    );
    expect(d).toMatchObject({ kind: "retry", delayMs: 60_000 });
  });

  test("other client errors are not retried", () => {
    for (const status of [401, 403, 404, 422]) {
      expect(
        decideRetry(failure(status, {}, "Resource not accessible by integration"), 1, true, NOW)
          .kind,
      ).toBe("give-up");
    }
  });
});

describe("httpFailureOf", () => {
  test("reads status, headers and the API message from an octokit-style error", () => {
    const e = Object.assign(new Error("HttpError"), {
      status: 403,
      response: { headers: { "retry-after": "5" }, data: { message: "secondary rate limit" } },
    });
    expect(httpFailureOf(e)).toEqual({
      status: 403,
      headers: { "retry-after": "5" },
      message: "secondary rate limit",
    });
    expect(describeFailure(e)).toBe("403 secondary rate limit");
  });

  test("anything else is not an HTTP failure", () => {
    expect(httpFailureOf(new Error("boom"))).toBeUndefined();
    expect(httpFailureOf("boom")).toBeUndefined();
    expect(describeFailure("boom")).toBe("boom");
  });
});
