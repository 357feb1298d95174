/*
 * Validation of results documents that did not come from this process: a
 * workflow_run job reading the artifact of a pull request's run, a shard's
 * JSON merged by hand. The document is checked against the published schema
 * (schema/results.schema.json) and every problem is reported where it is:
 * the JSON Pointer of the value and, when the text is given, its line and
 * column. Pure: text or a parsed value in, errors out.
 */

import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import schema from "../../schema/results.schema.json" with { type: "json" };
import type { RunResults } from "./run.ts";
import { SCHEMA_VERSION } from "./schema.ts";
import type { VerifyResults } from "./verify-results.ts";

export const RESULTS_SCHEMA: object = schema;

export interface ResultsError {
  /** JSON Pointer (RFC 6901) of the offending value; "" is the document. */
  readonly path: string;
  readonly message: string;
  /** 1-based, when the text was given and the value found in it. */
  readonly line?: number;
  readonly column?: number;
}

export type ValidatedResults =
  | { readonly ok: true; readonly doc: RunResults | VerifyResults }
  | { readonly ok: false; readonly errors: readonly ResultsError[] };

/** At most this many errors are reported: a wrong document is usually wrong everywhere. */
const MAX_ERRORS = 20;

const validators = (() => {
  let v: { run: ValidateFunction; verify: ValidateFunction } | undefined;
  return () => {
    if (!v) {
      const ajv = new Ajv({ allErrors: true, strict: true });
      ajv.addSchema(schema);
      const id = (schema as { $id: string }).$id;
      // One branch per kind, so that a run document is not also reported for
      // everything a verify document would need (oneOf's error noise).
      v = {
        run: ajv.compile({ $ref: `${id}#/definitions/runResults` }),
        verify: ajv.compile({ $ref: `${id}#/definitions/verifyResults` }),
      };
    }
    return v;
  };
})();

/** Validate a parsed document. `text`, when given, is what it was parsed from (for line numbers). */
export function validateResults(doc: unknown, text?: string): ValidatedResults {
  const errors: ResultsError[] = [];
  const kind = (doc as { kind?: unknown } | null)?.kind;
  const version = (doc as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    errors.push({ path: "", message: "must be an object (a lockbench results document)" });
  } else if (version !== SCHEMA_VERSION) {
    // Checked first: a document of another version is not worth a list of field errors.
    errors.push({
      path: "/schemaVersion",
      message: `schemaVersion ${JSON.stringify(version)} is not supported (this lockbench reads ${SCHEMA_VERSION})`,
    });
  } else if (kind !== "run" && kind !== "verify") {
    errors.push({
      path: "/kind",
      message: `kind must be "run" or "verify", got ${JSON.stringify(kind)}`,
    });
  } else {
    const v = validators()[kind];
    if (!v(doc)) errors.push(...(v.errors ?? []).slice(0, MAX_ERRORS).map(toError));
  }
  if (errors.length === 0) return { ok: true, doc: doc as RunResults | VerifyResults };
  return { ok: false, errors: text === undefined ? errors : locate(errors, text) };
}

/** Parse and validate a document's text; a JSON syntax error is reported at its line. */
export function validateResultsText(text: string): ValidatedResults {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    const pos = at ? lineColumn(text, Number(at[1])) : undefined;
    return { ok: false, errors: [{ path: "", message: `not JSON: ${message}`, ...pos }] };
  }
  return validateResults(doc, text);
}

/** "path: message" or "line:col: path: message", one line per error. */
export function formatResultsError(e: ResultsError, file = "results"): string {
  const where = e.line !== undefined ? `${file}:${e.line}:${e.column}` : file;
  return `${where}: ${e.path || "/"}: ${e.message}`;
}

function toError(e: ErrorObject): ResultsError {
  const p = e.params as Record<string, unknown>;
  let message = e.message ?? "is invalid";
  if (e.keyword === "additionalProperties") message = `unknown property '${p.additionalProperty}'`;
  else if (e.keyword === "required") message = `missing property '${p.missingProperty}'`;
  else if (e.keyword === "const") message = `must be ${JSON.stringify(p.allowedValue)}`;
  else if (e.keyword === "enum") message = `must be one of ${JSON.stringify(p.allowedValues)}`;
  return { path: e.instancePath, message };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  return { line, column: offset - start + 1 };
}

/** Add line and column to each error whose value the text contains. */
function locate(errors: ResultsError[], text: string): ResultsError[] {
  const want = new Set(errors.map((e) => e.path));
  const found = findPointers(text, want);
  return errors.map((e) => {
    const at = found.get(e.path);
    return at === undefined ? e : { ...e, ...lineColumn(text, at) };
  });
}

const escapeToken = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * Offsets of the values at the given JSON Pointers, found by one scan of
 * valid JSON text (the caller parsed it already), without building values.
 */
export function findPointers(text: string, want: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const str = (): string => {
    const start = i;
    i++; // opening quote
    while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    ws();
    if (want.has(path)) out.set(path, i);
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        const key = str();
        ws();
        i++; // :
        value(`${path}/${escapeToken(key)}`);
        ws();
        if (text[i++] === "}") return;
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (let k = 0; ; k++) {
        value(`${path}/${k}`);
        ws();
        if (text[i++] === "]") return;
      }
    }
    if (c === '"') {
      str();
      return;
    }
    while (i < text.length && !",]} \t\n\r".includes(text[i]!)) i++;
  };
  value("");
  return out;
}
