/*
 * What a policy #includes, for the include graph discovery needs. It uses
 * the policy lexer, so comments, strings and directives are read exactly as
 * the front end reads them, and it works on files the parser would reject (a
 * PR can break a policy and still deserves a report).
 */

import { lex } from "../lang/lexer.ts";

/** Returns the path strings of a text's `#include "..."` directives, in order. */
export type IncludeExtractor = (text: string) => string[];

export const extractIncludes: IncludeExtractor = (text) => {
  const { tokens } = lex("", text, []);
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (t.kind === "directive" && t.text === "#include" && next.kind === "string")
      out.push(next.text);
  }
  return out;
};
