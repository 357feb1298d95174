/* The retrying client against the fake: waits are recorded, never slept. */

import { afterEach, beforeEach, expect, test } from "vitest";
import { createClient } from "../../src/github/client.ts";
import { FakeGitHub } from "./fake-github.ts";

let fake: FakeGitHub;
const sleeps: number[] = [];
const logs: string[] = [];
const PR = { owner: "octo-org", repo: "octo-repo", pull_number: 5 };

beforeEach(async () => {
  fake = await FakeGitHub.start();
  fake.addPull({ number: 5, headSha: "a".repeat(40), baseSha: "b".repeat(40), files: [] });
  sleeps.length = 0;
  logs.length = 0;
});
afterEach(async () => {
  await fake.close();
  expect(fake.violations).toEqual([]);
});

const client = () =>
  createClient({
    token: "write-token",
    baseUrl: fake.url,
    sleep: async (ms) => void sleeps.push(ms),
    log: (l) => void logs.push(l),
  });

test("a 5xx then success is retried after a backoff, without real waiting", async () => {
  fake.fail("pulls/get", 503, "Service Unavailable");
  fake.fail("pulls/get", 500, "Server Error");
  const { data } = await client().rest.pulls.get(PR);
  expect(data.head.sha).toBe("a".repeat(40));
  expect(sleeps).toEqual([1000, 2000]);
  expect(fake.requests.map((r) => r.status)).toEqual([503, 500, 200]);
  expect(logs[0]).toMatch(
    /^GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}: server error 503; retrying in 1s\.$/,
  );
});

test("a secondary rate limit (403 + retry-after) waits as told, then succeeds", async () => {
  fake.fail("pulls/get", 403, "You have exceeded a secondary rate limit.", {
    headers: { "retry-after": "7" },
  });
  await client().rest.pulls.get(PR);
  expect(sleeps).toEqual([7000]);
});

test("a 429 inside pagination is retried for that page only", async () => {
  fake.addPull({
    number: 6,
    headSha: "a".repeat(40),
    baseSha: "b".repeat(40),
    files: Array.from({ length: 150 }, (_, i) => ({ filename: `f${i}`, status: "added" as const })),
  });
  const c = client();
  const pages = c.paginate
    .iterator(c.rest.pulls.listFiles, { ...PR, pull_number: 6, per_page: 100 })
    [Symbol.asyncIterator]();
  const first = await pages.next();
  fake.fail("pulls/list-files", 429, "Too Many Requests", { headers: { "retry-after": "2" } });
  const second = await pages.next();
  expect([first.value?.data.length, second.value?.data.length]).toEqual([100, 50]);
  expect(sleeps).toEqual([2000]);
  expect(fake.requests.map((r) => `${r.status} ${r.query}`)).toEqual([
    "200 ?per_page=100",
    "429 ?per_page=100&page=2",
    "200 ?per_page=100&page=2",
  ]);
});

test("persistent server errors surface after the bounded attempts", async () => {
  for (let i = 0; i < 4; i++) fake.fail("pulls/get", 502, "Bad Gateway");
  await expect(client().rest.pulls.get(PR)).rejects.toMatchObject({ status: 502 });
  expect(sleeps).toEqual([1000, 2000, 4000]);
});

test("a missing token is refused before any request", () => {
  expect(() => createClient({ token: "", baseUrl: fake.url })).toThrow(
    "A GitHub token is required",
  );
  expect(fake.requests).toEqual([]);
});
