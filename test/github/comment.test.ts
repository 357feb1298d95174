/*
 * The sticky comment against the fake: one comment, edited in place, degraded
 * or skipped when it must be.
 */

import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createClient } from "../../src/github/client.ts";
import {
  MARKER,
  MAX_COMMENT_CHARS,
  pickOurs,
  shortComment,
  upsertComment,
  withMarker,
} from "../../src/github/comment.ts";
import { FakeGitHub } from "./fake-github.ts";

let fake: FakeGitHub;
const sleeps: number[] = [];
const ISSUE = { owner: "octo-org", repo: "octo-repo", number: 9 };
const RUN = "https://github.com/octo-org/octo-repo/actions/runs/123";

beforeEach(async () => {
  fake = await FakeGitHub.start();
  fake.addPull({ number: 9, headSha: "a".repeat(40), baseSha: "b".repeat(40), files: [] });
  sleeps.length = 0;
});
afterEach(async () => {
  await fake.close();
  expect(fake.violations).toEqual([]);
});

const client = (token = "write-token") =>
  createClient({ token, baseUrl: fake.url, sleep: async (ms) => void sleeps.push(ms) });
const opts = { runUrl: RUN, sleep: async (ms: number) => void sleeps.push(ms) };
const calls = () => fake.requests.map((r) => `${r.method} ${r.status}`);

