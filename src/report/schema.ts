/*
 * The version of every JSON document lockbench writes. The CLI, the Action
 * and the tests read results through the same types; a reader refuses a
 * document whose major version it does not know.
 */

export const SCHEMA_VERSION = 1 as const;

export class SchemaVersionError extends Error {}

/** Accept only documents of our version, with a message naming both. */
export function assertSchemaVersion(doc: unknown, what: string): void {
  const v = (doc as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (v !== SCHEMA_VERSION) {
    throw new SchemaVersionError(
      `${what}: schemaVersion ${JSON.stringify(v)} is not supported (this lockbench reads ${SCHEMA_VERSION})`,
    );
  }
}
