/*
 * Reads the C prototypes the builtin catalogue is written in
 * ("bool folio_trylock(struct folio *folio)"), so the catalogue reads like a
 * kernel header and the docs can print it verbatim.
 */

import { type CType, ptr, struct } from "./types.ts";

export interface Param {
  readonly name: string;
  readonly type: CType;
}
export interface Prototype {
  readonly name: string;
  readonly ret: CType;
  readonly params: readonly Param[];
}

const WORDS: Record<string, CType> = {
  void: { kind: "void" },
  bool: { kind: "bool" },
  int: { kind: "int", name: "int" },
  long: { kind: "int", name: "long" },
  "unsigned int": { kind: "int", name: "unsigned int" },
  "unsigned long": { kind: "int", name: "unsigned long" },
  pgoff_t: { kind: "int", name: "pgoff_t" },
  gfp_t: { kind: "int", name: "gfp_t" },
  pte_t: { kind: "word", name: "pte_t" },
  pmd_t: { kind: "word", name: "pmd_t" },
  spinlock_t: struct("spinlock_t"),
  atomic_t: struct("atomic_t"),
};

/** A C type spelled in a prototype: `const struct folio *`, `spinlock_t **`. */
export function parseTypeText(text: string): CType {
  let t = text.replace(/\bconst\b/g, "").trim();
  let stars = 0;
  while (t.endsWith("*")) {
    stars++;
    t = t.slice(0, -1).trim();
  }
  const m = /^struct\s+(\w+)$/.exec(t);
  let base: CType | undefined = m ? struct(m[1]!) : WORDS[t.replace(/\s+/g, " ")];
  if (!base) throw new Error(`unknown type '${text}' in the builtin catalogue`);
  for (let i = 0; i < stars; i++) base = ptr(base);
  return base;
}

export function parsePrototype(text: string): Prototype {
  const m = /^(.*?)\b(\w+)\s*\((.*)\)$/.exec(text.trim());
  if (!m) throw new Error(`malformed prototype '${text}'`);
  const ret = parseTypeText(m[1]!);
  const args = m[3]!.trim();
  const params =
    args === "" || args === "void"
      ? []
      : args.split(",").map((a) => {
          const pm = /^(.*?)(\w+)$/.exec(a.trim());
          if (!pm) throw new Error(`malformed parameter '${a}' in '${text}'`);
          return { name: pm[2]!, type: parseTypeText(pm[1]!) };
        });
  return { name: m[2]!, ret, params };
}
