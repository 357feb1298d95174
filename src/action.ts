// The Action's entry: only starts things (see github/action.ts).
import { run } from "./github/action.ts";

await run();
