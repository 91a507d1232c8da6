import type { Ed25519PublicJwk } from "../crypto/ed25519";
import { toHex } from "../crypto/merkle";
import type { EvidenceEntry } from "./chain";
import { checkpointProblem, type SignedCheckpoint } from "./checkpoint";
import { evidenceTree } from "./tree";

/** Why the log does not hold what one checkpoint signed. */
export type CheckpointBreak =
  | { size: number; problem: "signature" }
  | { size: number; problem: "entries_removed"; logSize: number }
  | { size: number; problem: "root_differs" };

export type CheckpointVerdict = { consistent: true; checked: number; latest: SignedCheckpoint | null } | { consistent: false; checked: number; latest: SignedCheckpoint | null; breaks: CheckpointBreak[] };

/**
 * Whether the log is consistent with every checkpoint it signed: each one's signature is the key's,
 * the log still has as many entries, and its first `size` entries still have the signed root.
 * Checkpoints are all prefixes of one log, so agreeing with the log means agreeing with each other.
 */
export async function checkCheckpoints(entries: EvidenceEntry[], checkpoints: SignedCheckpoint[], publicJwk: Ed25519PublicJwk): Promise<CheckpointVerdict> {
  const tree = await evidenceTree(entries);
  const breaks: CheckpointBreak[] = [];
  for (const checkpoint of checkpoints) {
    if (await checkpointProblem(checkpoint, publicJwk)) breaks.push({ size: checkpoint.size, problem: "signature" });
    else if (checkpoint.size > entries.length) breaks.push({ size: checkpoint.size, problem: "entries_removed", logSize: entries.length });
    else if (toHex(await tree.root(checkpoint.size)) !== checkpoint.rootHash) breaks.push({ size: checkpoint.size, problem: "root_differs" });
  }
  const latest = checkpoints.at(-1) ?? null;
  return breaks.length === 0 ? { consistent: true, checked: checkpoints.length, latest } : { consistent: false, checked: checkpoints.length, latest, breaks };
}
