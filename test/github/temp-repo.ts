/*
 * Throwaway git repositories for the tests of git.ts and discover.ts. Git is
 * run with no user or system configuration, so a developer's aliases, hooks
 * or signing settings cannot change what the tests see.
 */

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

const ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "lockbench test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "lockbench test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
  GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z",
  GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z",
};

export interface TempRepo {
  readonly dir: string;
  git(...args: string[]): string;
  /** Writes (string) or deletes (null) files, commits everything, returns the commit id. */
  commit(files: Record<string, string | null>, message: string): string;
  remove(): void;
}

export function tempRepo(): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), "lockbench-git-"));
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      env: ENV,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  git("init", "-q", "-b", "main");
  return {
    dir,
    git,
    commit(files, message) {
      for (const [path, text] of Object.entries(files)) {
        const full = join(dir, path);
        if (text === null) rmSync(full);
        else {
          mkdirSync(dirname(full), { recursive: true });
          writeFileSync(full, text);
        }
      }
      git("add", "-A");
      git("commit", "-q", "--allow-empty", "-m", message);
      return git("rev-parse", "HEAD").trim();
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The fixture policy tree as path -> text, for committing into a temp repo. */
export function fixturePolicies(): Record<string, string> {
  const root = new URL("../fixtures/github/policies/", import.meta.url).pathname;
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[`policies/${relative(root, full)}`] = readFileSync(full, "utf8");
    }
  };
  walk(root);
  return out;
}
