/*
 * A loopback fake of exactly the GitHub REST endpoints lockbench uses, for
 * tests that run the real octokit client against it. Every request is checked
 * against GitHub's OpenAPI description before it is answered, and every
 * response before it is sent (openapi.ts); any mismatch lands in
 * `violations`, which each test asserts is empty. Responses are built from
 * the spec's own examples, so their shapes are GitHub's, not ours.
 *
 * Behaviour follows GitHub's documentation where the spec is silent: per_page
 * is capped at 100, pages are linked with a Link header, writes need a token
 * with write access (a read-only token gets 403 "Resource not accessible by
 * integration", as on fork PRs), and a comment body over 65,536 is refused
 * with 422. The fake counts that limit in UTF-8 bytes, the strictest reading,
 * so the client's reactive 422 path can be exercised with a body that passes
 * its own character count.
 */

import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { example, type Operation, operation } from "./openapi.ts";

export interface FakeFile {
  readonly filename: string;
  readonly status:
    | "added"
    | "modified"
    | "removed"
    | "renamed"
    | "copied"
    | "changed"
    | "unchanged";
  readonly previous_filename?: string;
}

export interface FakePull {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  /** owner/name of the head repository, when the PR comes from a fork. */
  readonly headRepo?: string;
  readonly files: readonly FakeFile[];
}

export interface FakeComment {
  readonly id: number;
  readonly issue: number;
  body: string;
  readonly login: string;
  readonly type: "User" | "Bot";
  readonly createdAt: string;
  updatedAt: string;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly operationId: string | undefined;
  readonly body: unknown;
  readonly token: string | undefined;
  readonly status: number;
}

