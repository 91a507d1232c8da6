import { z } from "zod";

/** Inputs of the public evidence RPC methods (workers/core/evidence.ts). */

const size = z.coerce.number<string | number>().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const checkpointSizeInput = z.object({ size });

export const inclusionProofInput = z.object({
  /** The entry's seq, as its receipt names it. */
  entry: size,
  /** The receipt token from the email (evidence-receipt), proof that the entry is the caller's. */
  receipt: z.string().min(1).max(4096),
  /** The checkpoint to prove against; the latest when absent. */
  size: size.optional(),
});
export type InclusionProofInput = z.infer<typeof inclusionProofInput>;

export const consistencyProofInput = z.object({ from: size, to: size });
export type ConsistencyProofInput = z.infer<typeof consistencyProofInput>;
