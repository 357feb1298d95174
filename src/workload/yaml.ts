/*
 * What the machine and workload loaders share: YAML parsed with line numbers,
 * JSON Schema errors turned into one located line each, and a way to point at
 * any value by its path. Pure: text in, diagnostics out.
 */

import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  type Node,
  parseDocument,
} from "yaml";
import type { InputDiagnostic } from "./errors.ts";

export type Path = readonly (string | number)[];

/** A parsed YAML file that can say which line any value or key is on. */
export class YamlFile {
  constructor(
    readonly file: string,
    readonly doc: Document,
    private readonly lc: LineCounter,
  ) {}

  lineOf(offset: number | undefined): number {
    return offset === undefined ? 1 : this.lc.linePos(offset).line;
  }

  node(path: Path): Node | undefined {
    const n = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
    return (n ?? undefined) as Node | undefined;
  }

  /** The key node of `key` in the map at `path` (to point at a field rather than its value). */
  key(path: Path, key: string): Node | undefined {
    const m = this.node(path);
    if (!isMap(m)) return undefined;
    for (const item of m.items) {
      if (isPair(item) && isScalar(item.key) && item.key.value === key) return item.key;
    }
    return undefined;
  }

  /**
   * The line of the value at `path`. A map value is reported at its key's
   * line, since a block sequence or map starts on the line below its key.
   */
  at(path: Path): number {
    const last = path[path.length - 1];
    const key = typeof last === "string" ? this.key(path.slice(0, -1), last) : undefined;
    return this.lineOf((key ?? this.node(path))?.range?.[0]);
  }

  diag(path: Path, message: string): InputDiagnostic {
    return { file: this.file, line: this.at(path), message };
  }
}

/** How schema errors are worded: the root's name, and each oneOf definition's accepted forms. */
export interface SchemaMessages {
  readonly root: string;
  readonly forms?: Readonly<Record<string, string>>;
}

export type YamlResult =
  | { readonly ok: true; readonly yaml: YamlFile; readonly data: unknown }
  | { readonly ok: false; readonly diagnostics: readonly InputDiagnostic[] };

/** Parse YAML (duplicate keys are errors) and validate it against a schema. */
export function parseAndValidate(
  path: string,
  text: string,
  validate: ValidateFunction,
  opts: SchemaMessages,
): YamlResult {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const yaml = new YamlFile(path, doc, lc);
  const diags: InputDiagnostic[] = [];
  for (const e of [...doc.errors, ...doc.warnings])
    diags.push({ file: path, line: yaml.lineOf(e.pos[0]), message: e.message.split("\n")[0]! });
  if (diags.length > 0) return { ok: false, diagnostics: diags };
  const data: unknown = doc.toJS();
  if (!validate(data)) {
    const errors = collapseOneOf(validate.errors ?? []);
    for (const e of errors) diags.push(schemaDiagnostic(yaml, e, opts));
    return { ok: false, diagnostics: dedupe(diags) };
  }
  return { ok: true, yaml, data };
}

/** One compiled validator per schema object, built on first use. */
export function validatorFor(schema: object): () => ValidateFunction {
  let v: ValidateFunction | undefined;
  return () => {
    v ??= new Ajv({ allErrors: true, strict: true }).compile(schema);
    return v;
  };
}

/**
 * A value matching no branch of a oneOf makes Ajv report every branch's
 * complaint ("must be string", "must have required property 'zipf'", ...).
 * If some branch got past the value's shape (its errors are deeper inside the
 * value, as for `{exp: {mean_us: 0}}`), those errors say what is wrong; else
 * keep only the oneOf error itself, and the caller names the accepted forms.
 */
function collapseOneOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const failed = errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath);
  const deeper = (p: string) => errors.some((e) => e.instancePath.startsWith(`${p}/`));
  return errors.filter((e) => {
    const p = failed.find((f) => e.instancePath === f || e.instancePath.startsWith(`${f}/`));
    if (p === undefined) return true;
    if (deeper(p)) return e.instancePath !== p;
    return e.keyword === "oneOf" && e.instancePath === p;
  });
}

function schemaDiagnostic(yaml: YamlFile, e: ErrorObject, opts: SchemaMessages): InputDiagnostic {
  const path = e.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const where = path.length > 0 ? path.join(".") : opts.root;
  const forms = opts.forms ?? {};
  const p = e.params as Record<string, unknown>;
  const line = (n: Node | undefined) => yaml.lineOf(n?.range?.[0]);
  switch (e.keyword) {
    case "required":
      return {
        file: yaml.file,
        line: line(yaml.node(path)),
        message: `${where}: missing required field '${String(p.missingProperty)}'`,
      };
    case "additionalProperties": {
      const k = String(p.additionalProperty);
      return {
        file: yaml.file,
        line: line(yaml.key(path, k) ?? yaml.node(path)),
        message: `${where}: unknown field '${k}'`,
      };
    }
    case "enum":
      return {
        file: yaml.file,
        line: line(yaml.node(path)),
        message: `${where}: must be one of ${(p.allowedValues as unknown[]).join(", ")}`,
      };
    case "oneOf": {
      // The definition name is the last $ref segment before /oneOf.
      const def = /#\/definitions\/([^/]+)\/oneOf$/.exec(e.schemaPath)?.[1] ?? "";
      const form = forms[def] ?? forms[String(path[path.length - 1])];
      return {
        file: yaml.file,
        line: line(yaml.node(path)),
        message: `${where}: ${form ? `must be ${form}` : (e.message ?? "has the wrong form")}`,
      };
    }
    default:
      return {
        file: yaml.file,
        line: line(yaml.node(path)),
        message: `${where}: ${e.message ?? e.keyword}`,
      };
  }
}

export function dedupe(ds: readonly InputDiagnostic[]): InputDiagnostic[] {
  const seen = new Set<string>();
  return ds
    .filter((d) => {
      const k = `${d.line}\0${d.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.line - b.line);
}

/** The file's base name, for the "name must match the file" check. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
