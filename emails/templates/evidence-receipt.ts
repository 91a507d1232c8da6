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
  const nbsp = "\u00a0";
  if (lang === "fr") {
    return [
      {
        type: "paragraph",
        text: `Preuve${nbsp}: cet envoi est consigné à l’entrée ${receipt.entry} de notre journal de preuves, incluse dans le point de contrôle signé de ${receipt.size} entrées. Conservez cet e-mail${nbsp}: il permet de vérifier plus tard que cet enregistrement n’a été ni modifié ni supprimé.`,
      },
      { type: "facts", rows: [["Entrée", String(receipt.entry)], ["Point de contrôle", `${receipt.size} entrées`], ["Empreinte racine (SHA-256)", receipt.rootHash], ["Signature (Ed25519, JWS)", receipt.signature]] },
      { type: "small", text: `Point de contrôle${nbsp}: ${receipt.checkpointUrl} · Preuve d’inclusion${nbsp}: ${receipt.proofUrl}` },
    ];
  }
  return [
    {
      type: "paragraph",
      text: `Evidence: this message is recorded as entry ${receipt.entry} of our evidence log, included in the signed checkpoint of ${receipt.size} entries. Keep this email: it lets you check later that the record was neither changed nor removed.`,
    },
    { type: "facts", rows: [["Entry", String(receipt.entry)], ["Checkpoint", `${receipt.size} entries`], ["Root hash (SHA-256)", receipt.rootHash], ["Signature (Ed25519, JWS)", receipt.signature]] },
    { type: "small", text: `Checkpoint: ${receipt.checkpointUrl} · Inclusion proof: ${receipt.proofUrl}` },
  ];
}
