import { leafHash, MerkleTree } from "../crypto/merkle";
import { hashInput, type EvidenceEntry } from "./chain";

/** An entry's RFC 9162 leaf hash: SHA-256(0x00 ‖ UTF-8 of the text its chain hash covers). */
export function evidenceLeafHash(entry: EvidenceEntry): Uint8Array<ArrayBuffer> {
  return leafHash(new TextEncoder().encode(hashInput(entry)));
}

/** The Merkle tree over the log, entry seq n being leaf n − 1. */
export async function evidenceTree(entries: EvidenceEntry[]): Promise<MerkleTree> {
  return MerkleTree.fromLeafHashes(entries.map(evidenceLeafHash));
}
