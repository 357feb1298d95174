/*
 * Which policies a change affects: the *.policy files it touched, plus every
 * policy that #includes one of them, directly or through other includes. A
 * policy that inherits a changed function behaves differently even though its
 * own file is untouched, so it must be evaluated too. Pure: the caller reads
 * the files (head checkout, base commit) and passes them in.
 */

import { type FileChange, isPolicyPath } from "./changes.ts";
import type { IncludeExtractor } from "./includes.ts";

/** What a new policy is compared with, since it has no base version. */
export type Baseline =
  /** The `baseline` input: the user said what to compare with. */
  | { readonly kind: "input"; readonly path: string }
  /** The policy the new file was copied from (git or GitHub detected a copy). */
  | { readonly kind: "copied"; readonly path: string }
  /** The policy the new file builds on through #include. */
  | { readonly kind: "included"; readonly path: string }
  | { readonly kind: "none" };

export type PolicyChange =
  | { readonly kind: "added"; readonly path: string; readonly baseline: Baseline }
  | { readonly kind: "modified"; readonly path: string }
  | { readonly kind: "renamed"; readonly path: string; readonly previousPath: string }
  | { readonly kind: "removed"; readonly path: string }
  /**
   * Unchanged itself, but includes a changed policy. `via` is the include
   * chain from this file down to the changed one, e.g. [lib.policy] or
   * [linux-v6.18.policy, lib.policy].
   */
  | { readonly kind: "includer"; readonly path: string; readonly via: readonly string[] };

export interface SelectOptions {
  /** Every policy file at head, path -> text. */
  readonly head: ReadonlyMap<string, string>;
  readonly extractIncludes: IncludeExtractor;
  /** The `baseline` input, if given: it wins over any guess. */
  readonly baseline?: string;
}

/**
 * Resolves an include path relative to the including file, as the C
 * preprocessor does for `#include "..."`. Undefined when it leaves the
 * repository (absolute, or `..` past the root): such a file can't be in the PR.
 */
export function resolveInclude(from: string, spec: string): string | undefined {
  if (spec.startsWith("/")) return undefined;
  const slash = from.lastIndexOf("/");
  const parts = slash < 0 ? [] : from.slice(0, slash).split("/");
  for (const p of spec.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(p);
  }
  return parts.join("/");
}

/** The files a text includes that exist in `files`, resolved, in include order. */
export function includesOf(
  path: string,
  files: ReadonlyMap<string, string>,
  extract: IncludeExtractor,
): string[] {
  const text = files.get(path);
  if (text === undefined) return [];
  const out: string[] = [];
  for (const spec of extract(text)) {
    const target = resolveInclude(path, spec);
    if (target !== undefined && !out.includes(target)) out.push(target);
  }
  return out;
}

/** Maps each file to the files that include it directly (sorted, for determinism). */
function includersGraph(
  files: ReadonlyMap<string, string>,
  extract: IncludeExtractor,
): Map<string, string[]> {
  const reverse = new Map<string, string[]>();
  for (const path of [...files.keys()].sort()) {
    for (const target of includesOf(path, files, extract)) {
      const list = reverse.get(target) ?? [];
      list.push(path);
      reverse.set(target, list);
    }
  }
  return reverse;
}

/**
 * Every head file that includes one of `changed`, transitively, with the
 * shortest include chain that reaches a changed file. Breadth-first from the
 * changed files, so chains are shortest and ties go to the sorted order.
 */
export function includerClosure(
  changed: readonly string[],
  files: ReadonlyMap<string, string>,
  extract: IncludeExtractor,
): Map<string, string[]> {
  const reverse = includersGraph(files, extract);
  const via = new Map<string, string[]>();
  const seen = new Set(changed);
  let frontier = [...new Set(changed)].sort().map((p) => ({ path: p, chain: [p] }));
  while (frontier.length > 0) {
    const next: { path: string; chain: string[] }[] = [];
    for (const { path, chain } of frontier) {
      for (const includer of reverse.get(path) ?? []) {
        if (seen.has(includer)) continue;
        seen.add(includer);
        via.set(includer, chain);
        next.push({ path: includer, chain: [includer, ...chain] });
      }
    }
    frontier = next;
  }
  return via;
}

