import { findCheckpoint, listEvidence } from "@/db/queries/evidence";
import type { CoreContext } from "../core/context";
import type { ConsistencyProofInput } from "../core/evidence.schema";
import { toHex } from "../crypto/merkle";
import { AppError } from "../errors";
import { evidenceTree } from "../evidence/tree";

/** The RFC 9162 proof that the checkpoint at `from` entries is a prefix of the one at `to`: hashes only. */
export async function getConsistencyProof(ctx: CoreContext, input: ConsistencyProofInput) {
  if (input.from > input.to) throw new AppError("validation_failed", [{ path: "from", code: "too_big", message: "The first size (from) must not be larger than the second (to)." }]);
  const [first, second] = await Promise.all([findCheckpoint(ctx.db, input.from), findCheckpoint(ctx.db, input.to)]);
  if (!first || !second) throw new AppError("not_found");
  const entries = await listEvidence(ctx.db);
  if (entries.length < second.size) throw new AppError("evidence_inconsistent");
  const tree = await evidenceTree(entries);
  return { from: first, to: second, proof: (await tree.consistencyProof(first.size, second.size)).map(toHex) };
}
