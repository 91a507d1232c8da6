import { z } from "zod";
import { count, time } from "./shared-output.schema";

/** Outputs of the public evidence log (workers/core/evidence.ts) and of the admin's view of it. */

export const checkpointOutput = z.strictObject({ size: count, log: z.string(), rootHash: z.string(), signedAt: time, keyId: z.string(), jws: z.string() });
const publicJwk = z.strictObject({ kty: z.literal("OKP"), crv: z.literal("Ed25519"), x: z.string(), kid: z.string() });
const entry = z.strictObject({ seq: count, at: time, kind: z.string(), ref: z.string(), actor: z.string(), payload: z.string(), prevHash: z.string(), hash: z.string() });

export const checkpointsOutput = z.array(checkpointOutput);
export const publicKeyOutput = z.strictObject({ jwk: publicJwk, pem: z.string() });
export const inclusionProofOutput = z.strictObject({ entry, leafIndex: count, leafHash: z.string(), checkpoint: checkpointOutput, auditPath: z.array(z.string()) });
export const consistencyProofOutput = z.strictObject({ from: checkpointOutput, to: checkpointOutput, proof: z.array(z.string()) });

const checkpointBreak = z.discriminatedUnion("problem", [
  z.strictObject({ size: count, problem: z.literal("signature") }),
  z.strictObject({ size: count, problem: z.literal("entries_removed"), logSize: count }),
  z.strictObject({ size: count, problem: z.literal("root_differs") }),
]);

/** The whole log with both verdicts, for the vendor admin's evidence screen and exports. */
export const evidenceLogOutput = z.strictObject({
  entries: z.array(entry),
  verdict: z.union([z.strictObject({ valid: z.literal(true), length: count }), z.strictObject({ valid: z.literal(false), brokenAt: count, reason: z.string() })]),
  checkpoints: checkpointsOutput,
  checkpointVerdict: z.union([
    z.strictObject({ consistent: z.literal(true), checked: count, latest: checkpointOutput.nullable() }),
    z.strictObject({ consistent: z.literal(false), checked: count, latest: checkpointOutput.nullable(), breaks: z.array(checkpointBreak) }),
  ]),
  publicKey: publicJwk,
});
