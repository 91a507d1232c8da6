import { findEvidenceEntry, firstCheckpointCovering } from "@/db/queries/evidence";
import type { EvidenceReceipt } from "@/emails/templates/evidence-receipt";
import { signToken } from "../auth/tokens";
import type { CoreContext } from "../core/context";
import { signCheckpoint } from "./sign-checkpoint";

/**
 * The receipt a message carries for its record (`kind` about `ref`): the first signed checkpoint
 * that includes it (signed now if none does yet), and a link to its inclusion proof. The same on
 * every rendering: the first covering checkpoint never changes, and the proof link's token is
 * signed as of the entry, with an id made from it.
 */
export async function issueEvidenceReceipt(ctx: CoreContext, kind: string, ref: string): Promise<EvidenceReceipt> {
  const entry = await findEvidenceEntry(ctx.db, kind, ref);
  // Written in the same batch as the record the message is about: missing, the log was tampered with.
  if (!entry) throw new Error(`no ${kind} evidence for ${ref}`);
  const checkpoint = (await firstCheckpointCovering(ctx.db, entry.seq)) ?? (await signCheckpoint(ctx));
  const token = await signToken(ctx.config.AUTH_SECRET, "evidence-receipt", String(entry.seq), entry.at, {}, { jti: `receipt.${entry.seq}` });
  const origin = ctx.config.APP_ORIGIN;
  return {
    entry: entry.seq,
    size: checkpoint.size,
    rootHash: checkpoint.rootHash,
    signature: checkpoint.jws,
    checkpointUrl: `${origin}/evidence/checkpoints/${checkpoint.size}.json`,
    proofUrl: `${origin}/evidence/proofs/inclusion?entry=${entry.seq}&size=${checkpoint.size}&receipt=${token}`,
  };
}
