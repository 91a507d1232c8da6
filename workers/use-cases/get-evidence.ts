import { listCheckpoints, listEvidence } from "@/db/queries/evidence";
import type { CoreContext } from "../core/context";
import { signingKey } from "../crypto/ed25519";
import { verifyChain } from "../evidence/chain";
import { checkCheckpoints } from "../evidence/checkpoint-verdict";

/**
 * The whole log with its verdicts, on every read: the chain, and whether the log still holds what
 * each signed checkpoint covers. A break is reported, not hidden.
 */
export async function getEvidence(ctx: CoreContext) {
  const [entries, checkpoints, key] = await Promise.all([listEvidence(ctx.db), listCheckpoints(ctx.db), signingKey(ctx.config.EVIDENCE_SIGNING_KEY)]);
  return {
    entries,
    verdict: await verifyChain(entries),
    checkpoints,
    checkpointVerdict: await checkCheckpoints(entries, checkpoints, key.publicJwk),
    publicKey: key.publicJwk,
  };
}
