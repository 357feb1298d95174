/*
 * GitHub's published OpenAPI description (npm @octokit/openapi,
 * generated/api.github.com.json) turned into request and response validators
 * for the few operations lockbench calls. The fake server runs every request
 * octokit sends and every response it returns through these, so a test
 * passes only if real GitHub would have accepted the request and could have
 * sent the response.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

type Json = Record<string, unknown>;

export interface Operation {
  readonly operationId: string;
  readonly method: string;
  /** The spec's path template, e.g. /repos/{owner}/{repo}/pulls/{pull_number}/files. */
  readonly template: string;
  /** Matches a request path; named groups are the path parameters, still encoded. */
  readonly pattern: RegExp;
  /** Violations of the spec by a request: [] when it is valid. */
  validateRequest(req: {
    pathParams: Record<string, string>;
    query: URLSearchParams;
    contentType: string | undefined;
    body: unknown;
  }): string[];
  /** Violations of the spec by a JSON response with this status: [] when it is valid. */
  validateResponse(status: number, headers: Record<string, string>, body: unknown): string[];
}

// Each component schema is registered on first use under its own id, so a
// test file pays only for the schemas its operations reach (the whole spec
// has thousands).
const SCHEMA_BASE = "https://api.github.com/openapi/components/schemas/";
const LOCAL_SCHEMA = "#/components/schemas/";

function specPath(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve("@octokit/openapi/package.json");
  return join(dirname(pkg), "generated", "api.github.com.json");
}

/** Rewrites the spec's local `#/components/schemas/x` refs to the registered ids. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] =
      k === "$ref" && typeof v === "string" && v.startsWith(LOCAL_SCHEMA)
        ? SCHEMA_BASE + v.slice(LOCAL_SCHEMA.length)
        : rebase(v);
  }
  return out;
}

interface Loaded {
  spec: {
    paths: Record<string, Record<string, Json>>;
    components: Record<string, Record<string, Json>>;
  };
  ajv: Ajv;
  registered: Set<string>;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const spec = JSON.parse(readFileSync(specPath(), "utf8")) as Loaded["spec"];
  // OpenAPI 3.0 schemas carry `nullable`, `example`, `discriminator` and
  // x-* extensions, so strict mode is off; ajv understands `nullable`.
  // Formats (uri, date-time ...) are checked.
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  addFormats(ajv);
  loaded = { spec, ajv, registered: new Set() };
  return loaded;
}

/** Registers every component schema `schema` reaches, transitively. */
function register(schema: unknown): void {
  const { spec, ajv, registered } = load();
  const refs: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object" && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (k === "$ref" && typeof x === "string" && x.startsWith(LOCAL_SCHEMA))
          refs.push(x.slice(LOCAL_SCHEMA.length));
        else walk(x);
      }
    }
  };
  walk(schema);
  for (const name of refs) {
    if (registered.has(name)) continue;
    registered.add(name);
    const target = spec.components.schemas?.[name];
    if (!target) throw new Error(`Dangling reference ${LOCAL_SCHEMA}${name}.`);
    ajv.addSchema(
      { ...(rebase(target) as Json), $id: SCHEMA_BASE + name },
      undefined,
      undefined,
      false,
    );
    register(target);
  }
}

function resolve(obj: Json, kind: string): Json {
  const ref = obj.$ref;
  if (typeof ref !== "string") return obj;
  const prefix = `#/components/${kind}/`;
  if (!ref.startsWith(prefix)) throw new Error(`Unexpected reference ${ref}.`);
  const target = load().spec.components[kind]?.[ref.slice(prefix.length)];
  if (!target) throw new Error(`Dangling reference ${ref}.`);
  return target;
}

const compiled = new Map<unknown, ValidateFunction>();
function compile(schema: unknown): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    register(schema);
    v = load().ajv.compile(rebase(schema) as Json);
    compiled.set(schema, v);
  }
  return v;
}

