import { translator } from "@/i18n/translate";
import type { Block, Lang } from "../message";

/**
 * What a message carries about its own record in the evidence log: the signed checkpoint that
 * includes it, and where to fetch the proof. Kept by the reader, it shows later whether the log
 * still holds the record as it was (docs/evidence-verification.md).
 */
export interface EvidenceReceipt {
  /** The entry's seq in the log. */
  entry: number;
  /** The checkpoint's size (entries), its Merkle root and its signature (compact JWS). */
  size: number;
  rootHash: string;
  signature: string;
  checkpointUrl: string;
  proofUrl: string;
}

/** The receipt as the last blocks of a message, in the reader's language. */
export function evidenceReceiptBlocks(receipt: EvidenceReceipt, lang: Lang): Block[] {
  const t = translator(lang, "emails.evidence");
  // Log positions are written as plain digits, as the checkpoint's JSON has them (no grouping).
  const entry = String(receipt.entry);
  const size = String(receipt.size);
  return [
    { type: "paragraph", text: t("lead", { entry, size }) },
    { type: "facts", rows: [[t("entry"), entry], [t("checkpoint"), t("checkpointSize", { size })], [t("rootHash"), receipt.rootHash], [t("signature"), receipt.signature]] },
    { type: "small", text: t("links", { checkpointUrl: receipt.checkpointUrl, proofUrl: receipt.proofUrl }) },
  ];
}
