// Bundles the CLI (and later the Action) into dist/. Deterministic: no
// timestamps, no absolute paths, so .ci/run can diff a fresh bundle against
// the committed one.
import { build } from "esbuild";

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  legalComments: "none",
  logLevel: "warning",
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
};

await build({
  ...common,
  entryPoints: ["src/cli.ts"],
  outfile: "dist/cli.js",
  banner: { js: "#!/usr/bin/env node\n" + common.banner.js },
});

await build({
  ...common,
  entryPoints: ["src/action.ts"],
  outfile: "dist/index.js",
});
