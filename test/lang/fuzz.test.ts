/*
 * The front end never throws at its user: 10,000 random and mutated policy
 * texts go through lex, parse, include resolution, type checking and
 * compilation; each either compiles or fails with diagnostics whose locations
 * point inside the text they name.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frontEnd } from "../../src/lang/index.ts";

function policiesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = `${dir}/${e}`;
    if (statSync(p).isDirectory()) out.push(...policiesUnder(p));
    else if (p.endsWith(".policy")) out.push(p);
  }
  return out;
}

const corpusFiles = [...policiesUnder("test/lang/cases"), ...policiesUnder("policies")];
const corpus = corpusFiles.map((f) => readFileSync(f, "utf8"));
/* Functions and other top-level chunks, so most mutants are small and fast. */
const chunks = corpus.flatMap((t) =>
  t.split(/(?<=\n\};?\n)/).filter((c) => c.trim().length > 0 && !/^\s*POLICY_/.test(c)),
);

const FRAGMENTS = [
  "{",
  "}",
  "(",
  ")",
  ";",
  ",",
  "->",
  ".",
  "*",
  "&",
  "=",
  "==",
  "!",
  "?",
  ":",
  "#include",
  '"x.policy"',
  "goto out;",
  "out:",
  "return",
  "if",
  "else",
  "while",
  "for",
  "do",
  "struct",
  "struct folio *",
  "unsigned long",
  "int",
  "NULL",
  "0x",
  "123",
  "/*",
  "*/",
  "//",
  "\n",
  "\t",
  "anon_vma_interval_tree_foreach(avc, &av->rb_root, 0, 1)",
  "list_for_each_entry(",
  "down_read(",
  "READ_ONCE(",
  "POLICY_NAME(",
  '"',
  "'",
  "\\",
  "@",
  "$",
  "[0]",
  "~",
  "<<=",
  "++",
  "--",
];

const HEADER = 'POLICY_NAME("fuzz");\nPOLICY_DESCRIPTION("fuzz");\nPOLICY_SOURCE("fuzz");\n';

type Mutation =
  | { kind: "delete"; at: number; len: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "swap"; a: number; b: number; len: number }
  | { kind: "truncate"; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("delete" as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.constantFrom(...FRAGMENTS),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.constantFrom(" ", "\n", "/* c */"),
  }),
  fc.record({
    kind: fc.constant("swap" as const),
    a: fc.nat(),
    b: fc.nat(),
    len: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

function mutate(text: string, ms: readonly Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const n = Math.max(1, t.length);
    switch (m.kind) {
      case "delete": {
        const at = m.at % n;
        t = t.slice(0, at) + t.slice(at + m.len);
        break;
      }
      case "insert": {
        const at = m.at % (t.length + 1);
        t = t.slice(0, at) + m.text + t.slice(at);
        break;
      }
      case "swap": {
        const a = m.a % n;
        const b = m.b % n;
        const [x, y] = a < b ? [a, b] : [b, a];
        if (y >= x + m.len) {
          t =
            t.slice(0, x) +
            t.slice(y, y + m.len) +
            t.slice(x + m.len, y) +
            t.slice(x, x + m.len) +
            t.slice(y + m.len);
        }
        break;
      }
      case "truncate":
        t = t.slice(0, m.at % n);
        break;
    }
  }
  return t;
}

const textArb: fc.Arbitrary<string> = fc.oneof(
  // Mutated chunks of real policies, behind a valid header.
  // Zero mutations or benign ones keep many texts valid, so the checker and compiler run too.
  fc
    .tuple(fc.constantFrom(...chunks), fc.array(mutationArb, { minLength: 0, maxLength: 4 }))
    .map(([c, ms]) => HEADER + mutate(c, ms)),
  // Token soup.
  fc
    .array(fc.constantFrom(...FRAGMENTS, "folio", "vma", "x", " "), { maxLength: 60 })
    .map((xs) => xs.join(" ")),
  // Arbitrary unicode.
  fc.string({ unit: "binary", maxLength: 200 }),
);

function checkLocations(path: string, text: string): void {
  const sources = new Map([[path, text]]);
  const r = frontEnd(path, (p) => sources.get(p) ?? (p === "inc.policy" ? HEADER : undefined));
  for (const [k, v] of r.policy?.sources ?? []) sources.set(k, v);
  for (const d of r.diagnostics) {
    const src = sources.get(d.span.file);
    expect(src, `diagnostic in unknown file ${d.span.file}`).toBeDefined();
    const lines = src!.split("\n");
    expect(d.span.line).toBeGreaterThanOrEqual(1);
    expect(d.span.line).toBeLessThanOrEqual(lines.length);
    expect(d.span.col).toBeGreaterThanOrEqual(1);
    expect(d.span.col).toBeLessThanOrEqual(lines[d.span.line - 1]!.length + 1);
    expect(d.span.start).toBeLessThanOrEqual(d.span.end);
    expect(d.span.end).toBeLessThanOrEqual(src!.length);
    expect(d.message.length).toBeGreaterThan(0);
  }
  const errors = r.diagnostics.some((d) => d.severity === "error");
  expect(errors || r.ir !== undefined).toBe(true);
}

describe("front end under random input", () => {
  it("reports every failure as a located diagnostic, never an exception (10,000 texts)", () => {
    expect(chunks.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(textArb, (text) => checkLocations("fuzz.policy", text)),
      { numRuns: 10_000, seed: 20251125 },
    );
  });

  it("survives every real policy truncated at every line", () => {
    for (const text of corpus) {
      const lines = text.split("\n");
      for (let i = 0; i < lines.length; i += 3)
        checkLocations("cut.policy", lines.slice(0, i).join("\n"));
    }
  });
});