describe("upsertComment", () => {
  test("two upserts make one comment: created, then edited in place", async () => {
    const first = await upsertComment(client(), ISSUE, "report v1", opts);
    const second = await upsertComment(client(), ISSUE, "report v2", opts);
    expect(first).toMatchObject({ kind: "created", degraded: false });
    expect(second).toMatchObject({ kind: "updated", degraded: false });
    expect(second.kind !== "skipped" && first.kind !== "skipped" && second.id === first.id).toBe(
      true,
    );
    expect(fake.commentsOn(9).map((c) => c.body)).toEqual([`${MARKER}\nreport v2`]);
    expect(calls()).toEqual(["GET 200", "POST 201", "GET 200", "PATCH 200"]);
  });

  test("an identical report is left alone", async () => {
    await upsertComment(client(), ISSUE, "same", opts);
    expect(await upsertComment(client(), ISSUE, "same", opts)).toMatchObject({ kind: "unchanged" });
    expect(calls()).toEqual(["GET 200", "POST 201", "GET 200"]);
  });

  test("finds its comment among more than 100, on a later page", async () => {
    for (let i = 0; i < 130; i++) fake.seedComment(9, `chatter ${i}`);
    const ours = fake.seedComment(9, withMarker("old report"), "github-actions[bot]", "Bot");
    for (let i = 0; i < 40; i++) fake.seedComment(9, `more ${i}`);
    const r = await upsertComment(client(), ISSUE, "new report", opts);
    expect(r).toMatchObject({ kind: "updated", id: ours.id });
    expect(fake.commentsOn(9)).toHaveLength(171);
    expect(fake.requests.filter((q) => q.method === "GET").map((q) => q.query)).toEqual([
      "?per_page=100",
      "?per_page=100&page=2",
    ]);
  });

  test("a comment that merely quotes the marker is not ours; of several of ours the oldest is edited", async () => {
    fake.seedComment(9, `Why does lockbench use ${MARKER}?`);
    const oldest = fake.seedComment(9, withMarker("run 1"), "github-actions[bot]", "Bot");
    fake.seedComment(9, withMarker("run 2, raced"), "github-actions[bot]", "Bot");
    expect(await upsertComment(client(), ISSUE, "run 3", opts)).toMatchObject({
      kind: "updated",
      id: oldest.id,
    });
  });

  test("with an author set, someone else's marker comment is ignored", async () => {
    fake.seedComment(9, withMarker("planted by a user"), "mallory");
    const r = await upsertComment(client(), ISSUE, "real", {
      ...opts,
      author: "github-actions[bot]",
    });
    expect(r).toMatchObject({ kind: "created" });
    expect(fake.commentsOn(9).map((c) => c.login)).toEqual(["mallory", "github-actions[bot]"]);
  });

  test("a report over the limit is replaced by a pointer to the job summary without a doomed request", async () => {
    const r = await upsertComment(client(), ISSUE, "x".repeat(MAX_COMMENT_CHARS), opts);
    expect(r).toMatchObject({ kind: "created", degraded: true });
    const [posted] = fake.commentsOn(9);
    expect(posted!.body).toBe(shortComment(MAX_COMMENT_CHARS + MARKER.length + 1, RUN));
    expect(posted!.body).toContain(`[job summary](${RUN})`);
    expect(calls()).toEqual(["GET 200", "POST 201"]);
  });

  test("a 422 for an oversized body degrades to the short comment", async () => {
    // 40,000 characters pass our count but are 80,000 bytes: GitHub may count either way.
    const r = await upsertComment(client(), ISSUE, "é".repeat(40_000), opts);
    expect(r).toMatchObject({ kind: "created", degraded: true });
    expect(calls()).toEqual(["GET 200", "POST 422", "GET 200", "POST 201"]);
    expect(fake.commentsOn(9)).toHaveLength(1);
    expect(fake.commentsOn(9)[0]!.body).toContain("longer than a PR comment can hold");
  });

  test("a 5xx on create is retried after looking again, so a create that did happen is not repeated", async () => {
    fake.fail("issues/create-comment", 502, "Bad Gateway", { applied: true });
    const r = await upsertComment(client(), ISSUE, "report", opts);
    expect(r).toMatchObject({ kind: "unchanged" });
    expect(fake.commentsOn(9)).toHaveLength(1);
    expect(calls()).toEqual(["GET 200", "POST 502", "GET 200"]);
    expect(sleeps).toEqual([1000]);
  });

  test("a 5xx on create that did not happen is followed by one successful create", async () => {
    fake.fail("issues/create-comment", 503, "Service Unavailable");
    expect(await upsertComment(client(), ISSUE, "report", opts)).toMatchObject({ kind: "created" });
    expect(fake.commentsOn(9)).toHaveLength(1);
    expect(calls()).toEqual(["GET 200", "POST 503", "GET 200", "POST 201"]);
  });

  test("a rate-limited create waits as told and then posts", async () => {
    fake.fail("issues/create-comment", 403, "You have exceeded a secondary rate limit.", {
      headers: { "retry-after": "30" },
    });
    expect(await upsertComment(client(), ISSUE, "report", opts)).toMatchObject({ kind: "created" });
    expect(sleeps).toEqual([30_000]);
    expect(fake.commentsOn(9)).toHaveLength(1);
  });

  test("a fork PR's read-only token skips the comment instead of failing", async () => {
    const r = await upsertComment(client("read-token"), ISSUE, "report", opts);
    expect(r).toMatchObject({ kind: "skipped", reason: "no-permission" });
    expect(fake.commentsOn(9)).toEqual([]);
    expect(calls()).toEqual(["GET 200", "POST 403"]);
  });

  test("no token: skipped, and nothing is sent", async () => {
    expect(await upsertComment(undefined, ISSUE, "report", opts)).toMatchObject({
      kind: "skipped",
      reason: "no-token",
    });
    expect(fake.requests).toEqual([]);
  });

  test("other failures are one-sentence errors", async () => {
    await expect(
      upsertComment(client(), { ...ISSUE, number: 404 }, "report", opts),
    ).rejects.toThrow("Could not post the PR comment: 404 Not Found.");
  });
});

describe("pickOurs", () => {
  test("wants the marker at the start and the lowest id", () => {
    const c = (id: number, body: string | null) => ({
      id,
      body,
      html_url: `u${id}`,
      user: { login: "x" },
    });
    expect(
      pickOurs([c(5, withMarker("b")), c(3, `x ${MARKER}`), c(4, withMarker("a")), c(1, null)]),
    ).toEqual({
      id: 4,
      body: withMarker("a"),
      url: "u4",
    });
  });
});