function errorsOf(v: ValidateFunction, where: string): string[] {
  return (v.errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? "is invalid"}`);
}

/** A parameter's string value from the URL, as the type its schema declares. */
function coerce(raw: string, schema: Json): unknown {
  switch (schema.type) {
    case "integer":
    case "number":
      return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    case "boolean":
      return raw === "true" ? true : raw === "false" ? false : raw;
    default:
      return raw;
  }
}

/** Validators for the operation at `method template`; throws if the spec lacks it. */
export function operation(method: string, template: string): Operation {
  const { spec } = load();
  const op = spec.paths[template]?.[method.toLowerCase()];
  if (!op) throw new Error(`The spec has no ${method} ${template}.`);
  const params = ((op.parameters as Json[] | undefined) ?? []).map((p) => resolve(p, "parameters"));
  const multi = new Set(
    params.filter((p) => p["x-multi-segment"] === true).map((p) => p.name as string),
  );
  const pattern = new RegExp(
    `^${template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const m = /^\{(.+)\}$/.exec(part);
        if (!m) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
        return `(?<${m[1]}>${multi.has(m[1]!) ? ".+" : "[^/]+"})`;
      })
      .join("")}$`,
  );
  const requestBody =
    op.requestBody === undefined ? undefined : resolve(op.requestBody as Json, "requestBodies");
  const basicError = { $ref: "#/components/schemas/basic-error" };

  return {
    operationId: op.operationId as string,
    method: method.toUpperCase(),
    template,
    pattern,
    validateRequest({ pathParams, query, contentType, body }) {
      const problems: string[] = [];
      for (const p of params) {
        const name = p.name as string;
        const schema = (p.schema ?? {}) as Json;
        let raw: string | undefined;
        if (p.in === "path")
          raw = pathParams[name] === undefined ? undefined : decodeURIComponent(pathParams[name]);
        else if (p.in === "query") raw = query.get(name) ?? undefined;
        else continue; // header and cookie parameters: none used here
        if (raw === undefined) {
          if (p.required === true) problems.push(`missing required ${p.in} parameter ${name}`);
          continue;
        }
        const v = compile(schema);
        if (!v(coerce(raw, schema))) problems.push(...errorsOf(v, `${p.in} parameter ${name}`));
      }
      const known = new Set(params.filter((p) => p.in === "query").map((p) => p.name as string));
      for (const name of new Set(query.keys())) {
        if (!known.has(name)) problems.push(`unknown query parameter ${name}`);
      }
      if (requestBody === undefined) {
        if (body !== undefined) problems.push("a body was sent to an operation that takes none");
      } else if (body === undefined) {
        if (requestBody.required === true) problems.push("missing required request body");
      } else {
        if (!contentType?.startsWith("application/json"))
          problems.push(`request content-type ${contentType}`);
        const media = (requestBody.content as Record<string, Json>)["application/json"];
        if (!media) problems.push("the operation takes no JSON body");
        else {
          const v = compile(media.schema);
          if (!v(body)) problems.push(...errorsOf(v, "request body"));
        }
      }
      return problems;
    },
    validateResponse(status, headers, body) {
      const responses = op.responses as Record<string, Json>;
      const documented = responses[String(status)] ?? responses.default;
      // Statuses the spec leaves out (429, 502 ...) still carry GitHub's
      // generic error body, so that is what they are held to.
      const response = documented === undefined ? undefined : resolve(documented, "responses");
      const problems: string[] = [];
      const content = response?.content as Record<string, Json> | undefined;
      const schema = response === undefined ? basicError : content?.["application/json"]?.schema;
      if (schema === undefined) {
        if (body !== undefined) problems.push(`status ${status} is documented without a JSON body`);
      } else {
        const v = compile(schema);
        if (!v(body)) problems.push(...errorsOf(v, `response ${status}`));
      }
      for (const [name, h] of Object.entries((response?.headers ?? {}) as Record<string, Json>)) {
        const value = headers[name.toLowerCase()];
        const hs = resolve(h, "headers").schema;
        if (value !== undefined && hs !== undefined) {
          const v = compile(hs);
          if (!v(value)) problems.push(...errorsOf(v, `response header ${name}`));
        }
      }
      return problems;
    },
  };
}

/** A fresh copy of one of the spec's examples (GitHub's own sample responses). */
export function example(name: string): Json {
  const ex = load().spec.components.examples?.[name];
  if (!ex) throw new Error(`The spec has no example ${name}.`);
  return structuredClone(ex.value) as Json;
}
