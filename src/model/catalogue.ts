/*
 * Renders the model table as the reference section of
 * docs/policy-language.md. The doc is generated from the same data the
 * checker and engine read, and a test fails when the two drift apart
 * (regenerate with `npm run docs`).
 */

import { markdownTable } from "markdown-table";
import { BUILTINS, type Builtin, type Category } from "./builtins.ts";
import { CONSTANTS, GLOBALS } from "./constants.ts";
import { ITERATORS } from "./iterators.ts";
import { STRUCTS } from "./structs.ts";
import { typeName } from "./types.ts";

export const BEGIN = "<!-- BEGIN GENERATED CATALOGUE: npm run docs -->";
export const END = "<!-- END GENERATED CATALOGUE -->";

const CATEGORY_TITLES: Record<Category, string> = {
  lock: "Locks (rwsem, spinlock, folio lock)",
  vma: "VMAs and per-VMA locks",
  rcu: "RCU",
  atomic: "Atomics and barriers",
  access: "Marked accesses",
  folio: "Folio state",
  pte: "Page-table entries",
  tlb: "TLB and MMU notifiers",
  pagetable: "Page-table pages",
  tree: "anon_vma interval tree",
  list: "Lists",
  object: "Allocation and freeing",
  annotation: "Annotations and assertions",
  compiler: "Compiler hints",
};

/** Markdown cells may not contain raw pipes or newlines. */
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (s: string) => `\`${s}\``;

function effect(b: Builtin): string {
  const parts: string[] = [];
  if (!b.step) parts.push("private (not a scheduling point)");
  if (b.sleeps) parts.push("may sleep");
  if (b.lock) parts.push(`lock ${b.lock.op} (${b.lock.mode}) on arg ${b.lock.arg + 1}`);
  if (b.reads.length) parts.push(`reads ${b.reads.join(", ")}`);
  if (b.writes.length) parts.push(`writes ${b.writes.join(", ")}`);
  if ((b.reads.length || b.writes.length) && !b.marked) parts.push("plain");
  return parts.join("; ");
}

export function renderCatalogue(): string {
  const out: string[] = [BEGIN, ""];
  out.push("### Structs", "");
  for (const s of STRUCTS) {
    out.push(`#### \`struct ${s.name}\` (${s.kind})`, "", s.doc, "");
    if (s.fields.length === 0) continue;
    out.push(
      markdownTable([
        ["field", "type", "meaning"],
        ...s.fields.map((f) => [code(f.name), code(typeName(f.type)), cell(f.doc)]),
      ]),
      "",
    );
  }
  out.push("### Builtins", "");
  const cats = Object.keys(CATEGORY_TITLES) as Category[];
  for (const cat of cats) {
    const bs = BUILTINS.filter((b) => b.category === cat);
    if (bs.length === 0) continue;
    out.push(`#### ${CATEGORY_TITLES[cat]}`, "");
    out.push(
      markdownTable([
        ["prototype", "what it does", "effect"],
        ...bs.map((b) => [code(b.text), cell(b.doc), cell(effect(b))]),
      ]),
      "",
    );
  }
  out.push("### Loop macros", "");
  out.push(
    markdownTable([["macro", "meaning"], ...ITERATORS.map((i) => [code(i.name), cell(i.doc)])]),
    "",
  );
  out.push("### Constants and globals", "");
  out.push(
    markdownTable([
      ["name", "type", "value", "meaning"],
      ...CONSTANTS.map((c) => [
        code(c.name),
        code(typeName(c.type)),
        code(hex(c.value)),
        cell(c.doc),
      ]),
      ...GLOBALS.map((g) => [code(g.name), code(typeName(g.type)), "", cell(g.doc)]),
    ]),
    "",
  );
  out.push(END);
  return out.join("\n");
}

function hex(v: number): string {
  return v < 0 || v > 4096 ? `0x${(v >>> 0).toString(16)}` : String(v);
}

/** Replace the generated section of a document. */
export function spliceCatalogue(doc: string): string {
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`the document has no ${BEGIN} ... ${END} section`);
  return doc.slice(0, a) + renderCatalogue() + doc.slice(b + END.length);
}
