/*
 * The fake is only worth its validation if it really rejects what GitHub
 * would reject. These tests send it bad requests directly (octokit would not)
 * and check the spec validators on hand-made bad responses.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { FakeGitHub } from "./fake-github.ts";
import { operation } from "./openapi.ts";

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await FakeGitHub.start();
  fake.addPull({ number: 1, headSha: "a".repeat(40), baseSha: "b".repeat(40), files: [] });
});
afterEach(() => fake.close());

const send = (method: string, path: string, body?: unknown) =>
  fetch(`${fake.url}${path}`, {
    method,
    headers: { authorization: "token write-token", "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe("requests are held to GitHub's OpenAPI description", () => {
  test("a query parameter of the wrong type", async () => {
    const r = await send("GET", "/repos/octo-org/octo-repo/pulls/1/files?per_page=lots");
    expect(r.status).toBe(400);
    expect(fake.violations).toEqual([
      "pulls/list-files request: query parameter per_page must be integer",
    ]);
  });

  test("an unknown query parameter", async () => {
    await send("GET", "/repos/octo-org/octo-repo/issues/1/comments?sort=created");
    expect(fake.violations).toEqual(["issues/list-comments request: unknown query parameter sort"]);
  });

  test("a missing or ill-typed JSON body", async () => {
    await send("POST", "/repos/octo-org/octo-repo/issues/1/comments");
    await send("PATCH", "/repos/octo-org/octo-repo/issues/comments/5", { body: 5 });
    expect(fake.violations).toEqual([
      "issues/create-comment request: missing required request body",
      "issues/update-comment request: request body/body must be string",
    ]);
  });

  test("a path parameter of the wrong type and an endpoint the fake does not serve", async () => {
    await send("GET", "/repos/octo-org/octo-repo/pulls/one");
    await send("DELETE", "/repos/octo-org/octo-repo/issues/comments/5");
    expect(fake.violations).toEqual([
      "pulls/get request: path parameter pull_number must be integer",
      "unexpected request DELETE /repos/octo-org/octo-repo/issues/comments/5",
    ]);
  });

  test("a valid request gets a valid answer", async () => {
    const r = await send("POST", "/repos/octo-org/octo-repo/issues/1/comments", { body: "hello" });
    expect(r.status).toBe(201);
    expect(((await r.json()) as { body: string }).body).toBe("hello");
    expect(fake.violations).toEqual([]);
  });

  test("an unknown token is answered 401 Bad credentials", async () => {
    const r = await fetch(`${fake.url}/repos/octo-org/octo-repo/pulls/1`, {
      headers: { authorization: "token nope" },
    });
    expect([r.status, ((await r.json()) as { message: string }).message]).toEqual([
      401,
      "Bad credentials",
    ]);
  });
});

describe("responses are held to the spec too", () => {
  test("a pull request without its required fields is invalid", () => {
    const problems = operation("GET", "/repos/{owner}/{repo}/pulls/{pull_number}").validateResponse(
      200,
      {},
      {
        number: 1,
      },
    );
    expect(problems).toContain("response 200 must have required property 'head'");
  });

  test("error statuses are checked against their documented schema, or basic-error when undocumented", () => {
    const create = operation("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments");
    expect(create.validateResponse(422, {}, { message: "Validation Failed" })).toEqual([
      "response 422 must have required property 'documentation_url'",
    ]);
    expect(create.validateResponse(502, {}, { message: 7 })).toEqual([
      "response 502/message must be string",
    ]);
  });
});
