import type { Context } from "hono";
import { etagOf, ifNoneMatchHits } from "@/app/subprocessors/_feeds/http-cache";
import { isSchemaFile, jsonSchemaOf } from "@/app/subprocessors/_feeds/json-schemas";
import type { AppBindings } from "../app-bindings";

// GET /schemas/{file}.json – the JSON Schema a list document names in `$schema` (docs/api.md).
// A file's content changes only when its schemaVersion gains a field, so caches may keep it a
// day and then revalidate it by its ETag.
export async function publicSchema(c: Context<AppBindings>) {
  const file = c.req.param("file") ?? "";
  if (!isSchemaFile(file)) return c.notFound();
  const body = JSON.stringify(jsonSchemaOf(c.var.config.origin.origin, file), null, 2);
  const etag = await etagOf(body);
  const headers = { etag, "cache-control": "public, max-age=86400", "access-control-allow-origin": "*" };
  if (ifNoneMatchHits(c.req.header("if-none-match") ?? null, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "content-type": "application/schema+json; charset=utf-8" } });
}
