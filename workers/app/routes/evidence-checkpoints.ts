import type { Context } from "hono";
import { unwrap } from "@/app/_lib/core-result";
import type { AppBindings } from "../app-bindings";

// The evidence log's signed checkpoints and its public key, for anyone (no personal data):
// stable URLs a customer or auditor keeps and fetches again later. Errors are problem documents.

const publicJson = (body: unknown, cacheControl: string) =>
  new Response(JSON.stringify(body, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": cacheControl, "access-control-allow-origin": "*" },
  });

// GET /evidence/checkpoints.json – every checkpoint, oldest first.
export async function evidenceCheckpoints(c: Context<AppBindings>) {
  const checkpoints = unwrap(await c.env.CORE.evidence().checkpoints());
  return publicJson({ publicKey: new URL("/evidence/public-key", c.req.url).href, checkpoints }, "no-cache");
}

// GET /evidence/checkpoints/{size}.json – one checkpoint; once signed it never changes.
export async function evidenceCheckpoint(c: Context<AppBindings>) {
  const size = /^(\d{1,16})\.json$/.exec(c.req.param("file") ?? "")?.[1];
  if (size === undefined) return c.notFound();
  return publicJson(unwrap(await c.env.CORE.evidence().checkpoint({ size })), "public, max-age=31536000, immutable");
}

// GET /evidence/public-key – the Ed25519 key that signs checkpoints, as a JWK (RFC 8037).
export async function evidencePublicKeyJwk(c: Context<AppBindings>) {
  return publicJson(unwrap(await c.env.CORE.evidence().publicKey()).jwk, "public, max-age=3600");
}

// GET /evidence/public-key.pem – the same key as PEM, for `openssl pkeyutl -verify`. Served as
// text, so a browser shows it rather than downloading it.
export async function evidencePublicKeyPem(c: Context<AppBindings>) {
  const { pem } = unwrap(await c.env.CORE.evidence().publicKey());
  return new Response(pem, {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600", "access-control-allow-origin": "*" },
  });
}