/** All files `path` includes, transitively (not `path` itself unless in a cycle). */
function transitiveIncludes(
  path: string,
  files: ReadonlyMap<string, string>,
  extract: IncludeExtractor,
): Set<string> {
  const out = new Set<string>();
  const stack = includesOf(path, files, extract);
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (out.has(p)) continue;
    out.add(p);
    stack.push(...includesOf(p, files, extract));
  }
  return out;
}

/**
 * The policy a new file builds on: among its direct includes that are
 * policies, drop any that another direct include already pulls in (the shared
 * wrapper library, typically), and take the last of the rest, since a later
 * include overrides an earlier one.
 */
export function includedBaseline(
  path: string,
  files: ReadonlyMap<string, string>,
  extract: IncludeExtractor,
): string | undefined {
  const direct = includesOf(path, files, extract).filter(isPolicyPath);
  const covered = new Set<string>();
  for (const d of direct) {
    for (const t of transitiveIncludes(d, files, extract)) covered.add(t);
  }
  const roots = direct.filter((d) => !covered.has(d) && d !== path);
  return roots[roots.length - 1];
}

function baselineFor(path: string, copiedFrom: string | undefined, opts: SelectOptions): Baseline {
  if (opts.baseline !== undefined && opts.baseline !== "" && opts.baseline !== path) {
    return { kind: "input", path: opts.baseline };
  }
  if (copiedFrom !== undefined && isPolicyPath(copiedFrom))
    return { kind: "copied", path: copiedFrom };
  const included = includedBaseline(path, opts.head, opts.extractIncludes);
  return included === undefined ? { kind: "none" } : { kind: "included", path: included };
}

/** The policy-level view of one file change, if it touches a policy. */
function direct(change: FileChange, opts: SelectOptions): PolicyChange | undefined {
  switch (change.status) {
    case "added":
      return isPolicyPath(change.path)
        ? { kind: "added", path: change.path, baseline: baselineFor(change.path, undefined, opts) }
        : undefined;
    case "modified":
      return isPolicyPath(change.path) ? { kind: "modified", path: change.path } : undefined;
    case "removed":
      return isPolicyPath(change.path) ? { kind: "removed", path: change.path } : undefined;
    case "copied":
      return isPolicyPath(change.path)
        ? {
            kind: "added",
            path: change.path,
            baseline: baselineFor(change.path, change.previousPath, opts),
          }
        : undefined;
    case "renamed": {
      const was = isPolicyPath(change.previousPath);
      const is = isPolicyPath(change.path);
      // A rename across the extension is, for policies, a birth or a death.
      if (was && is)
        return { kind: "renamed", path: change.path, previousPath: change.previousPath };
      if (is) {
        return {
          kind: "added",
          path: change.path,
          baseline: baselineFor(change.path, undefined, opts),
        };
      }
      if (was) return { kind: "removed", path: change.previousPath };
      return undefined;
    }
  }
}

/** Paths whose content an includer sees differently after the change. */
function touchedPaths(change: FileChange): string[] {
  switch (change.status) {
    case "added":
    case "modified":
    case "removed":
    case "copied":
      return [change.path];
    case "renamed":
      return [change.previousPath, change.path];
  }
}

/**
 * The policies to evaluate for a set of file changes, sorted by path: the
 * changed policies, then every unchanged head policy that includes a changed
 * file (a non-policy include counts too: it is part of the program).
 */
export function selectPolicies(
  changes: readonly FileChange[],
  opts: SelectOptions,
): PolicyChange[] {
  const out = new Map<string, PolicyChange>();
  for (const c of changes) {
    const p = direct(c, opts);
    if (p !== undefined) out.set(p.path, p);
  }
  const closure = includerClosure(changes.flatMap(touchedPaths), opts.head, opts.extractIncludes);
  for (const [path, via] of closure) {
    if (!out.has(path) && isPolicyPath(path)) out.set(path, { kind: "includer", path, via });
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Where a change's base side comes from, read at the base commit: the same
 * file, its previous name, or the new file's baseline. Undefined when there is
 * nothing to compare with.
 */
export function basePathOf(change: PolicyChange): string | undefined {
  switch (change.kind) {
    case "modified":
    case "removed":
    case "includer":
      return change.path;
    case "renamed":
      return change.previousPath;
    case "added":
      return change.baseline.kind === "none" ? undefined : change.baseline.path;
  }
}
