import type { ChainVerdict, EvidenceEntry } from "@/workers/evidence/chain";
import { toCsv } from "@/app/subprocessors/_feeds/csv";

/** The rule both exports carry, as docs/evidence-verification.md states it. */
const HOW_TO_VERIFY =
  "Entries in seq order; hash = sha256_hex(prevHash + '\\n' + canonicalJson({seq, at, kind, ref, actor, payload: JSON.parse(payload)})), " +
  "where at is the integer number of milliseconds since 1970-01-01 UTC, canonicalJson = JSON with object keys sorted at every depth, " +
  "and the first prevHash is 64 zeros. See docs/evidence-verification.md; scripts/verify-evidence.mjs checks either export.";

/** GET /admin/evidence.json: the whole log, our verdict on it, and how to check it without us. */
export function evidenceJson(log: { entries: EvidenceEntry[]; verdict: ChainVerdict }, exportedAt: Date): string {
  return JSON.stringify({ exportedAt: exportedAt.toISOString(), algorithm: HOW_TO_VERIFY, verdict: log.verdict, entries: log.entries }, null, 2);
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
