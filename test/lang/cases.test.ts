/*
 * The language's behaviour, as policy files with their expectations inline
 * (jlox's test style): `// expect error: text` or `// expect warning: text`
 * on the line where that diagnostic must be reported. Every diagnostic must be
 * expected and every expectation met; a file without expectations must check
 * cleanly and compile. `*.inc.policy` files are only included by others.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frontEnd } from "../../src/lang/index.ts";
import { fileReader } from "../../src/policy-files.ts";

const ROOT = "test/lang/cases";
const read = fileReader(process.cwd());

interface Expectation {
  file: string;
  line: number;
  severity: string;
  text: string;
}

function expectationsIn(file: string, text: string): Expectation[] {
  const out: Expectation[] = [];
  text.split("\n").forEach((l, i) => {
    const m = /\/\/ expect (error|warning): (.*)$/.exec(l);
    if (m) out.push({ file, line: i + 1, severity: m[1]!, text: m[2]!.trim() });
  });
  return out;
}

const folders = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory());

for (const folder of folders) {
  describe(folder.name, () => {
    const files = readdirSync(`${ROOT}/${folder.name}`).filter(
      (f) => f.endsWith(".policy") && !f.endsWith(".inc.policy"),
    );
    for (const f of files) {
      it(f, () => {
        const path = `${ROOT}/${folder.name}/${f}`;
        const r = frontEnd(path, read);
        const expected = [...(r.policy?.sources ?? new Map([[path, read(path)!]]))].flatMap(
          ([file, text]) => expectationsIn(file, text),
        );
        const got = r.diagnostics.map((d) => ({
          file: d.span.file,
          line: d.span.line,
          severity: d.severity,
          message: d.message,
        }));
        const unmatched = [...got];
        const missing: Expectation[] = [];
        for (const e of expected) {
          const i = unmatched.findIndex(
            (g) =>
              g.file === e.file &&
              g.line === e.line &&
              g.severity === e.severity &&
              g.message.includes(e.text),
          );
          if (i < 0) missing.push(e);
          else unmatched.splice(i, 1);
        }
        expect({ unexpected: unmatched, missing }).toEqual({ unexpected: [], missing: [] });
        if (expected.length === 0) expect(r.ir?.functions.length).toBeGreaterThan(0);
      });
    }
  });
}
