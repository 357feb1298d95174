/*
 * Escaping of policy text: property tests that no markup, HTML or mention
 * survives, and that nothing is lost.
 */

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { codeSpan, escapeMarkdown, normalizeText } from "../../src/report/escape.ts";

/** What a browser shows for our output: references decoded, the anti-link spaces dropped. */
function rendered(out: string): string {
  return out
    .replace(/(@|&#35;)&#8203;/g, (_, c: string) => (c === "@" ? "@" : "#"))
    .replace(/&(#\d+|amp|lt|gt|quot);/g, (_, name: string) => {
      switch (name) {
        case "amp":
          return "&";
        case "lt":
          return "<";
        case "gt":
          return ">";
        case "quot":
          return '"';
        default:
          return String.fromCodePoint(Number(name.slice(1)));
      }
    });
}

// Inputs built from the characters that matter, mixed with ordinary ones, so
// short random strings hit the dangerous combinations often; plus any Unicode.
const INTERESTING = [
  ..."<>&\"'`*_~[]()|$#@\\!-+=.:/ \n\r\t\u2028\u202e\u0000",
  "1.",
  "@user",
  "a",
  "b",
  "_x_",
  "é",
  "👍",
];
const texts = fc.oneof(
  fc.string({ unit: fc.constantFrom(...INTERESTING), maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

// The character references escapeMarkdown writes.
const OUR_REFERENCES = /&(#\d+|amp|lt|gt|quot);/g;

describe("escapeMarkdown", () => {
  test("never emits raw markup characters, line breaks, or a mention", () => {
    fc.assert(
      fc.property(texts, (s) => {
        const out = escapeMarkdown(s);
        // Outside our character references, no markup character survives
        // (and so every `&` starts one of them).
        const bare = out.replace(OUR_REFERENCES, "");
        expect(bare).not.toMatch(/[&<>`*~[\]|$#\\"\n\r\u2028\u2029]/);
        // A mention needs `@` directly before a name, an issue reference `#` before a number:
        // both are always followed by a zero-width space.
        expect(out).not.toMatch(/@(?!&#8203;)/);
        expect(out).not.toMatch(/&#35;(?!&#8203;)/);
        for (const m of out.matchAll(/_/g)) {
          expect(out[m.index - 1]).toMatch(/[A-Za-z0-9]/);
          expect(out[m.index + 1]).toMatch(/[A-Za-z0-9]/);
        }
        // Nothing that starts a list, a setext heading or a code block at a line start.
        expect(out).not.toMatch(/^([-+= ]|\d+[.)])/);
      }),
      { numRuns: 2000, seed: 0x10c4 },
    );
  });

  test("loses nothing: it renders as the input, less line breaks and control characters", () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(rendered(escapeMarkdown(s))).toBe(normalizeText(s));
      }),
      { numRuns: 2000, seed: 0x10c5 },
    );
  });

  test("an escaped value is exactly one table cell", () => {
    fc.assert(
      fc.property(texts, texts, (a, b) => {
        const row = `| ${escapeMarkdown(a)} | ${escapeMarkdown(b)} |`;
        expect(row.split("|")).toHaveLength(4);
      }),
      { numRuns: 500, seed: 0x10c6 },
    );
  });

  test("examples a hostile policy might try", () => {
    expect(escapeMarkdown("cc @torvalds and @linux-mm/reviewers")).toBe(
      "cc @&#8203;torvalds and @&#8203;linux-mm/reviewers",
    );
    expect(escapeMarkdown('<img src=x onerror="alert(1)">')).toBe(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;",
    );
    expect(escapeMarkdown("[click](https://evil.example)")).toBe(
      "&#91;click&#93;(https://evil.example)",
    );
    expect(escapeMarkdown("a | b\n| c")).toBe("a &#124; b &#124; c");
    expect(escapeMarkdown("`code` *bold* ~~gone~~ $x^2$")).toBe(
      "&#96;code&#96; &#42;bold&#42; &#126;&#126;gone&#126;&#126; &#36;x^2&#36;",
    );
    expect(escapeMarkdown("# Heading, see #123")).toBe("&#35;&#8203; Heading, see &#35;&#8203;123");
    expect(escapeMarkdown("1. not a list")).toBe("1&#46; not a list");
    expect(escapeMarkdown("safe\u202etxt.exe")).toBe("safe\ufffdtxt.exe");
    expect(escapeMarkdown("&lt; stays literal")).toBe("&amp;lt; stays literal");
  });

  test("kernel names stay readable", () => {
    expect(escapeMarkdown("folio_lock_anon_vma_read()")).toBe("folio_lock_anon_vma_read()");
    expect(escapeMarkdown("__anon_vma_prepare")).toBe("&#95;&#95;anon_vma_prepare");
    expect(escapeMarkdown("linux-v6.19: mm/rmap.c")).toBe("linux-v6.19: mm/rmap.c");
  });
});

describe("codeSpan", () => {
  test("is an inline <code> element around the escaped text", () => {
    fc.assert(
      fc.property(texts, (s) => {
        const out = codeSpan(s);
        expect(out).toBe(`<code>${escapeMarkdown(s)}</code>`);
        expect(rendered(out.slice(6, -7))).toBe(normalizeText(s));
      }),
      { numRuns: 500, seed: 0x10c7 },
    );
    expect(codeSpan("down_write(&anon_vma->root->rwsem) | x")).toBe(
      "<code>down_write(&amp;anon_vma-&gt;root-&gt;rwsem) &#124; x</code>",
    );
  });
});
