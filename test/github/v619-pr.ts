/*
 * The built-in case as a pull request: a repository with v6.18 (its kernel
 * library, the workloads and machines), and a PR that edits
 * policies/linux-v6.18.policy the way v6.19 did, i.e. replaces each function
 * linux-v6.19.policy overrides with v6.19's definition. The file keeps its
 * name and POLICY_NAME; only those functions change. Commit dates are fixed
 * (temp-repo.ts), so the commit ids are the same on every machine.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { frontEnd } from "../../src/lang/index.ts";
import { fileReader } from "../../src/policy-files.ts";
import { type TempRepo, tempRepo } from "./temp-repo.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const V618 = "policies/linux-v6.18.policy";
const V619 = "policies/linux-v6.19.policy";

/** v6.18's text with every function v6.19 overrides replaced by v6.19's definition. */
export function v618AsV619(): { text: string; replaced: string[] } {
  const read = fileReader(ROOT);
  const base = frontEnd(V618, read).policy!;
  const head = frontEnd(V619, read).policy!;
  const src618 = base.sources.get(V618)!;
  const src619 = head.sources.get(V619)!;
  const edits: { start: number; end: number; text: string; name: string }[] = [];
  for (const [name, f] of head.functions) {
    if (f.file !== V619) continue;
    const old = base.functions.get(name);
    if (!old || old.file !== V618)
      throw new Error(`v6.19 overrides ${name}, which v6.18 does not define itself`);
    edits.push({
      start: old.def.span.start,
      end: old.def.span.end,
      text: src619.slice(f.def.span.start, f.def.span.end),
      name,
    });
  }
  edits.sort((a, b) => b.start - a.start);
  let text = src618;
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return { text, replaced: edits.map((e) => e.name).sort() };
}

/** Every file under `dir` of the lockbench checkout, path -> text. */
function tree(dir: string, keep: (path: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(join(ROOT, rel), { withFileTypes: true })) {
      const p = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (keep(p)) out[p] = readFileSync(join(ROOT, p), "utf8");
    }
  };
  walk(dir);
  return out;
}

export interface V619Pr {
  readonly repo: TempRepo;
  readonly baseSha: string;
  readonly headSha: string;
}

/**
 * main: v6.18 and its library, workloads and machines; branch `proposal`
 * (checked out): v6.18 edited as v6.19. `extra` files go into the PR commit.
 * The scenarios come along, so the explorer runs as in the real repository.
 */
export function v619PullRequest(
  extra: Record<string, string> = {},
  opts: { revert?: boolean; keep?: boolean } = {},
): V619Pr {
  const repo = tempRepo();
  const before = readFileSync(join(ROOT, V618), "utf8");
  const after = v618AsV619().text;
  // revert: main already has the change and the PR takes it back (a regression to report);
  // keep: the PR leaves v6.18 alone (it only adds `extra`).
  const [baseText, headText] = opts.revert
    ? [after, before]
    : opts.keep
      ? [before, before]
      : [before, after];
  const baseSha = repo.commit(
    {
      ...tree("policies/lib", () => true),
      [V618]: baseText,
      ...tree("workloads", (p) => p.endsWith(".yaml") || p.endsWith(".json")),
    },
    "v6.18",
  );
  repo.git("checkout", "-q", "-b", "proposal");
  const headSha = repo.commit(
    { [V618]: headText, ...extra },
    opts.revert ? "Revert v6.19" : "mm: always call rmap_walk() on locked folios",
  );
  return { repo, baseSha, headSha };
}
