import type { Context } from "hono";
import { unwrap } from "@/app/_lib/core-result";
import type { AppBindings } from "../app-bindings";

const proofJson = (body: unknown) =>
  new Response(JSON.stringify(body, null, 2), { headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });

// GET /evidence/proofs/inclusion?entry={seq}&receipt={token}[&size={checkpoint}] – the entry the
// receipt names, and the audit path from it to a signed checkpoint. The receipt keeps it private.
export async function evidenceInclusionProof(c: Context<AppBindings>) {
  const { entry, receipt, size } = c.req.query();
  return proofJson(unwrap(await c.env.CORE.evidence().inclusionProof({ entry, receipt, size })));
}

// GET /evidence/proofs/consistency?from={size}&to={size} – that the earlier checkpoint is a prefix of the later one.
export async function evidenceConsistencyProof(c: Context<AppBindings>) {
  const { from, to } = c.req.query();
  return proofJson(unwrap(await c.env.CORE.evidence().consistencyProof({ from, to })));
}
