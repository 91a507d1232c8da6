import { getCheckpoint } from "../use-cases/get-checkpoint";
import { getConsistencyProof } from "../use-cases/get-consistency-proof";
import { getEvidencePublicKey } from "../use-cases/get-evidence-public-key";
import { getInclusionProof } from "../use-cases/get-inclusion-proof";
import { listEvidenceCheckpoints } from "../use-cases/list-checkpoints";
import { checkpointSizeInput, consistencyProofInput, inclusionProofInput } from "./evidence.schema";
import { checkpointOutput, checkpointsOutput, consistencyProofOutput, inclusionProofOutput, publicKeyOutput } from "./evidence-output.schema";
import { query, rpcArea } from "./procedure";

/**
 * The evidence log as anyone may check it: signed checkpoints, the key that signs them, and
 * proofs. Public; an inclusion proof shows its entry only to the holder of that entry's receipt.
 */
export const EvidenceApi = rpcArea({
  checkpoints: query({ access: "public", output: checkpointsOutput, run: (ctx) => listEvidenceCheckpoints(ctx) }),
  checkpoint: query({ access: "public", input: checkpointSizeInput, output: checkpointOutput, run: (ctx, input) => getCheckpoint(ctx, input.size) }),
  publicKey: query({ access: "public", output: publicKeyOutput, run: (ctx) => getEvidencePublicKey(ctx) }),
  inclusionProof: query({ access: "public", input: inclusionProofInput, output: inclusionProofOutput, run: (ctx, input) => getInclusionProof(ctx, input) }),
  consistencyProof: query({ access: "public", input: consistencyProofInput, output: consistencyProofOutput, run: (ctx, input) => getConsistencyProof(ctx, input) }),
});

/** The area as the tests and the entry hold it. */
export type EvidenceApi = InstanceType<typeof EvidenceApi>;
