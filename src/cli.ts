// The `lockbench` binary: only starts things (see main.ts).
import { main } from "./main.ts";

process.exitCode = await main(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  cwd: process.cwd(),
});
