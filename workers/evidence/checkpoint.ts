import { verifyCompact, type Ed25519PublicJwk } from "../crypto/ed25519";
import { canonicalJson } from "./chain";

/**
 * A checkpoint: what the core worker signs about the log. `size` entries whose Merkle root is
 * `rootHash` existed at `signedAt`; `log` names whose log it is. No entry's content, so nobody's
 * personal data, is in it.
 */
export interface CheckpointBody {
  log: string;
  size: number;
  /** The RFC 9162 root of the first `size` entries, lowercase hex. */
  rootHash: string;
  /** Milliseconds since 1970 (application time). */
  signedAt: number;
}

/** A checkpoint as it is stored and published: its body, and the compact JWS whose payload is the body's canonical JSON. */
export interface SignedCheckpoint extends CheckpointBody {
  keyId: string;
  jws: string;
}

/** The exact bytes signed: the body as canonical JSON, so any verifier can rebuild them. */
export function checkpointPayload(body: CheckpointBody): string {
  return canonicalJson(body);
}

/**
 * Why a checkpoint does not hold, or null when it does: the signature must be the key's and its
 * payload must be exactly the fields the checkpoint shows.
 */
export async function checkpointProblem(checkpoint: SignedCheckpoint, publicJwk: Ed25519PublicJwk): Promise<string | null> {
  const payload = await verifyCompact(publicJwk, checkpoint.jws);
  if (payload === null) return "its signature is not by the log's key";
  const { log, size, rootHash, signedAt } = checkpoint;
  if (payload !== checkpointPayload({ log, size, rootHash, signedAt })) return "its fields are not the ones that were signed";
  return null;
}
