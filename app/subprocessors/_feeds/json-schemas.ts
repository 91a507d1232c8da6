import { z } from "zod";
import { publicListDocument, versionDocument } from "./representations.schema";

/**
 * The JSON Schemas (draft 2020-12) of the list's JSON documents, generated from the zod schemas
 * the documents are built to, at stable URLs under /schemas/. The version in a file's name is the
 * documents' `schemaVersion`: a new schemaVersion gets a new file, and the old one stays.
 */
const schemas = {
  "subprocessors-v1.json": publicListDocument,
  "subprocessors-version-v1.json": versionDocument,
} as const;

export type SchemaFile = keyof typeof schemas;

export function isSchemaFile(file: string): file is SchemaFile {
  return Object.hasOwn(schemas, file);
}

/** Where a schema is published; each document names its own in `$schema`. */
export function schemaUrl(origin: string, file: SchemaFile): string {
  return `${origin}/schemas/${file}`;
}

/**
 * A schema as published. Readers must accept fields added within a schemaVersion (docs/api.md),
 * so the published objects allow unknown fields; `closed` forbids them, for our own tests, so a
 * field the schema does not describe cannot slip into an answer.
 */
export function jsonSchemaOf(origin: string, file: SchemaFile, { closed = false } = {}): Record<string, unknown> {
  const generated = z.toJSONSchema(schemas[file], {
    target: "draft-2020-12",
    override: ({ jsonSchema }) => {
      if (!closed) delete jsonSchema.additionalProperties;
    },
  });
  const { $schema, ...rest } = generated;
  return { $schema, $id: schemaUrl(origin, file), ...rest };
}
