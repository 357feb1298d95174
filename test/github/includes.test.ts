/* The include extractor reads #include directives as the policy front end does. */

import { describe, expect, test } from "vitest";
import { extractIncludes } from "../../src/github/includes.ts";
import { loadPolicy } from "../../src/lang/program.ts";

describe("extractIncludes", () => {
  test("returns the quoted paths of #include directives in order", () => {
    const text = '#include "lib.policy"\nint x;\n  #include "../a/b.policy"\n';
    expect(extractIncludes(text)).toEqual(["lib.policy", "../a/b.policy"]);
  });

  test("ignores includes inside block and line comments", () => {
    const text =
      '/*\n#include "quoted.policy"\n*/\n// #include "commented.policy"\n#include "real.policy"\n';
    expect(extractIncludes(text)).toEqual(["real.policy"]);
  });

  test("ignores <system> includes, which the language does not have", () => {
    expect(extractIncludes('#include <linux/mm.h>\n#include "x.policy"')).toEqual(["x.policy"]);
  });

  test("agrees with the front end's include resolution", () => {
    const files: Record<string, string> = {
      "p/a.policy":
        'POLICY_NAME("a");\n/* #include "no.policy" */\n#include "lib/b.policy"\n#include "c.policy"\n',
      "p/lib/b.policy": "",
      "p/c.policy": "",
    };
    const policy = loadPolicy("p/a.policy", (f) => files[f], []);
    expect([...policy!.files.keys()].slice(1)).toEqual(
      extractIncludes(files["p/a.policy"]!).map((i) => `p/${i}`),
    );
  });
});