interface Fault {
  readonly operationId: string;
  /** Run the real handler first: the write happened, but the client hears an error. */
  readonly applied: boolean;
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

type Handler = (ctx: {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  token: string | undefined;
}) => { status: number; body: unknown; headers?: Record<string, string> };

const DOCS = "https://docs.github.com/rest";

const err = (status: number, message: string) => ({
  status,
  body: { message, documentation_url: DOCS, status: String(status) },
});

/** A stable fake object id, the way git would derive one from content. */
const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly pulls = new Map<number, FakePull>();
  readonly comments: FakeComment[] = [];
  /** Token -> permission. Requests with an unknown token get 401. */
  readonly tokens = new Map<string, "write" | "read">([
    ["write-token", "write"],
    ["read-token", "read"],
  ]);
  /** Who comments with a write token. */
  login = "github-actions[bot]";
  maxCommentBytes = 65_536;
  private readonly files = new Map<string, string>();
  private readonly faults: Fault[] = [];
  private nextId = 2_000_000_001;
  private clock = Date.parse("2026-01-01T00:00:00Z");
  private readonly routes: { op: Operation; handle: Handler }[];

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly owner: string,
    readonly repo: string,
  ) {
    this.routes = [
      {
        op: operation("GET", "/repos/{owner}/{repo}/pulls/{pull_number}/files"),
        handle: (c) => this.listFiles(c),
      },
      {
        op: operation("GET", "/repos/{owner}/{repo}/pulls/{pull_number}"),
        handle: (c) => this.getPull(c),
      },
      {
        op: operation("GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments"),
        handle: (c) => this.listComments(c),
      },
      {
        op: operation("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments"),
        handle: (c) => this.createComment(c),
      },
      {
        op: operation("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}"),
        handle: (c) => this.updateComment(c),
      },
      {
        op: operation("GET", "/repos/{owner}/{repo}/contents/{path}"),
        handle: (c) => this.getContent(c),
      },
    ];
  }

  /** Starts a fake for one repository on 127.0.0.1, on a free port. */
  static async start(owner = "octo-org", repo = "octo-repo"): Promise<FakeGitHub> {
    let fake: FakeGitHub | undefined;
    const server = createServer((req, res) => {
      fake!.handle(req, res).catch((e: unknown) => {
        fake!.violations.push(`fake crashed: ${e instanceof Error ? e.stack : String(e)}`);
        res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeGitHub(server, `http://127.0.0.1:${port}`, owner, repo);
    return fake;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addPull(pull: FakePull): void {
    this.pulls.set(pull.number, pull);
  }

  /** A file's content at a commit, for the contents API. */
  addFile(ref: string, path: string, text: string): void {
    this.files.set(`${ref}\0${path}`, text);
  }

  /** A comment someone already posted. */
  seedComment(
    issue: number,
    body: string,
    login = "octocat",
    type: "User" | "Bot" = "User",
  ): FakeComment {
    const at = this.tick();
    const c: FakeComment = {
      id: this.nextId++,
      issue,
      body,
      login,
      type,
      createdAt: at,
      updatedAt: at,
    };
    this.comments.push(c);
    return c;
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  /**
   * The next request to `operationId` gets this response instead (once per
   * call). With `applied`, the request takes effect first, as when a proxy
   * times out after GitHub has already done the work.
   */
  fail(
    operationId: string,
    status: number,
    message: string,
    opts: { headers?: Record<string, string>; applied?: boolean } = {},
  ): void {
    this.faults.push({
      operationId,
      status,
      applied: opts.applied ?? false,
      headers: opts.headers ?? {},
      body: { message, documentation_url: DOCS },
    });
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: unknown;
    if (raw !== "") {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${req.method} ${url.pathname}: body is not JSON`);
      }
    }
    const auth = req.headers.authorization;
    const token = auth === undefined ? undefined : /^(?:token|bearer) (.+)$/i.exec(auth)?.[1];
    const method = req.method ?? "GET";
    const route = this.routes.find(
      (r) => r.op.method === method && r.op.pattern.test(url.pathname),
    );
    const record = (status: number) =>
      this.requests.push({
        method,
        path: decodeURIComponent(url.pathname),
        query: url.search,
        operationId: route?.op.operationId,
        body,
        token,
        status,
      });
    if (route === undefined) {
      this.violations.push(`unexpected request ${method} ${url.pathname}`);
      record(404);
      return this.send(res, undefined, 404, err(404, "Not Found").body, {});
    }
    const params = route.op.pattern.exec(url.pathname)!.groups ?? {};
    const problems = route.op.validateRequest({
      pathParams: params,
      query: url.searchParams,
      contentType: req.headers["content-type"],
      body,
    });
    if (problems.length > 0) {
      this.violations.push(...problems.map((p) => `${route.op.operationId} request: ${p}`));
      record(400);
      return this.send(
        res,
        route.op,
        400,
        { message: problems.join("; "), documentation_url: DOCS },
        {},
      );
    }
    const decoded = Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, decodeURIComponent(v)]),
    );
    let out: { status: number; body: unknown; headers?: Record<string, string> };
    const faultAt = this.faults.findIndex((f) => f.operationId === route.op.operationId);
    if (faultAt >= 0) {
      const [f] = this.faults.splice(faultAt, 1);
      if (f!.applied) route.handle({ params: decoded, query: url.searchParams, body, token });
      out = { status: f!.status, body: f!.body, headers: { ...f!.headers } };
    } else if (token !== undefined && !this.tokens.has(token)) {
      out = err(401, "Bad credentials");
    } else if (decoded.owner !== this.owner || decoded.repo !== this.repo) {
      out = err(404, "Not Found");
    } else {
      out = route.handle({ params: decoded, query: url.searchParams, body, token });
    }
    record(out.status);
    this.send(res, route.op, out.status, out.body, out.headers ?? {});
  }

  private send(
    res: ServerResponse,
    op: Operation | undefined,
    status: number,
    body: unknown,
    headers: Record<string, string>,
  ): void {
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    if (op !== undefined && status !== 400) {
      for (const p of op.validateResponse(status, lower, body))
        this.violations.push(`${op.operationId} ${p}`);
    }
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...lower });
    res.end(JSON.stringify(body));
  }

  /** One page of `items`, with GitHub's Link header (per_page capped at 100). */
  private page<T>(items: readonly T[], query: URLSearchParams, path: string) {
    const perPage = Math.min(Number(query.get("per_page") ?? 30), 100);
    const page = Math.max(Number(query.get("page") ?? 1), 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const q = new URLSearchParams(query);
      q.set("per_page", String(perPage));
      q.set("page", String(n));
      return `<${this.url}${path}?${q}>; rel="${rel}"`;
    };
    const links = [];
    if (page > 1) links.push(link(page - 1, "prev"));
    if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
    if (page > 1) links.push(link(1, "first"));
    return {
      items: items.slice((page - 1) * perPage, page * perPage),
      headers: (links.length > 0 ? { link: links.join(", ") } : {}) as Record<string, string>,
    };
  }

  private canWrite(token: string | undefined): { status: number; body: unknown } | undefined {
    if (token === undefined) return err(401, "Requires authentication");
    if (this.tokens.get(token) !== "write")
      return err(403, "Resource not accessible by integration");
    return undefined;
  }

  private listFiles: Handler = ({ params, query }) => {
    const pull = this.pulls.get(Number(params.pull_number));
    if (!pull) return err(404, "Not Found");
    const repoUrl = `https://github.com/${this.owner}/${this.repo}`;
    const entries = pull.files.map((f) => ({
      sha: sha1(`${pull.headSha}:${f.filename}`),
      filename: f.filename,
      status: f.status,
      additions: f.status === "removed" ? 0 : 3,
      deletions: f.status === "added" ? 0 : 1,
      changes: f.status === "added" ? 3 : f.status === "removed" ? 1 : 4,
      blob_url: encodeURI(`${repoUrl}/blob/${pull.headSha}/${f.filename}`),
      raw_url: encodeURI(`${repoUrl}/raw/${pull.headSha}/${f.filename}`),
      contents_url: encodeURI(
        `${this.url}/repos/${this.owner}/${this.repo}/contents/${f.filename}?ref=${pull.headSha}`,
      ),
      patch: "@@ -1 +1,3 @@",
      ...(f.previous_filename === undefined ? {} : { previous_filename: f.previous_filename }),
    }));
    const { items, headers } = this.page(
      entries,
      query,
      `/repos/${this.owner}/${this.repo}/pulls/${pull.number}/files`,
    );
    return { status: 200, body: items, headers };
  };

  private getPull: Handler = ({ params }) => {
    const pull = this.pulls.get(Number(params.pull_number));
    if (!pull) return err(404, "Not Found");
    const pr = example("pull-request") as Record<string, Record<string, unknown> & unknown>;
    const head = pr.head as Record<string, unknown>;
    const base = pr.base as Record<string, unknown>;
    const headRepo = head.repo as Record<string, unknown>;
    const baseRepo = base.repo as Record<string, unknown>;
    const full = `${this.owner}/${this.repo}`;
    Object.assign(baseRepo, { full_name: full, name: this.repo });
    Object.assign(headRepo, {
      full_name: pull.headRepo ?? full,
      name: (pull.headRepo ?? full).split("/")[1],
    });
    Object.assign(head, { sha: pull.headSha, ref: "proposal" });
    Object.assign(base, { sha: pull.baseSha, ref: "main" });
    const apiUrl = `${this.url}/repos/${full}/pulls/${pull.number}`;
    // The example's team lacks `type`, which the schema requires; no teams here.
    Object.assign(pr, { number: pull.number, url: apiUrl, state: "open", requested_teams: [] });
    return { status: 200, body: pr };
  };

  private commentJson(c: FakeComment): Record<string, unknown> {
    const json = example("issue-comment");
    const user = json.user as Record<string, unknown>;
    Object.assign(user, {
      login: c.login,
      type: c.type,
      html_url: `https://github.com/${encodeURIComponent(c.login)}`,
    });
    const api = `${this.url}/repos/${this.owner}/${this.repo}`;
    return Object.assign(json, {
      id: c.id,
      node_id: Buffer.from(`IssueComment${c.id}`).toString("base64"),
      url: `${api}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${api}/issues/${c.issue}`,
      body: c.body,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.type === "Bot" ? "NONE" : "CONTRIBUTOR",
    });
  }

  private listComments: Handler = ({ params, query }) => {
    const issue = Number(params.issue_number);
    if (!this.pulls.has(issue)) return err(404, "Not Found");
    const all = this.commentsOn(issue)
      .sort((a, b) => a.id - b.id)
      .map((c) => this.commentJson(c));
    const { items, headers } = this.page(
      all,
      query,
      `/repos/${this.owner}/${this.repo}/issues/${issue}/comments`,
    );
    return { status: 200, body: items, headers };
  };

  private tooLong() {
    return {
      status: 422,
      body: {
        message: "Validation Failed",
        errors: [
          {
            resource: "IssueComment",
            code: "custom",
            field: "body",
            message: `body is too long (maximum is ${this.maxCommentBytes} characters)`,
          },
        ],
        documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
        status: "422",
      },
    };
  }

  private createComment: Handler = ({ params, body, token }) => {
    const issue = Number(params.issue_number);
    if (!this.pulls.has(issue)) return err(404, "Not Found");
    const denied = this.canWrite(token);
    if (denied) return denied;
    const text = (body as { body: string }).body;
    if (Buffer.byteLength(text, "utf8") > this.maxCommentBytes) return this.tooLong();
    const c = this.seedComment(issue, text, this.login, "Bot");
    const json = this.commentJson(c);
    return { status: 201, body: json, headers: { location: String(json.url) } };
  };

  private updateComment: Handler = ({ params, body, token }) => {
    const c = this.comments.find((x) => x.id === Number(params.comment_id));
    if (!c) return err(404, "Not Found");
    const denied = this.canWrite(token);
    if (denied) return denied;
    const text = (body as { body: string }).body;
    if (Buffer.byteLength(text, "utf8") > this.maxCommentBytes) return this.tooLong();
    c.body = text;
    c.updatedAt = this.tick();
    return { status: 200, body: this.commentJson(c) };
  };

  private getContent: Handler = ({ params, query }) => {
    const ref = query.get("ref") ?? "main";
    const path = params.path!;
    const text = this.files.get(`${ref}\0${path}`);
    if (text === undefined) return err(404, "Not Found");
    const bytes = Buffer.from(text, "utf8");
    // GitHub wraps base64 content at 60 characters per line.
    const content = (bytes.toString("base64").match(/.{1,60}/g) ?? []).join("\n") + "\n";
    const api = `${this.url}/repos/${this.owner}/${this.repo}`;
    const blob = sha1(`blob ${bytes.length}\0${text}`);
    const html = encodeURI(`https://github.com/${this.owner}/${this.repo}/blob/${ref}/${path}`);
    const self = encodeURI(`${api}/contents/${path}?ref=${ref}`);
    return {
      status: 200,
      body: {
        type: "file",
        encoding: "base64",
        size: bytes.length,
        name: path.split("/").pop(),
        path,
        content,
        sha: blob,
        url: self,
        git_url: `${api}/git/blobs/${blob}`,
        html_url: html,
        download_url: encodeURI(
          `https://raw.githubusercontent.com/${this.owner}/${this.repo}/${ref}/${path}`,
        ),
        _links: { self, git: `${api}/git/blobs/${blob}`, html },
      },
    };
  };
}
