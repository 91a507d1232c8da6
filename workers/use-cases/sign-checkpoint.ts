import { insertCheckpoint, findCheckpoint, latestCheckpoint, listEvidence } from "@/db/queries/evidence";
import type { CoreContext } from "../core/context";
import { signCompact, signingKey } from "../crypto/ed25519";
import { toHex } from "../crypto/merkle";
import { checkpointPayload, type SignedCheckpoint } from "../evidence/checkpoint";
import { evidenceTree } from "../evidence/tree";

/** Whose log a checkpoint is about: named in every signature, so one vendor's cannot pass for another's. */
function logName(ctx: CoreContext): string {
  return `${ctx.config.APP_ORIGIN}/evidence`;
}

/**
 * Signs the log as it stands: its size, its RFC 9162 root and the time, with the Ed25519 key.
 * Nothing new since the latest checkpoint: that one is returned. Two signers at the same size keep
 * the first signature, so a size always has one root.
 */
export async function signCheckpoint(ctx: CoreContext): Promise<SignedCheckpoint> {
  const entries = await listEvidence(ctx.db);
  const latest = await latestCheckpoint(ctx.db);
  if (latest && latest.size === entries.length) return latest;
  const tree = await evidenceTree(entries);
  const body = { log: logName(ctx), size: entries.length, rootHash: toHex(await tree.root()), signedAt: ctx.clock.now() };
  const key = await signingKey(ctx.config.EVIDENCE_SIGNING_KEY);
  await insertCheckpoint(ctx.db, { ...body, keyId: key.publicJwk.kid, jws: await signCompact(key, checkpointPayload(body)) });
  return (await findCheckpoint(ctx.db, body.size))!;
}

/**
 * Signs a checkpoint after `event` was committed. A failure is logged and never undoes or fails
 * the event: the cron signs within the hour, and a receipt signs the one it needs.
 */
export async function signCheckpointAfter(ctx: CoreContext, event: string): Promise<void> {
  try {
    await signCheckpoint(ctx);
  } catch (error) {
    console.error(`signing an evidence checkpoint after ${event} failed`, error);
  }
}
