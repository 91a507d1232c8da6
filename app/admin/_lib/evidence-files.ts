import type { Ed25519PublicJwk } from "@/workers/crypto/ed25519";
import type { ChainVerdict, EvidenceEntry } from "@/workers/evidence/chain";
import type { SignedCheckpoint } from "@/workers/evidence/checkpoint";
import { toCsv } from "@/app/subprocessors/_feeds/csv";

/** The rule both exports carry, as docs/evidence-verification.md states it. */
const HOW_TO_VERIFY =
  "Entries in seq order; hash = sha256_hex(prevHash + '\\n' + canonicalJson({seq, at, kind, ref, actor, payload: JSON.parse(payload)})), " +
  "where at is the integer number of milliseconds since 1970-01-01 UTC, canonicalJson = JSON with object keys sorted at every depth, " +
  "and the first prevHash is 64 zeros. The RFC 9162 Merkle tree has leaf n = SHA-256(0x00 + UTF-8 of entry n's hashed text), node = SHA-256(0x01 + left + right); " +
  "each checkpoint's jws is an Ed25519 (EdDSA) compact JWS whose payload is canonicalJson({log, rootHash, signedAt, size}), checked with the key at /evidence/public-key. " +
  "See docs/evidence-verification.md; scripts/verify-evidence.mjs checks either export.";

/**
 * GET /admin/evidence.json: the whole log, our verdict on it, every signed checkpoint and the key
 * that signed them, and how to check it all without us.
 */
export function evidenceJson(
  log: { entries: EvidenceEntry[]; verdict: ChainVerdict; checkpoints: SignedCheckpoint[]; publicKey: Ed25519PublicJwk },
  exportedAt: Date,
): string {
  const { verdict, publicKey, checkpoints, entries } = log;
  return JSON.stringify({ exportedAt: exportedAt.toISOString(), algorithm: HOW_TO_VERIFY, verdict, publicKey, checkpoints, entries }, null, 2);
}

const EVIDENCE_CSV_HEADER = ["seq", "at", "at_utc", "kind", "ref", "actor", "payload", "prev_hash", "hash"] as const;

/**
 * GET /admin/evidence.csv: one entry per row, `at` as the milliseconds the hash covers and
 * `at_utc` beside it for people (not hashed). csvCell puts a ' before a cell that starts like a
 * spreadsheet formula; a value that itself starts with ' gets one too, so a verifier removes
 * exactly one leading ' from every cell that has one and gets back the stored value.
 */
export function evidenceCsv(entries: EvidenceEntry[]): string {
  const escapeQuote = (value: string) => (value.startsWith("'") ? `'${value}` : value);
  const rows = entries.map((e) =>
    [String(e.seq), String(e.at), new Date(e.at).toISOString(), e.kind, e.ref, e.actor, e.payload, e.prevHash, e.hash].map(escapeQuote),
  );
  return toCsv(EVIDENCE_CSV_HEADER, rows);
}
