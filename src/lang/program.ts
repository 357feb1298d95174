/*
 * Include resolution: a policy file and everything it #includes, merged into
 * one set of definitions. A later definition of a function replaces the
 * included one, which is how a policy says "v6.18, except these functions".
 *
 * Pure: files come from an injected reader, so the CLI, the Action (base
 * versions from git) and the tests can all supply them.
 */

import type { FunctionDef, HeaderItem, SourceFile, StructExtension } from "./ast.ts";
import { type Diagnostic, error, type Span } from "./diagnostics.ts";
import { parse } from "./parser.ts";
import { MODEL } from "../model/index.ts";

export type FileReader = (path: string) => string | undefined;

export interface PolicyHeader {
  readonly name: string;
  readonly description: string;
  readonly sources: readonly string[];
}

export interface PolicyFunction {
  readonly def: FunctionDef;
  readonly file: string;
}

export interface Override {
  readonly name: string;
  /** The definition that wins and the one it replaces. */
  readonly by: Span;
  readonly replaces: Span;
}

export interface Policy {
  /** The root file's path, as given. */
  readonly file: string;
  readonly header: PolicyHeader;
  /** Every file that took part, root first, then includes in order. */
  readonly files: ReadonlyMap<string, SourceFile>;
  readonly sources: ReadonlyMap<string, string>;
  /** Effective definitions (bodies only), in a stable order: includes first. */
  readonly functions: ReadonlyMap<string, PolicyFunction>;
  /** Prototypes seen anywhere, for signature checks. */
  readonly prototypes: readonly PolicyFunction[];
  readonly structs: readonly { readonly ext: StructExtension; readonly file: string }[];
  /** Names defined in the root file that no include defines. */
  readonly defined: readonly string[];
  /** Names the root file takes unchanged from its includes. */
  readonly inherited: readonly string[];
  readonly overrides: readonly Override[];
}

const ITERATOR_NAMES = new Set(MODEL.iterators.keys());

export function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}

/** Join and normalise `a/b/../c` without touching the file system. */
export function resolvePath(from: string, rel: string): string {
  const parts = (rel.startsWith("/") ? rel : dirname(from) + rel).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "." || (p === "" && out.length > 0)) continue;
    if (p === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(p);
  }
  return out.join("/");
}

interface Loaded {
  readonly functions: Map<string, PolicyFunction>;
  readonly prototypes: PolicyFunction[];
  readonly structs: { ext: StructExtension; file: string }[];
}

/**
 * Load a policy: parse the root and its includes (each file once), report
 * include cycles and missing files at the #include line, and merge.
 * Returns undefined only if the root itself cannot be read.
 */
export function loadPolicy(
  root: string,
  read: FileReader,
  diags: Diagnostic[],
): Policy | undefined {
  const rootText = read(root);
  if (rootText === undefined) return undefined;
  const files = new Map<string, SourceFile>();
  const sources = new Map<string, string>();
  const loadedCache = new Map<string, Loaded>();

  const load = (path: string, text: string, stack: string[]): Loaded => {
    const cached = loadedCache.get(path);
    if (cached) return cached;
    const sf = parse(path, text, diags, { iterators: ITERATOR_NAMES });
    files.set(path, sf);
    sources.set(path, text);
    const inherited: Loaded = { functions: new Map(), prototypes: [], structs: [] };
    for (const item of sf.items) {
      if (item.kind !== "include") continue;
      const target = resolvePath(path, item.path);
      if (stack.includes(target)) {
        const cycle = [...stack.slice(stack.indexOf(target)), target].join(" -> ");
        diags.push(error("include-cycle", `#include cycle: ${cycle}`, item.span));
        continue;
      }
      const t = read(target);
      if (t === undefined) {
        diags.push(
          error(
            "include-not-found",
            `cannot find '${item.path}' (looked for ${target})`,
            item.span,
          ),
        );
        continue;
      }
      const sub = load(target, t, [...stack, target]);
      // A later include replaces what an earlier one defined, like a later definition.
      for (const [k, v] of sub.functions) inherited.functions.set(k, v);
      inherited.prototypes.push(...sub.prototypes);
      inherited.structs.push(...sub.structs);
    }
    const own = new Map<string, PolicyFunction>();
    for (const item of sf.items) {
      if (item.kind === "function") {
        if (!item.body) {
          inherited.prototypes.push({ def: item, file: path });
          continue;
        }
        const prev = own.get(item.name);
        if (prev) {
          diags.push({
            ...error(
              "duplicate-definition",
              `redefinition of '${item.name}' in the same file`,
              item.nameSpan,
            ),
            related: [
              { message: `previous definition of '${item.name}' is here`, span: prev.def.nameSpan },
            ],
          });
          continue;
        }
        own.set(item.name, { def: item, file: path });
      } else if (item.kind === "struct") {
        inherited.structs.push({ ext: item, file: path });
      }
    }
    const functions = new Map(inherited.functions);
    for (const [k, v] of own) {
      functions.delete(k); // re-insert so the override sits where the overriding file is
      functions.set(k, v);
    }
    const result = { functions, prototypes: inherited.prototypes, structs: inherited.structs };
    loadedCache.set(path, result);
    return result;
  };

  const merged = load(root, rootText, [root]);
  const rootFile = files.get(root)!;
  const header = readHeader(rootFile, diags);
  for (const [path, sf] of files) if (path !== root) readHeader(sf, diags);

  const defined: string[] = [];
  const inherited: string[] = [];
  const overrides: Override[] = [];
  const fromIncludes = new Map<string, PolicyFunction>();
  for (const item of rootFile.items) {
    if (item.kind !== "include") continue;
    const sub = loadedCache.get(resolvePath(root, item.path));
    if (sub) for (const [k, v] of sub.functions) fromIncludes.set(k, v);
  }
  for (const [name, fn] of merged.functions) {
    const base = fromIncludes.get(name);
    if (fn.file === root) {
      if (base) overrides.push({ name, by: fn.def.nameSpan, replaces: base.def.nameSpan });
      else defined.push(name);
    } else {
      inherited.push(name);
    }
  }
  return {
    file: root,
    header,
    files,
    sources,
    functions: merged.functions,
    prototypes: merged.prototypes,
    structs: merged.structs,
    defined,
    inherited,
    overrides,
  };
}

function readHeader(sf: SourceFile, diags: Diagnostic[]): PolicyHeader {
  const items = sf.items.filter((i): i is HeaderItem => i.kind === "header");
  const one = (key: HeaderItem["key"]) => {
    const found = items.filter((i) => i.key === key);
    for (const dup of found.slice(1)) {
      diags.push(error("header", `${key} given twice`, dup.span));
    }
    return found[0]?.value;
  };
  const name = one("POLICY_NAME");
  const description = one("POLICY_DESCRIPTION");
  const sources = items.filter((i) => i.key === "POLICY_SOURCE").map((i) => i.value);
  const at: Span = { file: sf.file, line: 1, col: 1, start: 0, end: 0 };
  const missing = [
    name === undefined ? "POLICY_NAME" : "",
    description === undefined ? "POLICY_DESCRIPTION" : "",
    sources.length === 0 ? "POLICY_SOURCE" : "",
  ].filter(Boolean);
  if (missing.length > 0) {
    diags.push(
      error(
        "header",
        `policy header incomplete: add ${missing.map((m) => `${m}("...")`).join(", ")} (name, summary, provenance)`,
        at,
      ),
    );
  }
  return { name: name ?? sf.file, description: description ?? "", sources };
}
