import { findCheckpoint, latestCheckpoint, listEvidence } from "@/db/queries/evidence";
import { verifyToken } from "../auth/tokens";
import type { CoreContext } from "../core/context";
import type { InclusionProofInput } from "../core/evidence.schema";
import { toHex } from "../crypto/merkle";
import { AppError } from "../errors";
import { evidenceLeafHash, evidenceTree } from "../evidence/tree";

/**
 * The proof that entry `seq` is in a signed checkpoint (the one named, or the latest), for whoever
 * holds the entry's receipt token: the entry itself comes with it, and it may name them, so the
 * token is what keeps one person from reading another's. The log's other entries stay hidden:
 * the audit path is hashes only.
 */
export async function getInclusionProof(ctx: CoreContext, input: InclusionProofInput) {
  const claims = await verifyToken(ctx.config.AUTH_SECRET, "evidence-receipt", input.receipt, ctx.clock.now());
  if (claims.sub !== String(input.entry)) throw new AppError("token_wrong_purpose");
  const checkpoint = input.size === undefined ? await latestCheckpoint(ctx.db) : await findCheckpoint(ctx.db, input.size);
  if (!checkpoint || checkpoint.size < input.entry) throw new AppError("not_found");
  const entries = await listEvidence(ctx.db);
  const entry = entries[input.entry - 1];
  // A log shorter than a checkpoint it signed has lost entries: no proof can be honest then.
  if (!entry || entry.seq !== input.entry || entries.length < checkpoint.size) throw new AppError("evidence_inconsistent");
  const tree = await evidenceTree(entries);
  return {
    entry,
    leafIndex: input.entry - 1,
    leafHash: toHex(await evidenceLeafHash(entry)),
    checkpoint,
    auditPath: (await tree.inclusionProof(input.entry - 1, checkpoint.size)).map(toHex),
  };
}
