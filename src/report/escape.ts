/*
 * Escaping for every string that came from a policy (names, comments,
 * function names, file paths) before it goes into the PR comment or the job
 * summary. A policy comes from a pull request, possibly a stranger's fork, so
 * its text must not be able to add markup, raw HTML, table cells, images,
 * math, @-mentions that ping people, or #123 references that notify issues.
 *
 * Punctuation is written as HTML character references rather than backslash
 * escapes: GitHub decodes references in markdown text, in table cells and
 * inside raw HTML such as <summary>, whereas backslashes are literal in raw
 * HTML and do not stop `$` math. A decoded reference is always plain text
 * (CommonMark §6.2), never a delimiter.
 *
 * Left alone on purpose: letters, digits, `(`, `)`, `.`, `,`, `:`, `/`, `'`
 * and intraword `_` (anon_vma_lock_read), which cannot start markup, so names
 * stay readable and the report stays small. Bare URLs still autolink; a link
 * shows its own target, so it cannot pose as something else.
 */

// Characters that are markup somewhere inline in GitHub Flavored Markdown or
// HTML: & < > (HTML, autolinks), \ (escapes), ` (code), * _ ~ (emphasis,
// strikethrough), [ ] (links, images, task items), | (table cells), $ (math),
// " (HTML attributes). `@` and `#` are handled below.
const REFERENCE: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\\": "&#92;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "[": "&#91;",
  "]": "&#93;",
  "|": "&#124;",
  $: "&#36;",
};

// GitHub links mentions and issue references in the rendered text, after
// character references are decoded, so a reference alone does not stop them.
// A zero-width space after `@` keeps `@name` or `@org/team` from pinging, and
// after `#` keeps `#123` from cross-referencing (and notifying) an issue, as
// Renovate does in the release notes it quotes. `#` is also a heading marker.
const AT = "@&#8203;";
const HASH = "&#35;&#8203;";

const ASCII_ALNUM = /[A-Za-z0-9]/;

const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Line breaks of any kind become spaces: inline text must not end a table
 * row, a list item or a paragraph. Other control characters and the Unicode
 * bidirectional overrides ("Trojan Source", CVE-2021-42574) become U+FFFD, so
 * text cannot be hidden or reordered on screen.
 */
export function normalizeText(text: string): string {
  return text.replace(LINE_BREAKS, " ").replace(INVISIBLE, "\ufffd");
}

/** An intraword `_` can neither open nor close emphasis (CommonMark §6.2 flanking rules). */
function intraword(s: string, i: number): boolean {
  return i > 0 && i < s.length - 1 && ASCII_ALNUM.test(s[i - 1]!) && ASCII_ALNUM.test(s[i + 1]!);
}

/**
 * Escapes policy-supplied text for markdown prose, table cells and the
 * inside of HTML elements (<summary>, <td>). The result reads the same as the
 * input once rendered, less line breaks and control characters.
 */
export function escapeMarkdown(text: string): string {
  const s = normalizeText(text);
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "@") out += AT;
    else if (c === "#") out += HASH;
    else if (c === "_" && intraword(s, i)) out += c;
    else out += REFERENCE[c] ?? c;
  }
  return escapeLineStart(out);
}

/**
 * At the start of a line, `-`, `+`, `=`, `1.`/`1)` and leading spaces start
 * lists, setext headings or code blocks. The text may be placed at a line
 * start, so its first such character is written as a reference.
 */
function escapeLineStart(s: string): string {
  const m = /^(\d{1,9})([.)])/.exec(s);
  if (m) return `${m[1]}${m[2] === "." ? "&#46;" : "&#41;"}${s.slice(m[0].length)}`;
  const first = s[0];
  if (first === "-") return `&#45;${s.slice(1)}`;
  if (first === "+") return `&#43;${s.slice(1)}`;
  if (first === "=") return `&#61;${s.slice(1)}`;
  if (first === " ") return `&#32;${s.slice(1)}`;
  return s;
}

/**
 * Policy text in code style (function names, source lines). A markdown code
 * span would not do: GFM splits table cells on `|` even inside code, its `\|`
 * escape pairs up with a preceding backslash, and code spans are literal
 * inside HTML such as <summary>. An inline <code> element with the same
 * references as escapeMarkdown is safe in all three places, and GitHub does
 * not turn mentions inside <code> into links.
 */
export function codeSpan(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}
