// Regenerates the catalogue section of docs/policy-language.md from src/model.
import { readFileSync, writeFileSync } from "node:fs";
import { spliceCatalogue } from "../src/model/catalogue.ts";

const path = "docs/policy-language.md";
writeFileSync(path, spliceCatalogue(readFileSync(path, "utf8")));
