import { listEvidence } from "@/db/queries/evidence";
import type { CoreContext } from "../core/context";
import { verifyChain } from "../evidence/chain";

/** The whole log with its verdict: verified on every read, and a break is reported, not hidden. */
export async function getEvidence(ctx: CoreContext) {
  const entries = await listEvidence(ctx.db);
  return { entries, verdict: await verifyChain(entries) };
}
