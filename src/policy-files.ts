/*
 * Finding policy files on disk: files, directories and quoted globs, for the
 * CLI and the Action alike. This is the edge: the front end itself only ever
 * sees a FileReader.
 */

import { type Dirent, readdirSync, readFileSync, statSync } from "node:fs";
import type { FileReader } from "./lang/index.ts";

/** A user error: printed as one line, exit 2. */
export class UsageError extends Error {}

export function resolveFrom(cwd: string, p: string): string {
  return p.startsWith("/") ? p : `${cwd}/${p}`;
}

/** Read policies relative to cwd, keeping the paths users typed in diagnostics. */
export function fileReader(cwd: string): FileReader {
  return (path) => {
    try {
      return readFileSync(resolveFrom(cwd, path), "utf8");
    } catch {
      return undefined;
    }
  };
}

/**
 * Files, directories (every *.policy below, recursively) and quoted globs
 * (`'policies/**\/*.policy'`; bash without globstar would expand ** as *).
 * Sorted, without duplicates, so output does not depend on argument order.
 */
export function expandPolicies(patterns: readonly string[], cwd: string): string[] {
  const out = new Set<string>();
  for (const p of patterns) {
    if (/[*?[]/.test(p)) {
      const re = globToRegExp(p);
      const base = p.slice(0, p.search(/[*?[]/)).replace(/\/?[^/]*$/, "") || ".";
      const found = walk(base, cwd).filter((f) => re.test(f));
      if (found.length === 0) throw new UsageError(`no policy matches '${p}'`);
      for (const f of found) out.add(f);
      continue;
    }
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(resolveFrom(cwd, p));
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const found = walk(p.replace(/\/$/, ""), cwd).filter((f) => f.endsWith(".policy"));
      if (found.length === 0) throw new UsageError(`no *.policy files under '${p}'`);
      for (const f of found) out.add(f);
    } else {
      out.add(p); // a missing file is reported by the front end with its name
    }
  }
  return [...out].sort();
}

function walk(dir: string, cwd: string): string[] {
  const out: string[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(resolveFrom(cwd, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = dir === "." ? e.name : `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && !e.name.startsWith(".")) out.push(...walk(p, cwd));
    } else {
      out.push(p);
    }
  }
  return out;
}

function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${re.replace(/^\.\//, "")}$`);
}
